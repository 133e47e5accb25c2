import { richTextToPlain, sanitizeRichText } from './sanitize';

describe('sanitizeRichText', () => {
  it('removes script tags with their content', () => {
    expect(sanitizeRichText('<p>补贴</p><script>alert(1)</script>')).toBe('<p>补贴</p>');
    expect(sanitizeRichText('<SCRIPT SRC=//x.example/x.js></SCRIPT><p>ok</p>')).toBe('<p>ok</p>');
  });

  it('removes event handlers and styles but keeps the text', () => {
    expect(sanitizeRichText('<p onclick="steal()" style="color:red">text</p><img src=x onerror=alert(1)>')).toBe('<p>text</p>');
    expect(sanitizeRichText('<a href="https://x.example" onmouseover="x()">link</a>')).toBe(
      '<a href="https://x.example" rel="noopener noreferrer nofollow">link</a>',
    );
  });

  it('drops javascript:, data: and vbscript: links, however they are written', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'jav&#x09;ascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)']) {
      expect(sanitizeRichText(`<a href="${href}">x</a>`)).toBe('<a rel="noopener noreferrer nofollow">x</a>');
    }
  });

  it('drops SVG and MathML payloads, iframes and objects entirely', () => {
    expect(sanitizeRichText('<svg onload=alert(1)><script>alert(2)</script></svg><p>a</p>')).toBe('<p>a</p>');
    expect(sanitizeRichText('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>')).toBe('');
    expect(sanitizeRichText('<math><mtext><img src=x onerror=alert(1)></mtext></math>ok')).toBe('ok');
    expect(sanitizeRichText('<iframe src="https://evil.example"></iframe><object data="x.swf"></object>b')).toBe('b');
  });

  it('keeps the formatting editors use', () => {
    const html = '<h3>申请条件</h3><ul><li><strong>外资</strong>企业</li></ul><p><em>注</em>：见<a href="https://gov.example/p">原文</a></p>';
    expect(sanitizeRichText(html)).toBe(html.replace('<a href="https://gov.example/p">', '<a href="https://gov.example/p" rel="noopener noreferrer nofollow">'));
  });

  it('gives plain text for search', () => {
    expect(richTextToPlain('<p>研究開発&amp;<strong>補助金</strong></p><script>x</script>')).toBe('研究開発&補助金');
  });
});
