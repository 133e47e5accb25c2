import { DistrictCalendar } from './calendar';

describe('DistrictCalendar', () => {
  it('names the local day of an instant and the Monday of its week', () => {
    const sut = new DistrictCalendar('Asia/Shanghai');
    expect(sut.dayOf(new Date('2025-03-09T23:00:00Z'))).toBe('2025-03-10');
    expect(sut.dayOf(new Date('2025-03-09T15:59:59Z'))).toBe('2025-03-09');
    expect(sut.weekOf('2025-03-09')).toBe('2025-03-03');
    expect(sut.weekOf('2025-03-10')).toBe('2025-03-10');
    expect(sut.weekOf('2024-12-31')).toBe('2024-12-30');
  });

  it('finds local midnight, also on days a zone changes its clocks', () => {
    expect(new DistrictCalendar('Asia/Shanghai').startOf('2025-03-10').toISOString()).toBe('2025-03-09T16:00:00.000Z');
    const berlin = new DistrictCalendar('Europe/Berlin');
    expect(berlin.startOf('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(berlin.endOf('2025-03-30').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(new DistrictCalendar('America/Sao_Paulo').startOf('2018-11-04').toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });
});
