import zh from '../../locales/zh-CN/heatmap-admin.json';
import en from '../../locales/en/heatmap-admin.json';
import ja from '../../locales/ja/heatmap-admin.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
