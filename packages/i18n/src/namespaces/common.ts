import zh from '../../locales/zh-CN/common.json';
import en from '../../locales/en/common.json';
import ja from '../../locales/ja/common.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
