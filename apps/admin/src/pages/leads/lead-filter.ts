import { INTENT_SOURCES, INTENT_STAGES, LANGUAGES, type IntentSource, type IntentStage, type Language } from '@zhaoshang/contracts';

export const LEAD_VIEWS = ['queue', 'board'] as const;
export type LeadView = (typeof LEAD_VIEWS)[number];

/** Everything a lead list can be narrowed by, as the address holds it (so a filtered view can be linked). */
export type LeadFilter = {
  view: LeadView;
  q?: string;
  stage?: IntentStage;
  industry?: string;
  language?: Language;
  assigneeId?: number;
  overdue?: 'true' | 'false';
  source?: IntentSource;
  page: number;
  pageSize: number;
};

export const DEFAULT_PAGE_SIZE = 20;
/** The board shows the first this many leads of the filtered queue, spread over its columns. */
export const BOARD_PAGE_SIZE = 100;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
const positive = (value: string | null): number | undefined => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** Reads the filter from the address; anything unknown or malformed is left out. */
export function parseLeadFilter(params: URLSearchParams): LeadFilter {
  return {
    view: oneOf(LEAD_VIEWS, params.get('view')) ?? 'queue',
    q: params.get('q')?.trim() || undefined,
    stage: oneOf(INTENT_STAGES, params.get('stage')),
    industry: params.get('industry') || undefined,
    language: oneOf(LANGUAGES, params.get('language')),
    assigneeId: positive(params.get('assigneeId')),
    overdue: oneOf(['true', 'false'] as const, params.get('overdue')),
    source: oneOf(INTENT_SOURCES, params.get('source')),
    page: positive(params.get('page')) ?? 1,
    pageSize: Math.min(positive(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE, 100),
  };
}

/** The address for a filter, leaving out defaults so links stay short. */
export function leadFilterParams(filter: LeadFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    if ((key === 'view' && value === 'queue') || (key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE)) continue;
    search.set(key, String(value));
  }
  return search;
}

/** Any change other than paging starts again at the first page. */
export function changeLeadFilter(filter: LeadFilter, change: Partial<LeadFilter>): LeadFilter {
  return { ...filter, page: 1, ...change };
}

/**
 * The narrowing the server applies, list and export alike (so an export holds what is shown): no
 * view, no paging, and no stage on the board, whose columns are the stages.
 */
export function leadCriteria({ view, page: _page, pageSize: _pageSize, ...criteria }: LeadFilter) {
  return view === 'board' ? { ...criteria, stage: undefined } : criteria;
}

/** The list request for a view: the board takes every stage at once, its columns counted by the server. */
export function leadListQuery(filter: LeadFilter) {
  const criteria = leadCriteria(filter);
  if (filter.view === 'board') return { ...criteria, page: 1, pageSize: BOARD_PAGE_SIZE };
  return { ...criteria, page: filter.page, pageSize: filter.pageSize };
}
