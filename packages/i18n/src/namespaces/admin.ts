import zh from '../../locales/zh-CN/admin.json';
import en from '../../locales/en/admin.json';
import ja from '../../locales/ja/admin.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
