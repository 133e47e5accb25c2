export type DiffPart = { kind: 'equal' | 'delete' | 'insert'; text: string };

// Words for alphabetic scripts, single characters for Chinese and Japanese (no spaces between
// words there), whitespace runs and single punctuation marks.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\s+|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Beyond this many edits two texts are shown as replaced, not diffed (keeps the work bounded). */
const MAX_EDITS = 2000;

/**
 * The changes from `before` to `after`, word by word (character by character in CJK), as runs of
 * equal, deleted and inserted text: Myers' O((N+M)D) algorithm after trimming the common ends.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.text += text;
    else ops.push({ kind, text });
  };
  push('equal', a.slice(0, start).join(''));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = myers(middleA, middleB) ?? [
    ...middleA.map((text) => ({ kind: 'delete' as const, text })),
    ...middleB.map((text) => ({ kind: 'insert' as const, text })),
  ];
  for (const op of middle) push(op.kind, op.text);
  push('equal', a.slice(endA).join(''));
  return ops;
}

function myers(a: string[], b: string[]): DiffPart[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return null;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is the furthest x on each diagonal -d..d before step d
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], last: number): DiffPart[] {
  const ops: DiffPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const before = trace[d] as Int32Array;
    const at = (k: number) => before[k + d] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'equal', text: a[--x] as string });
      y--;
    }
    if (x === prevX) ops.push({ kind: 'insert', text: b[--y] as string });
    else ops.push({ kind: 'delete', text: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'equal', text: a[--x] as string });
    y--;
  }
  return ops.reverse();
}
