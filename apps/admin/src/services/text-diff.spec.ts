import { diffText, tokenize } from './text-diff';

const render = (parts: ReturnType<typeof diffText>) => parts.map((p) => (p.kind === 'equal' ? p.text : p.kind === 'delete' ? `[-${p.text}]` : `{+${p.text}}`)).join('');

describe('diffText', () => {
  it('marks the changed word in English, not the whole sentence', () => {
    expect(render(diffText('Xiangkedai: credit for tech SMEs', 'Xiangkedai: credit for technology SMEs'))).toBe('Xiangkedai: credit for [-tech]{+technology} SMEs');
  });

  it('marks changed characters in Chinese and Japanese, which have no spaces between words', () => {
    expect(tokenize('相科贷：科技型')).toEqual(['相', '科', '贷', '：', '科', '技', '型']);
    expect(render(diffText('单户最高1000万元', '单户最高2000万元'))).toBe('单户最高[-1000]{+2000}万元');
    expect(render(diffText('科技型中小企業向け融資', '科技型企業向け融資'))).toBe('科技型[-中小]企業向け融資');
  });

  it('handles insertions, deletions and identical or empty texts', () => {
    expect(render(diffText('a b c', 'a x b c y'))).toBe('a {+x }b c{+ y}');
    expect(render(diffText('same', 'same'))).toBe('same');
    expect(render(diffText('', 'new text'))).toBe('{+new text}');
    expect(render(diffText('old text', ''))).toBe('[-old text]');
  });

  it('keeps both texts whole: the equal and deleted parts are the old text, the equal and inserted parts the new', () => {
    const before = '第一步：提交申请\n第二步：审核\n第三步：拨付';
    const after = '第一步：在线提交申请\n第二步：部门联合审核\n第三步：公示\n第四步：拨付';
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== 'insert').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'delete').map((p) => p.text).join('')).toBe(after);
  });
});
