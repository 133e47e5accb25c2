import zh from '../../locales/zh-CN/guide.json';
import en from '../../locales/en/guide.json';
import ja from '../../locales/ja/guide.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
