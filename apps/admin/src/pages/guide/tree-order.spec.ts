import { moveNode, shiftNode } from './tree-order';

const order = { sections: [{ id: 1, pages: [11, 12] }, { id: 2, pages: [21] }, { id: 3, pages: [] }] };

describe('guide tree order', () => {
  it('moves a section between sections, and never into one', () => {
    expect(moveNode(order, 3, 1, 'before')?.sections.map((s) => s.id)).toEqual([3, 1, 2]);
    expect(moveNode(order, 1, 2, 'after')?.sections.map((s) => s.id)).toEqual([2, 1, 3]);
    expect(moveNode(order, 1, 2, 'inside')).toBeNull();
    expect(moveNode(order, 1, 21, 'before')).toBeNull();
  });

  it('moves a page beside another page or to the top of a section, in the same or another section', () => {
    expect(moveNode(order, 12, 11, 'before')?.sections[0]?.pages).toEqual([12, 11]);
    expect(moveNode(order, 11, 21, 'after')?.sections.map((s) => s.pages)).toEqual([[12], [21, 11], []]);
    expect(moveNode(order, 21, 3, 'inside')?.sections.map((s) => s.pages)).toEqual([[11, 12], [], [21]]);
    // a page is not a section: it cannot sit between sections or take pages
    expect(moveNode(order, 11, 2, 'before')).toBeNull();
    expect(moveNode(order, 11, 21, 'inside')).toBeNull();
  });

  it('shifts a node one place among its siblings, and not past either end', () => {
    expect(shiftNode(order, 12, -1)?.sections[0]?.pages).toEqual([12, 11]);
    expect(shiftNode(order, 2, 1)?.sections.map((s) => s.id)).toEqual([1, 3, 2]);
    expect(shiftNode(order, 11, -1)).toBeNull();
    expect(shiftNode(order, 3, 1)).toBeNull();
    // the original is left as it was
    expect(order.sections[0]?.pages).toEqual([11, 12]);
  });
});
