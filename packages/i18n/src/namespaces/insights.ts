import zh from '../../locales/zh-CN/insights.json';
import en from '../../locales/en/insights.json';
import ja from '../../locales/ja/insights.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
