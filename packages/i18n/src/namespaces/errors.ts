import zh from '../../locales/zh-CN/errors.json';
import en from '../../locales/en/errors.json';
import ja from '../../locales/ja/errors.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
