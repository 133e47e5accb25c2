import { fitProjection, HOME_VIEW, project, toScreen } from './map-projection'
import { areaAtPoint, areasAt, cellAtPoint, cellCentre, colourFor, drawMap, PALETTE, placeLabels, pointInRing, screenOf, type Ctx2D, type Frame, type MapCell } from './map-renderer'
import { AREAS, DISTRICT, hexagon, square, TOWN } from './test/map-shapes'

const CELLS: MapCell[] = [
  { h3: 'a', value: 90, rank: 1, class: 2, boundary: hexagon(31.43, 120.595, 0.006) },
  { h3: 'b', value: 10, rank: 2, class: 0, boundary: hexagon(31.5, 120.5, 0.006) },
]
const SIZE = { width: 360, height: 480 }
const frame = (view = HOME_VIEW): Frame => ({ projection: fitProjection(DISTRICT.polygon ?? [], SIZE), view, size: SIZE, dpr: 2 })

/** A 2D context that records what is drawn. */
function recordingContext() {
  const calls: { op: string; args: unknown[]; fillStyle?: string; strokeStyle?: string }[] = []
  const ctx: Ctx2D & { calls: typeof calls } = {
    calls,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    lineJoin: 'miter',
    globalAlpha: 1,
    setTransform: (...args) => calls.push({ op: 'setTransform', args }),
    clearRect: (...args) => calls.push({ op: 'clearRect', args }),
    fillRect: (...args) => calls.push({ op: 'fillRect', args }),
    beginPath: () => calls.push({ op: 'beginPath', args: [] }),
    moveTo: (...args) => calls.push({ op: 'moveTo', args }),
    lineTo: (...args) => calls.push({ op: 'lineTo', args }),
    closePath: () => calls.push({ op: 'closePath', args: [] }),
    fill: () => calls.push({ op: 'fill', args: [], fillStyle: ctx.fillStyle }),
    stroke: () => calls.push({ op: 'stroke', args: [], strokeStyle: ctx.strokeStyle }),
    fillText: (...args) => calls.push({ op: 'fillText', args }),
    strokeText: (...args) => calls.push({ op: 'strokeText', args }),
    measureText: (text) => ({ width: text.length * 12 }),
    setLineDash: (...args) => calls.push({ op: 'setLineDash', args }),
  }
  return ctx
}

describe('colour classes', () => {
  it('runs from light to dark over five classes', () => {
    expect([0, 1, 2, 3, 4].map((c) => colourFor(c, 5))).toEqual([...PALETTE])
  })

  it('keeps the top class darkest when the server merged duplicate breaks', () => {
    expect(colourFor(1, 2)).toBe(PALETTE[4])
    expect(colourFor(0, 2)).toBe(PALETTE[0])
    expect(colourFor(0, 1)).toBe(PALETTE[4])
    expect([0, 1, 2].map((c) => colourFor(c, 3))).toEqual([PALETTE[0], PALETTE[2], PALETTE[4]])
  })

  it('clamps a class outside the scale to its ends', () => {
    expect(colourFor(9, 5)).toBe(PALETTE[4])
    expect(colourFor(-1, 5)).toBe(PALETTE[0])
  })
})

describe('hit testing', () => {
  it('finds the cell under a tap at its centre, and none between cells', () => {
    const f = frame()
    const centre = screenOf(f, cellCentre(CELLS[0] as MapCell))
    expect(cellAtPoint(CELLS, f, centre)?.h3).toBe('a')
    expect(cellAtPoint(CELLS, f, screenOf(f, [31.47, 120.7]))).toBeUndefined()
  })

  it('follows the map when it is zoomed and panned', () => {
    const view = { zoom: 3, panX: -400, panY: -600 }
    const f = frame(view)
    const moved = toScreen(view, project(f.projection, cellCentre(CELLS[1] as MapCell)))
    expect(cellAtPoint(CELLS, f, moved)?.h3).toBe('b')
    // the same pixel on the unzoomed map is somewhere else
    expect(cellAtPoint(CELLS, frame(), moved)?.h3).not.toBe('b')
  })

  it('gives the most specific area: a zone inside a street inside the district', () => {
    const f = frame()
    expect(areaAtPoint(AREAS, f, screenOf(f, [31.43, 120.595]))?.code).toBe('china_japan_zone')
    expect(areaAtPoint(AREAS, f, screenOf(f, [31.46, 120.63]))?.code).toBe('yuanhe')
    expect(areaAtPoint(AREAS, f, screenOf(f, [31.38, 120.5]))?.code).toBe('xiangcheng')
    expect(areaAtPoint(AREAS, f, { x: 1, y: 1 })).toBeUndefined()
    expect(areasAt(AREAS, [31.43, 120.595]).map((a) => a.code)).toEqual(['china_japan_zone', 'yuanhe', 'xiangcheng'])
  })

  it('tells inside from outside a ring', () => {
    const ring = square(0, 0, 1, 1)
    expect(pointInRing([0.5, 0.5], ring)).toBe(true)
    expect(pointInRing([1.5, 0.5], ring)).toBe(false)
    expect(pointInRing([0.5, -0.1], ring)).toBe(false)
  })
})

describe('drawing a frame', () => {
  it('scales to the device pixels, fills each cell in its class colour and outlines the selection', () => {
    const ctx = recordingContext()
    const stats = drawMap(ctx, { areas: AREAS, cells: CELLS, classes: 3, selected: { kind: 'cell', h3: 'a' } }, frame())
    expect(ctx.calls[0]).toEqual({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] })
    expect(stats.cells).toBe(2)
    const fills = ctx.calls.filter((c) => c.op === 'fill').map((c) => c.fillStyle)
    // district background, then the cells by class
    expect(fills).toEqual(['#ffffff', colourFor(2, 3), colourFor(0, 3)])
    const strokes = ctx.calls.filter((c) => c.op === 'stroke').map((c) => c.strokeStyle)
    expect(strokes.at(-1)).toBe('#1f6feb')
  })

  it('skips cells that are off screen', () => {
    const ctx = recordingContext()
    const f = frame({ zoom: 8, panX: -1000, panY: -1000 })
    expect(drawMap(ctx, { areas: AREAS, cells: CELLS, classes: 3 }, f).cells).toBeLessThan(2)
  })

  it('labels the towns, and the zones only once zoomed in, without overlapping labels', () => {
    const measure = (t: string) => t.length * 12
    expect(placeLabels(AREAS, frame(), measure).map((l) => l.text)).toEqual(['元和街道'])
    const zoomed = { zoom: 2, panX: -180, panY: -240 }
    const labels = placeLabels(AREAS, frame(zoomed), measure).map((l) => l.text)
    expect(labels).toContain('中日合作区')
    const crowded = [TOWN, { ...TOWN, id: 9, code: 'twin', name: '同名街道' }]
    expect(placeLabels(crowded, frame(), measure)).toHaveLength(1)
  })

  it('draws the district and its labels even with no cells to show', () => {
    const ctx = recordingContext()
    const stats = drawMap(ctx, { areas: AREAS, cells: [], classes: 0 }, frame())
    expect(stats).toEqual({ cells: 0, labels: 1 })
    expect(ctx.calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['元和街道'])
  })
})
