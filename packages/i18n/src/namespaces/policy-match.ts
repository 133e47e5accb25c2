import zh from '../../locales/zh-CN/policy-match.json';
import en from '../../locales/en/policy-match.json';
import ja from '../../locales/ja/policy-match.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
