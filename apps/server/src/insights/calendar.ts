import { mondayOf, shiftDay } from '@zhaoshang/contracts';

/**
 * Days in the district's time zone (WORK_TIMEZONE): events store the day and week they fall in,
 * so statistics group by plain string columns on every dialect instead of date functions.
 */
export class DistrictCalendar {
  private readonly wallClock: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.wallClock = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  }

  /** `YYYY-MM-DD` of an instant, in the zone. */
  dayOf(at: Date | number): string {
    const w = this.wall(typeof at === 'number' ? at : at.getTime());
    return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  }

  weekOf(day: string): string {
    return mondayOf(day);
  }

  /** The instant a day starts in the zone (its local midnight). */
  startOf(day: string): Date {
    const midnight = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    // the zone's offset near that moment, then again at the corrected moment (offsets change)
    const first = midnight - this.offsetAt(midnight);
    let at = midnight - this.offsetAt(first);
    // where clocks jump forward at midnight, the day starts at the first local time it has
    // (offsets change on quarter hours)
    for (let i = 0; i < 12 && this.dayOf(at) < day; i++) at += 900_000;
    return new Date(at);
  }

  /** The instant the next day starts. */
  endOf(day: string): Date {
    return this.startOf(shiftDay(day, 1));
  }

  private wall(at: number) {
    const p = Object.fromEntries(this.wallClock.formatToParts(at).map((x) => [x.type, Number(x.value)]));
    return { year: p.year as number, month: p.month as number, day: p.day as number, hour: p.hour as number, minute: p.minute as number, second: p.second as number };
  }

  /** Local wall-clock time minus UTC at an instant, in ms. */
  private offsetAt(at: number): number {
    const w = this.wall(at);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
  }
}
