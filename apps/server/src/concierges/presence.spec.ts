import { presenceAt } from './presence';

// 2026-12-01 is a Tuesday; Shanghai is UTC+8 all year, New York changes on 2026-03-08.
const shanghai = { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' };

describe('presenceAt', () => {
  it('is in office inside the hours on a working day, on the concierge’s clock', () => {
    const sut = presenceAt(shanghai, new Date('2026-12-01T02:00:00Z')); // 10:00 in Shanghai
    expect(sut).toEqual({ inOffice: true, backAt: null, backAtLocal: null, utcOffset: '+08:00' });
  });

  it('opens at the first minute and closes at the last', () => {
    expect(presenceAt(shanghai, new Date('2026-12-01T00:30:00Z')).inOffice).toBe(true); // 08:30
    expect(presenceAt(shanghai, new Date('2026-12-01T00:29:59Z')).inOffice).toBe(false);
    const closed = presenceAt(shanghai, new Date('2026-12-01T09:30:00Z')); // 17:30
    expect(closed).toMatchObject({ inOffice: false, backAt: '2026-12-02T00:30:00.000Z', backAtLocal: { date: '2026-12-02', weekday: 3, time: '08:30', day: 'tomorrow' } });
  });

  it('is back later today before opening, and on Monday after Friday', () => {
    expect(presenceAt(shanghai, new Date('2026-11-30T23:00:00Z')).backAtLocal).toEqual({ date: '2026-12-01', weekday: 2, time: '08:30', day: 'today' });
    const friday = presenceAt(shanghai, new Date('2026-12-04T12:00:00Z')); // Friday 20:00
    expect(friday).toMatchObject({ inOffice: false, backAt: '2026-12-07T00:30:00.000Z', backAtLocal: { weekday: 1, day: 'later' } });
    expect(presenceAt(shanghai, new Date('2026-12-05T02:00:00Z')).inOffice).toBe(false); // Saturday 10:00
  });

  it('follows a zone with daylight saving time', () => {
    const ny = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', timezone: 'America/New_York' };
    // Monday 2026-03-09, the first weekday on summer time (UTC-4): 09:00 is 13:00 UTC
    expect(presenceAt(ny, new Date('2026-03-09T13:00:00Z'))).toEqual({ inOffice: true, backAt: null, backAtLocal: null, utcOffset: '-04:00' });
    // Sunday on winter time until 02:00, summer after: back Monday 09:00 EDT
    expect(presenceAt(ny, new Date('2026-03-08T05:00:00Z'))).toMatchObject({ backAt: '2026-03-09T13:00:00.000Z', utcOffset: '-05:00' });
  });

  it('never claims someone is in office when they have no working time', () => {
    expect(presenceAt({ ...shanghai, days: [] }, new Date('2026-12-01T02:00:00Z'))).toEqual({ inOffice: false, backAt: null, backAtLocal: null, utcOffset: '+08:00' });
  });
});
