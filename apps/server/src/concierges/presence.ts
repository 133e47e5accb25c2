import type { ConciergePresence, OfficeHours } from '@zhaoshang/contracts';
import { addWorkingHours } from '../intents/working-hours';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock date, ISO weekday and time of an instant in a time zone. */
function wallClock(at: Date, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const [y, m, d] = [Number(p.year), Number(p.month), Number(p.day)];
  const local = Date.UTC(y, m - 1, d, Number(p.hour), Number(p.minute));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    // getUTCDay: 0 = Sunday; ISO weekdays: 1 = Monday … 7 = Sunday
    weekday: ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1,
    time: `${p.hour}:${p.minute}`,
    offsetMinutes: Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000),
  };
}

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether a concierge is in office at `now` by their office hours, on their own clock, and when
 * they are back if not. The lead desk's working-hours calendar answers it: zero working hours
 * from now end at now inside office hours, else at the next opening.
 */
export function presenceAt(hours: OfficeHours, now: Date): ConciergePresence {
  const here = wallClock(now, hours.timezone);
  let next: Date;
  try {
    next = addWorkingHours(now, 0, { days: hours.days, hours: `${hours.from}-${hours.to}`, timeZone: hours.timezone });
  } catch {
    // no working time at all (cannot be saved through the console, but seed data is data)
    return { inOffice: false, backAt: null, backAtLocal: null, utcOffset: utcOffset(here.offsetMinutes) };
  }
  if (next.getTime() <= now.getTime()) return { inOffice: true, backAt: null, backAtLocal: null, utcOffset: utcOffset(here.offsetMinutes) };
  const back = wallClock(next, hours.timezone);
  const day = back.date === here.date ? 'today' : back.date === nextDate(here.date) ? 'tomorrow' : 'later';
  return {
    inOffice: false,
    backAt: next.toISOString(),
    backAtLocal: { date: back.date, weekday: back.weekday, time: back.time, day },
    utcOffset: utcOffset(here.offsetMinutes),
  };
}
