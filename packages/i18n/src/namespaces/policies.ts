import zh from '../../locales/zh-CN/policies.json';
import en from '../../locales/en/policies.json';
import ja from '../../locales/ja/policies.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
