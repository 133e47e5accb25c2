import { INSIGHTS_DEFAULT_DAYS, LANGUAGES, shiftDay, type Language } from '@zhaoshang/contracts';
import { useSearchParams } from 'react-router';
import { dayConfig, toDay } from './components/day-config';

export type Period = { from: string; to: string; language?: Language };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today on the user's calendar, `YYYY-MM-DD`. */
export const todayDay = () => toDay(dayConfig.getNow());

/** The last `days` days, today included. */
export const lastDays = (days: number, today = todayDay()): Period => ({ from: shiftDay(today, -(days - 1)), to: today });

/**
 * The insights period lives in the address (`?from=&to=&language=`), so a link or a reload shows
 * the same figures; without one, the last 30 days. Whether it is a valid period is for
 * `insightsRangeIssues` to say, as on the server.
 */
export function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = lastDays(INSIGHTS_DEFAULT_DAYS);
  const from = params.get('from');
  const to = params.get('to');
  const language = params.get('language');
  const period: Period = {
    from: from && DAY.test(from) ? from : fallback.from,
    to: to && DAY.test(to) ? to : fallback.to,
    ...((LANGUAGES as readonly string[]).includes(language ?? '') ? { language: language as Language } : {}),
  };
  const update = (next: Period) => {
    const search = new URLSearchParams({ from: next.from, to: next.to });
    if (next.language) search.set('language', next.language);
    setParams(search, { replace: true });
  };
  return [period, update];
}
