import { addWorkingHours } from './working-hours';

const cal = { days: [1, 2, 3, 4, 5], hours: '09:00-18:00', timeZone: 'Asia/Shanghai' };
// Shanghai is UTC+8 all year
const sh = (iso: string) => new Date(`${iso}+08:00`);

describe('addWorkingHours', () => {
  it('adds within the same working day', () => {
    expect(addWorkingHours(sh('2026-11-25T10:00:00'), 4, cal)).toEqual(sh('2026-11-25T14:00:00'));
  });

  it('carries what is left of the day over to the next working morning', () => {
    expect(addWorkingHours(sh('2026-11-25T16:00:00'), 4, cal)).toEqual(sh('2026-11-26T11:00:00'));
  });

  it('skips the weekend: Friday afternoon + 4 h lands on Monday', () => {
    expect(addWorkingHours(sh('2026-11-27T17:00:00'), 4, cal)).toEqual(sh('2026-11-30T12:00:00'));
  });

  it('starts counting at opening time for a submission at night or on Sunday', () => {
    expect(addWorkingHours(sh('2026-11-25T23:30:00'), 1, cal)).toEqual(sh('2026-11-26T10:00:00'));
    expect(addWorkingHours(sh('2026-11-29T12:00:00'), 9, cal)).toEqual(sh('2026-11-30T18:00:00'));
  });

  it('counts a multi-day budget in working days (24 h = 2 days and 6 h)', () => {
    expect(addWorkingHours(sh('2026-11-23T09:00:00'), 24, cal)).toEqual(sh('2026-11-25T15:00:00'));
  });

  it('honours another time zone', () => {
    const tokyo = { ...cal, timeZone: 'Asia/Tokyo' };
    expect(addWorkingHours(new Date('2026-11-25T08:00:00+09:00'), 2, tokyo)).toEqual(new Date('2026-11-25T11:00:00+09:00'));
  });
});
