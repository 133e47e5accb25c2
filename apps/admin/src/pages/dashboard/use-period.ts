import { LANGUAGES, shiftDay, type Language } from '@zhaoshang/contracts';
import { useSearchParams } from 'react-router';

export type Period = { from: string; to: string; language?: Language };
/** What the address asks for: a day left out is the server's default (the last 30 district days). */
export type PeriodQuery = { from?: string; to?: string; language?: Language };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The last `days` days up to `today`, the district's today as the server gave it. */
export const lastDays = (days: number, today: string): Period => ({ from: shiftDay(today, -(days - 1)), to: today });

/**
 * The insights period lives in the address (`?from=&to=&language=`), so a link or a reload shows
 * the same figures. Without one the server picks the period, in the district's days: the
 * browser's clock may be on another day than the district. Whether it is a valid period is for
 * `insightsRangeIssues` to say, as on the server.
 */
export function usePeriod(): [PeriodQuery, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const language = params.get('language');
  const period: PeriodQuery = {
    ...(from && DAY.test(from) ? { from } : {}),
    ...(to && DAY.test(to) ? { to } : {}),
    ...((LANGUAGES as readonly string[]).includes(language ?? '') ? { language: language as Language } : {}),
  };
  const update = (next: Period) => {
    const search = new URLSearchParams({ from: next.from, to: next.to });
    if (next.language) search.set('language', next.language);
    setParams(search, { replace: true });
  };
  return [period, update];
}
