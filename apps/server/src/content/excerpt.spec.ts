import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a text that fits as it is', () => {
    expect(excerpt('30万元 for newly certified high-tech enterprises.')).toBe('30万元 for newly certified high-tech enterprises.');
  });

  it('cuts Chinese and Japanese by display width, at a sentence end when one is near', () => {
    const ja = 'ハイテク企業に初めて認定された企業に30万元、再認定の企業に10万元を交付します。育成リストに登録された企業は知的財産や研究開発費の集計などの指導を無料で受けられ、15%の軽減税率の適用を目指せます。';
    const cut = excerpt(ja);
    // about 75 wide characters: past the first sentence, so cut in the second with an ellipsis
    expect(cut.startsWith('ハイテク企業に初めて認定された企業に30万元、再認定の企業に10万元を交付します。育成リスト')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(Array.from(cut).length).toBeLessThan(80);
    const zh = '对首次认定的高新技术企业给予30万元奖励。对重新认定的企业给予10万元奖励，入库培育企业可享受免费辅导服务并按规定享受研发费用加计扣除和百分之十五的企业所得税优惠税率政策支持。';
    expect(excerpt(zh, 60)).toBe('对首次认定的高新技术企业给予30万元奖励。');
  });

  it('cuts English at a word boundary with an ellipsis when no sentence ends in reach', () => {
    const en = 'Enterprises newly certified as high-tech receive 300,000 yuan and re-certified ones 100,000 yuan and enterprises on the cultivation list get free guidance on intellectual property and research spending records';
    const cut = excerpt(en);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(151);
    expect(en.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.at(-2)).not.toBe(' ');
  });

  it('cuts a long run without spaces or sentence ends mid-text', () => {
    expect(excerpt('补'.repeat(200))).toBe(`${'补'.repeat(75)}…`);
  });
});
