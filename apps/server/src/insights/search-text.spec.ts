import { SEARCH_TEXT_MAX, searchText } from './search-text';

describe('searchText', () => {
  const sut = searchText;

  it('normalizes case, width and spacing so the same search counts once', () => {
    expect(sut('  Biomedicine   Subsidy ')).toBe('biomedicine subsidy');
    expect(sut('ＡＩ　補助金')).toBe('ai 補助金');
    expect(sut('人才 \t 政策')).toBe('人才 政策');
  });

  it('never keeps a phone number, an email or another long number verbatim', () => {
    expect(sut('+86 138 1234 5678')).toBe('[phone]');
    expect(sut('13812345678 相科贷')).toBe('[phone] 相科贷');
    expect(sut('0512-6666 8888')).toBe('[phone]');
    expect(sut('(0512) 66668888')).toBe('[phone]');
    expect(sut('０９０−１２３４−５６７８')).toBe('[phone]');
    expect(sut('Taro.Yamada@example.co.jp loan')).toBe('[email] loan');
    expect(sut('mail me at x@y')).toBe('mail me at [email]');
    expect(sut('身份证 32050719800101123X')).toBe('身份证 [phone]x');
  });

  it('keeps short numbers that are part of what is searched', () => {
    expect(sut('2020 政策')).toBe('2020 政策');
    expect(sut('相惠16条')).toBe('相惠16条');
    expect(sut('500万')).toBe('500万');
  });

  it('cuts long queries to the stored length by characters, not bytes', () => {
    const long = '研发'.repeat(100);
    expect(Array.from(sut(long))).toHaveLength(SEARCH_TEXT_MAX);
    expect(sut('   ')).toBe('');
  });
});
