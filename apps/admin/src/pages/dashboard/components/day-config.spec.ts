import { dayConfigAt, fromDay, toDay } from './day-config';

describe('dayConfigAt (calendar days for the date picker)', () => {
  const sut = dayConfigAt('2025-03-18');
  const day = fromDay('2024-02-29');

  it("takes today from the district's calendar it is given, not from the browser clock", () => {
    expect(toDay(sut.getNow())).toBe('2025-03-18');
    expect(toDay(dayConfigAt('2026-12-08').getNow())).toBe('2026-12-08');
  });

  it('does calendar arithmetic on days, clamping at month ends', () => {
    expect(toDay(sut.addDate(day, 1))).toBe('2024-03-01');
    expect(toDay(sut.addMonth(day, 12))).toBe('2025-02-28');
    expect(toDay(sut.addYear(day, 1))).toBe('2025-02-28');
    expect(toDay(sut.getEndDate(fromDay('2025-02-10')))).toBe('2025-02-28');
    expect(toDay(sut.setDate(day, 1))).toBe('2024-02-01');
    expect(sut.getWeekDay(fromDay('2025-03-10'))).toBe(1);
    expect(sut.isAfter(fromDay('2025-03-11'), fromDay('2025-03-10'))).toBe(true);
  });

  it('formats with the tokens the picker uses, in its locale', () => {
    expect(sut.locale.format('en_US', day, 'YYYY-MM-DD')).toBe('2024-02-29');
    expect(sut.locale.format('zh_CN', day, 'YYYY年')).toBe('2024年');
    expect(sut.locale.format('en_US', day, 'MMM')).toBe('Feb');
    expect(sut.locale.format('ja_JP', fromDay('2025-03-05'), 'D')).toBe('5');
    expect(sut.locale.format('en_US', day, '[Q]Q')).toBe('Q1');
    expect(sut.locale.getShortWeekDays?.('ja_JP')).toEqual(['日', '月', '火', '水', '木', '金', '土']);
  });

  it('reads typed days and refuses impossible ones', () => {
    expect(toDay(sut.locale.parse('en_US', '2025-03-10', ['YYYY-MM-DD']) as Date)).toBe('2025-03-10');
    expect(toDay(sut.locale.parse('en_US', '2025-3-1', ['YYYY-M-D']) as Date)).toBe('2025-03-01');
    expect(sut.locale.parse('en_US', '2025-02-30', ['YYYY-MM-DD'])).toBeNull();
    expect(sut.locale.parse('en_US', '2025-03', ['YYYY-MM-DD'])).toBeNull();
  });

  it('starts weeks on Monday for Chinese and on Sunday for English and Japanese', () => {
    const wednesday = fromDay('2025-03-12');
    expect(toDay(sut.locale.getWeekFirstDate('zh_CN', wednesday))).toBe('2025-03-10');
    expect(toDay(sut.locale.getWeekFirstDate('en_US', wednesday))).toBe('2025-03-09');
    expect(sut.locale.getWeekFirstDay('ja_JP')).toBe(0);
  });
});
