import { queryTerms, tokenize } from './tokenize';

describe('tokenize', () => {
  it('segments Chinese with bigrams so compounds match however they were cut', () => {
    const sut = tokenize('创新推出“相科贷”等政府支持类信贷融资产品', 'zh-CN');
    for (const term of ['相科', '科贷', '信贷', '融资', '政府']) expect(sut).toContain(term);
    expect(queryTerms('相科贷', 'zh-CN').every((t) => sut.includes(t))).toBe(true);
  });

  it('segments Japanese', () => {
    const sut = tokenize('研究開発費の補助金を交付します', 'ja');
    for (const term of ['研究', '開発', '補助', '助金']) expect(sut).toContain(term);
    expect(queryTerms('補助金', 'ja').every((t) => sut.includes(t))).toBe(true);
  });

  it('lower-cases, stems and drops stop words in English', () => {
    expect(tokenize('Talent Subsidies for the Enterprises', 'en').sort()).toEqual(['enterprise', 'subsidy', 'talent']);
    expect(queryTerms('talent subsidy', 'en')).toEqual(['talent', 'subsidy']);
  });

  it('keeps a one-character Chinese query', () => {
    expect(queryTerms('税', 'zh-CN')).toEqual(['税']);
  });
});
