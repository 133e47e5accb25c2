import { begin, end, IDLE, move, TAP_MS, TAP_SLOP } from './map-gestures'
import { HOME_VIEW } from './map-projection'

const SIZE = { width: 360, height: 480 }

describe('map gestures', () => {
  it('is a tap when one finger lifts quickly, almost where it went down', () => {
    const g = move(begin([{ x: 100, y: 100 }], 0), [{ x: 100 + TAP_SLOP - 1, y: 100 }], HOME_VIEW, SIZE)
    expect(g.view).toBe(HOME_VIEW)
    expect(end(g.gesture, 200)).toEqual({ x: 100, y: 100 })
    expect(end(begin([{ x: 1, y: 1 }], 0), TAP_MS + 1)).toBeUndefined()
  })

  it('pans by the distance dragged and is no tap then', () => {
    let g = begin([{ x: 100, y: 100 }], 0)
    let view = HOME_VIEW
    for (const p of [{ x: 120, y: 100 }, { x: 140, y: 130 }]) ({ gesture: g, view } = move(g, [p], view, SIZE))
    expect(view).toEqual({ zoom: 1, panX: 40, panY: 30 })
    expect(end(g, 100)).toBeUndefined()
  })

  it('zooms by how far two fingers spread, around their middle', () => {
    const g = begin([{ x: 100, y: 200 }, { x: 200, y: 200 }], 0)
    const { view } = move(g, [{ x: 50, y: 200 }, { x: 250, y: 200 }], HOME_VIEW, SIZE)
    expect(view.zoom).toBeCloseTo(2, 9)
    // the middle (150, 200) stays put
    expect(150 * view.zoom + view.panX).toBeCloseTo(150, 9)
    expect(200 * view.zoom + view.panY).toBeCloseTo(200, 9)
    expect(end({ kind: 'pinch', distance: 1, middle: { x: 0, y: 0 } }, 10)).toBeUndefined()
  })

  it('does nothing without fingers', () => {
    expect(begin([], 0)).toBe(IDLE)
    expect(move(IDLE, [{ x: 1, y: 1 }], HOME_VIEW, SIZE).view).toBe(HOME_VIEW)
  })
})
