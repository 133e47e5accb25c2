import type { AdminConcierge, Language } from '@zhaoshang/contracts';

/** The editor's values: the shape `conciergeInputSchema` takes, so the form is checked by the server's own rules. */
export type ConciergeFormValues = {
  code: string;
  names: Record<Language, string>;
  titles: Record<Language, string>;
  bios: Record<Language, string>;
  languages: Language[];
  industries: string[];
  areas: string[];
  phone: string;
  wechatId: string | null;
  officeHours: { days: number[]; from: string; to: string; timezone: string };
  photoUrl: string | null;
  sort: number;
  sample: boolean;
};

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const texts = (t: Partial<Record<Language, string>> = {}): Record<Language, string> => ({ 'zh-CN': t['zh-CN'] ?? '', en: t.en ?? '', ja: t.ja ?? '' });

/** A new profile: Chinese-speaking, the district's usual office hours. */
export function emptyValues(): ConciergeFormValues {
  return {
    code: '',
    names: texts(),
    titles: texts(),
    bios: texts(),
    languages: ['zh-CN'],
    industries: [],
    areas: [],
    phone: '',
    wechatId: null,
    officeHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: DEFAULT_TIME_ZONE },
    photoUrl: null,
    sort: 0,
    sample: false,
  };
}

export function toValues(c: AdminConcierge): ConciergeFormValues {
  return {
    code: c.code,
    names: texts(c.names),
    titles: texts(c.titles),
    bios: texts(c.bios),
    languages: [...c.languages],
    industries: [...c.industries],
    areas: [...c.areas],
    phone: c.phone,
    wechatId: c.wechatId,
    officeHours: { days: [...c.officeHours.days], from: c.officeHours.from, to: c.officeHours.to, timezone: c.officeHours.timezone },
    photoUrl: c.photoUrl,
    sort: c.sort,
    sample: c.sample,
  };
}

export const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Quarter hours of a day, `00:00` … `23:45`, and the day's last minute. */
export const TIMES: readonly string[] = [
  ...Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`),
  '23:59',
];

/** The zones this browser knows (every IANA zone in current browsers), the district's first. */
export function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai', 'Asia/Tokyo', 'Asia/Hong_Kong', 'Asia/Seoul', 'Asia/Singapore', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'];
  return [...new Set([DEFAULT_TIME_ZONE, current, ...known])];
}

/** Weekdays as ranges: [1,2,3,4,5] → "Mon–Fri", [1,3,5] → "Mon, Wed, Fri" (words from the UI language). */
export function dayText(days: readonly number[], text: { day: (d: number) => string; range: (from: string, to: string) => string; separator: string }): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length > 2 ? text.range(text.day(r[0] as number), text.day(r[r.length - 1] as number)) : r.map(text.day).join(text.separator))).join(text.separator);
}
