/**
 * The console's copy of the server's rich-text allow-list (apps/server/src/content/sanitize.ts):
 * what the editor produces, what a paste keeps and what the preview renders. The server sanitizes
 * again on save; this keeps the working HTML honest (and the console safe) before then.
 */
const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
/** Dropped with their content, as the server does. */
const DROPPED = new Set(['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe', 'object', 'template', 'head', 'title']);
/** What browsers and word processors use for the allowed kinds of block. */
const RENAMED: Record<string, string> = { h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' };
const BLOCKS = new Set(['p', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'div']);
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

export function cleanRichText(html: string): string {
  if (!html.trim()) return '';
  const source = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const target = document.implementation.createHTMLDocument('');
  const root = target.createElement('div');
  copyChildren(source.body, root, target);
  return root.innerHTML.trim();
}

function copyChildren(from: Node, into: Node, doc: Document): void {
  from.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      into.appendChild(doc.createTextNode(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED.has(tag)) return;
    // Chrome's contentEditable makes a <div> per line: a line is a paragraph, unless it holds blocks.
    const name = tag === 'div' ? (hasBlockChild(element) ? null : 'p') : (RENAMED[tag] ?? (ALLOWED.has(tag) ? tag : null));
    if (!name) {
      copyChildren(element, into, doc);
      return;
    }
    const copy = doc.createElement(name);
    if (name === 'a') {
      const href = element.getAttribute('href')?.trim();
      if (href && SAFE_HREF.test(href)) copy.setAttribute('href', href);
      const title = element.getAttribute('title');
      if (title) copy.setAttribute('title', title);
    }
    copyChildren(element, copy, doc);
    into.appendChild(copy);
  });
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.children).some((child) => BLOCKS.has(child.tagName.toLowerCase()));
}

/** The text of rich text, a line per block: for comparing versions and checking emptiness. */
export function richTextToLines(html: string): string {
  if (!html.trim()) return '';
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  const walk = (node: Node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) line += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toLowerCase();
        if (DROPPED.has(tag)) return;
        if (tag === 'br') return flush();
        const block = BLOCKS.has(tag) || tag === 'td' || tag === 'th';
        if (block) flush();
        walk(child);
        if (tag === 'td' || tag === 'th') line += ' ';
        else if (block) flush();
      }
    });
  };
  walk(doc.body);
  flush();
  return lines.join('\n');
}
