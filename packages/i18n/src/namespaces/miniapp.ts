import zh from '../../locales/zh-CN/miniapp.json';
import en from '../../locales/en/miniapp.json';
import ja from '../../locales/ja/miniapp.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
