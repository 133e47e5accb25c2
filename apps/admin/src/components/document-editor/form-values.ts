import type { TranslationStatus } from '@zhaoshang/contracts';

/** A language's status as the server will store it: `missing` whenever the title is empty. */
export function translationStatusOf(values: { title?: string; status?: string } | undefined): TranslationStatus {
  if (!values || !values.title?.trim()) return 'missing';
  return values.status === 'done' ? 'done' : 'needs_review';
}

/** JSON with sorted keys and without undefined members: two forms are equal when their texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export const sameValues = (a: unknown, b: unknown) => canonical(a) === canonical(b);

type Leaves = Map<string, unknown>;

/** Every field of the form by dotted path; lists (steps, benefits, industries) count as one field. */
function leaves(value: unknown, path: string[] = [], out: Leaves = new Map()): Leaves {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) leaves(member, [...path, key], out);
  } else if (path.length) out.set(path.join('.'), value);
  return out;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (!next || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] as string] = value;
}

/**
 * Re-applies the user's edits (what differs between `base`, the copy they started from, and `mine`)
 * on top of `theirs`, the latest saved copy. Fields both sides changed differently keep the user's
 * value and are listed in `conflicts`, so the user can check them before saving again.
 */
export function rebase<V>(base: V, mine: V, theirs: V): { values: V; conflicts: string[] } {
  const baseLeaves = leaves(base);
  const mineLeaves = leaves(mine);
  const theirLeaves = leaves(theirs);
  const values = JSON.parse(JSON.stringify(theirs)) as V;
  const conflicts: string[] = [];
  for (const [path, value] of mineLeaves) {
    if (sameValues(value, baseLeaves.get(path))) continue;
    setAt(values as unknown as Record<string, unknown>, path.split('.'), JSON.parse(JSON.stringify(value ?? null)) as unknown);
    const their = theirLeaves.get(path);
    if (!sameValues(their, baseLeaves.get(path)) && !sameValues(their, value)) conflicts.push(path);
  }
  return { values, conflicts };
}
