import { cleanRichText, richTextToLines } from './rich-text';

describe('cleanRichText', () => {
  it("keeps the server's allow-list and drops the rest, scripts with their text", () => {
    const html = '<p onclick="x()">Hi <b>bold</b> <span style="color:red">plain</span></p><script>alert(1)</script><img src=x onerror="alert(2)"><h1>Big</h1>';
    expect(cleanRichText(html)).toBe('<p>Hi <b>bold</b> plain</p><h3>Big</h3>');
  });

  it('keeps http(s), mailto and tel links only', () => {
    expect(cleanRichText('<a href="https://example.com" target="_blank">ok</a><a href="javascript:alert(1)">bad</a>')).toBe('<a href="https://example.com">ok</a><a>bad</a>');
  });

  it("turns the browser's line <div>s into paragraphs", () => {
    expect(cleanRichText('<div>one</div><div>two<br></div>')).toBe('<p>one</p><p>two<br></p>');
  });
});

describe('richTextToLines', () => {
  it('gives a line per block', () => {
    expect(richTextToLines('<p>A <strong>b</strong></p><ul><li>one</li><li>two</li></ul>')).toBe('A b\none\ntwo');
  });
});
