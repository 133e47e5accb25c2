import type { DatePicker } from 'antd';

type GenerateConfig = Parameters<typeof DatePicker.generatePicker<Date>>[0];

/**
 * The date picker's calendar arithmetic on plain `Date`s that stand for calendar days (UTC
 * midnight, read with the UTC getters, so no time zone or daylight saving shifts a day). The
 * console speaks `YYYY-MM-DD` days with the server; this lets antd's RangePicker do the same
 * without a date library in the console. Which day is today is the server's to say (the
 * district's calendar), never the browser clock's.
 */
export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const fromDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const clampDay = (y: number, m: number, d: number) => utc(y, m, Math.min(d, new Date(Date.UTC(y, m + 1, 0)).getUTCDate()));
const intlLocale = (locale: string) => locale.replace('_', '-');
/** Monday for Chinese calendars, Sunday for Japanese and US English (as antd's defaults). */
const weekFirstDay = (locale: string) => (locale.startsWith('zh') ? 1 : 0);

const names = new Map<string, string[]>();
function nameList(locale: string, what: 'short-month' | 'long-month' | 'short-weekday' | 'long-weekday' | 'narrow-weekday'): string[] {
  const key = `${locale}|${what}`;
  let list = names.get(key);
  if (!list) {
    const [kind, width] = what.split('-').reverse() as ['month' | 'weekday', 'short' | 'long' | 'narrow'];
    const f = new Intl.DateTimeFormat(intlLocale(locale), kind === 'month' ? { month: width, timeZone: 'UTC' } : { weekday: width, timeZone: 'UTC' });
    // 2023-01-01 was a Sunday
    list = kind === 'month' ? Array.from({ length: 12 }, (_, m) => f.format(utc(2023, m, 1))) : Array.from({ length: 7 }, (_, d) => f.format(utc(2023, 0, 1 + d)));
    names.set(key, list);
  }
  return list;
}

const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|Q|HH|H|hh|h|mm|m|ss|s|A|a|wo|w|gggg/g;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function format(locale: string, date: Date, pattern: string): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const wd = date.getUTCDay();
  return pattern.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
      case 'gggg':
        return pad(y, 4);
      case 'YY':
        return pad(y % 100);
      case 'MMMM':
        return nameList(locale, 'long-month')[m] ?? '';
      case 'MMM':
        return nameList(locale, 'short-month')[m] ?? '';
      case 'MM':
        return pad(m + 1);
      case 'M':
        return String(m + 1);
      case 'Do':
      case 'D':
        return String(d);
      case 'DD':
        return pad(d);
      case 'dddd':
        return nameList(locale, 'long-weekday')[wd] ?? '';
      case 'ddd':
        return nameList(locale, 'short-weekday')[wd] ?? '';
      case 'dd':
        return nameList(locale, 'narrow-weekday')[wd] ?? '';
      case 'd':
        return String(wd);
      case 'Q':
        return String(Math.floor(m / 3) + 1);
      case 'wo':
      case 'w':
        return String(weekNumber(locale, date));
      case 'A':
      case 'a':
        return 'AM';
      default:
        // hours, minutes, seconds: a day has none
        return '00'.slice(0, token.length);
    }
  });
}

/** Reads numeric day formats (YYYY, MM/M, DD/D with literal separators); others are not typed in. */
function parse(text: string, formats: string[]): Date | null {
  for (const f of formats) {
    const fields: ('y' | 'm' | 'd')[] = [];
    const source = f.replace(/YYYY|MM|M|DD|D|[.*+?^${}()|[\]\\]/g, (token) => {
      if (token === 'YYYY') return fields.push('y'), '(\\d{4})';
      if (token === 'MM' || token === 'M') return fields.push('m'), '(\\d{1,2})';
      if (token === 'DD' || token === 'D') return fields.push('d'), '(\\d{1,2})';
      return `\\${token}`;
    });
    if (!fields.includes('y') || !fields.includes('m') || !fields.includes('d')) continue;
    const match = new RegExp(`^${source}$`).exec(text.trim());
    if (!match) continue;
    const value = (k: 'y' | 'm' | 'd') => Number(match[fields.indexOf(k) + 1]);
    const date = utc(value('y'), value('m') - 1, value('d'));
    if (date.getUTCMonth() === value('m') - 1 && date.getUTCDate() === value('d')) return date;
  }
  return null;
}

function weekStart(locale: string, date: Date): Date {
  const back = (date.getUTCDay() - weekFirstDay(locale) + 7) % 7;
  return new Date(date.getTime() - back * DAY_MS);
}

function weekNumber(locale: string, date: Date): number {
  const start = weekStart(locale, date);
  const firstOfYear = weekStart(locale, utc(start.getUTCFullYear(), 0, 1));
  return Math.floor((start.getTime() - firstOfYear.getTime()) / (7 * DAY_MS)) + 1;
}

const calendar: Omit<GenerateConfig, 'getNow'> = {
  getFixedDate: (fixed) => parse(fixed, ['YYYY-M-D']) ?? new Date(NaN),
  getEndDate: (date) => utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
  getWeekDay: (date) => date.getUTCDay(),
  getYear: (date) => date.getUTCFullYear(),
  getMonth: (date) => date.getUTCMonth(),
  getDate: (date) => date.getUTCDate(),
  getHour: () => 0,
  getMinute: () => 0,
  getSecond: () => 0,
  getMillisecond: () => 0,
  addYear: (date, diff) => clampDay(date.getUTCFullYear() + diff, date.getUTCMonth(), date.getUTCDate()),
  addMonth: (date, diff) => clampDay(date.getUTCFullYear(), date.getUTCMonth() + diff, date.getUTCDate()),
  addDate: (date, diff) => new Date(date.getTime() + diff * DAY_MS),
  setYear: (date, year) => clampDay(year, date.getUTCMonth(), date.getUTCDate()),
  setMonth: (date, month) => clampDay(date.getUTCFullYear(), month, date.getUTCDate()),
  setDate: (date, day) => utc(date.getUTCFullYear(), date.getUTCMonth(), day),
  setHour: (date) => date,
  setMinute: (date) => date,
  setSecond: (date) => date,
  setMillisecond: (date) => date,
  isAfter: (a, b) => a.getTime() > b.getTime(),
  isValidate: (date) => date instanceof Date && !Number.isNaN(date.getTime()),
  locale: {
    getWeekFirstDay: weekFirstDay,
    getWeekFirstDate: weekStart,
    getWeek: weekNumber,
    format,
    parse: (_locale, text, formats) => parse(text, formats),
    getShortWeekDays: (locale) => nameList(locale, locale.startsWith('zh') ? 'narrow-weekday' : 'short-weekday'),
    getShortMonths: (locale) => nameList(locale, 'short-month'),
  },
};

/**
 * The picker's calendar for a district whose today is `today` (`YYYY-MM-DD`, as the server says):
 * that day is the one highlighted as today, whatever the browser's own clock and time zone say.
 */
export const dayConfigAt = (today: string): GenerateConfig => ({ ...calendar, getNow: () => fromDay(today) });
