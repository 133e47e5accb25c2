import zh from '../../locales/zh-CN/intents.json';
import en from '../../locales/en/intents.json';
import ja from '../../locales/ja/intents.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
