import zh from '../../locales/zh-CN/heatmap.json';
import en from '../../locales/en/heatmap.json';
import ja from '../../locales/ja/heatmap.json';

export default { 'zh-CN': zh, en, ja } as Record<'zh-CN' | 'en' | 'ja', Record<string, string>>;
