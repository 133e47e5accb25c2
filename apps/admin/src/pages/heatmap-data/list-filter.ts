import { useSearchParams } from 'react-router';
import type { FilterSpec, ListQuery } from './data-kind';

const DEFAULT_PAGE_SIZE = 20;
const positive = (value: string | null, fallback: number) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback);

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(raw) ? (raw as T) : undefined;
export const text = (raw: string | null) => raw?.trim() || undefined;
export const year = (raw: string | null) => (raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined);

/** Search, filters and paging live in the address, so a reload or a shared link shows the same list. */
export function useListFilter(filters: readonly FilterSpec[]): [ListQuery, (change: Partial<ListQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const query: ListQuery = {
    q: text(params.get('q')),
    page: positive(params.get('page'), 1),
    pageSize: Math.min(positive(params.get('pageSize'), DEFAULT_PAGE_SIZE), 100),
  };
  for (const filter of filters) query[filter.key] = filter.parse(params.get(filter.key));
  const update = (change: Partial<ListQuery>) => {
    // any change but paging starts again at the first page
    const next: ListQuery = { ...query, page: 1, ...change };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE)) continue;
      search.set(key, String(value));
    }
    setParams(search, { replace: true });
  };
  return [query, update];
}
