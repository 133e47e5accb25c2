import zh from '../../locales/zh-CN/intent-form.json';
import en from '../../locales/en/intent-form.json';
import ja from '../../locales/ja/intent-form.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
