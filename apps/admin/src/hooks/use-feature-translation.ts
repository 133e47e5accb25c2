import type { Namespace, NamespaceBundle } from '@zhaoshang/i18n';
import { useTranslation } from 'react-i18next';
import { addTexts } from '../services/language';

/**
 * `useTranslation(ns)` for a feature whose texts are not in the shell: the page imports its bundle
 * (`import { heatmapAdminTexts } from '@zhaoshang/i18n'`), which puts them in the page's lazy chunk,
 * and this adds them to the app's i18n instance before the first `t`.
 */
export function useFeatureTranslation(ns: Namespace, texts: NamespaceBundle) {
  const { i18n } = useTranslation();
  addTexts(i18n, ns, texts);
  return useTranslation([ns, 'admin']);
}
