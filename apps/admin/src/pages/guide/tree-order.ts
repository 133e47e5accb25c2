import type { AdminGuideTree, GuideOrder } from '@zhaoshang/contracts';

export type DropPlace = 'before' | 'after' | 'inside';

/** The tree's order as the server takes it: every section with every one of its pages. */
export function orderOf(tree: AdminGuideTree): GuideOrder {
  return { sections: tree.sections.map((s) => ({ id: s.id, pages: s.pages.map((p) => p.id) })) };
}

/**
 * The order after moving node `id` before, after or into `target`; null for a move the tree does
 * not allow (a section goes between sections, a page into a section or beside another page).
 */
export function moveNode(order: GuideOrder, id: number, target: number, place: DropPlace): GuideOrder | null {
  if (id === target) return null;
  const sections = order.sections.map((s) => ({ id: s.id, pages: [...s.pages] }));
  const sectionAt = (nodeId: number) => sections.findIndex((s) => s.id === nodeId);
  const holderOf = (nodeId: number) => sections.find((s) => s.pages.includes(nodeId));
  if (sectionAt(id) >= 0) {
    if (place === 'inside' || sectionAt(target) < 0) return null;
    const [moved] = sections.splice(sectionAt(id), 1);
    const at = sectionAt(target) + (place === 'after' ? 1 : 0);
    sections.splice(at, 0, moved as (typeof sections)[number]);
    return { sections };
  }
  const from = holderOf(id);
  if (!from) return null;
  if (place === 'inside') {
    const into = sections[sectionAt(target)];
    if (!into) return null;
    from.pages.splice(from.pages.indexOf(id), 1);
    into.pages.unshift(id);
    return { sections };
  }
  const to = holderOf(target);
  if (!to) return null;
  from.pages.splice(from.pages.indexOf(id), 1);
  to.pages.splice(to.pages.indexOf(target) + (place === 'after' ? 1 : 0), 0, id);
  return { sections };
}

/** One step up or down among its siblings (the keyboard's way to reorder); null at either end. */
export function shiftNode(order: GuideOrder, id: number, step: -1 | 1): GuideOrder | null {
  const siblings = order.sections.some((s) => s.id === id) ? order.sections.map((s) => s.id) : order.sections.find((s) => s.pages.includes(id))?.pages;
  if (!siblings) return null;
  const target = siblings[siblings.indexOf(id) + step];
  if (target === undefined) return null;
  return moveNode(order, id, target, step < 0 ? 'before' : 'after');
}

/** The tree rearranged to `order`, for showing a move before the server has answered. */
export function arrange(tree: AdminGuideTree, order: GuideOrder): AdminGuideTree {
  const sections = new Map(tree.sections.map((s) => [s.id, s]));
  const pages = new Map(tree.sections.flatMap((s) => s.pages).map((p) => [p.id, p]));
  return {
    sections: order.sections.flatMap((o) => {
      const section = sections.get(o.id);
      return section ? [{ ...section, pages: o.pages.flatMap((id) => pages.get(id) ?? []) }] : [];
    }),
  };
}
