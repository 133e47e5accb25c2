import zh from '../../locales/zh-CN/concierges.json';
import en from '../../locales/en/concierges.json';
import ja from '../../locales/ja/concierges.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
