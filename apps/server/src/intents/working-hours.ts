/** Reply deadlines count working time only: configured weekdays and hours in the district's time zone. */
export type WorkCalendar = { days: number[]; hours: string; timeZone: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/**
 * The zone's offset from UTC at an instant, in ms. Offsets and their changes fall on quarter
 * hours, so one lookup per zone and quarter hour is exact (formatToParts is the slow part).
 */
function offsetAt(at: number, timeZone: string): number {
  const quarter = Math.floor(at / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let f = formatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      formatters.set(timeZone, f);
    }
    const p = Object.fromEntries(f.formatToParts(quarter).map((x) => [x.type, x.value]));
    offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - quarter;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function wallClock(at: number, timeZone: string) {
  const offset = offsetAt(at, timeZone);
  const local = new Date(Math.floor(at / 1000) * 1000 + offset);
  // getUTCDay: 0 = Sunday; the calendar counts 1 = Monday … 7 = Sunday
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(), weekday: ((local.getUTCDay() + 6) % 7) + 1, offset };
}

/** The instant of a wall-clock time in the zone (offset taken at that moment). */
function instant(y: number, m: number, d: number, minutes: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  return guess - wallClock(guess - wallClock(guess, timeZone).offset, timeZone).offset;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function addWorkingHours(start: Date, hours: number, cal: WorkCalendar): Date {
  const [from = '09:00', to = '18:00'] = cal.hours.split('-');
  let remaining = Math.round(hours * 60) * 60_000;
  let t = start.getTime();
  for (let i = 0; i < 800; i++) {
    const w = wallClock(t, cal.timeZone);
    if (cal.days.includes(w.weekday)) {
      const open = instant(w.y, w.m, w.d, toMinutes(from), cal.timeZone);
      const close = instant(w.y, w.m, w.d, toMinutes(to), cal.timeZone);
      if (t < open) t = open;
      if (t < close) {
        if (remaining <= close - t) return new Date(t + remaining);
        remaining -= close - t;
      }
    }
    t = instant(w.y, w.m, w.d, 24 * 60, cal.timeZone);
  }
  throw new Error('working calendar has no working time');
}
