import { useQuery } from '@tanstack/react-query';
import type { MetaResponse, ReferenceItem } from '@zhaoshang/contracts';
import { useTranslation } from 'react-i18next';
import { useApi } from '../services/api-context';
import { currentLanguage, type Language } from '../services/language';

/** Reference lists with names in `language` (the UI language by default); cached per language. */
export function useMeta(language?: Language) {
  const { i18n } = useTranslation();
  const api = useApi();
  const lang = language ?? currentLanguage(i18n);
  return useQuery({ queryKey: ['meta', lang], queryFn: () => api.getMeta({ query: { lang } }), staleTime: 5 * 60_000 });
}

export type ReferenceList = Exclude<keyof MetaResponse, 'language' | 'district' | 'areas' | 'languages' | 'sampleData'>;

/** The name of a reference code, or the code itself while the list loads or if it is unknown. */
export function referenceName(items: readonly ReferenceItem[] | undefined, code: string): string {
  return items?.find((item) => item.code === code)?.name ?? code;
}

export function referenceOptions(items: readonly ReferenceItem[] | undefined) {
  return (items ?? []).map((item) => ({ value: item.code, label: item.name }));
}
