import zh from '../../locales/zh-CN/concierges-admin.json';
import en from '../../locales/en/concierges-admin.json';
import ja from '../../locales/ja/concierges-admin.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
