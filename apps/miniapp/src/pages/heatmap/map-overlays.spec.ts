import { wgs84ToGcj02 } from './coordinates'
import {
  areaLabels,
  areaPolygons,
  CARRIER_LABEL_SCALE,
  CELL_FILL_ALPHA,
  cellPolygons,
  cellShapes,
  cellsToDraw,
  MAX_POLYGONS,
  resolutionForScale,
  scaledRegion,
  selectionLines,
  targetAt,
  toMapPoint,
  type GeoPoint,
} from './map-overlays'
import type { LatLng } from './map-projection'
import { cellCentre, MAP_COLOURS, PALETTE, type MapCell } from './map-renderer'
import { AREAS, DISTRICT, hexagon, TOWN, ZONE } from './test/map-shapes'

const CELLS: MapCell[] = [
  { h3: 'top', value: 90, rank: 1, class: 3, boundary: hexagon(31.43, 120.595, 0.006) },
  { h3: 'low', value: 10, rank: 2, class: 0, boundary: hexagon(31.5, 120.5, 0.006) },
]
const CLASSES = 4

/** metres between nearby points */
const metres = (a: GeoPoint, b: GeoPoint) => Math.hypot((a.latitude - b.latitude) * 111_320, (a.longitude - b.longitude) * 111_320 * Math.cos((a.latitude * Math.PI) / 180))
const asGeo = ([lat = 0, lng = 0]: LatLng): GeoPoint => ({ latitude: lat, longitude: lng })
/** where WeChat reports a tap on the spot that is `at` (WGS-84) on the ground */
const tapOn = (at: LatLng): GeoPoint => wgs84ToGcj02(at[0] ?? 0, at[1] ?? 0)

describe('hexagons as polygons on WeChat\'s map', () => {
  const [top, low] = cellPolygons(cellShapes(CELLS), CLASSES)

  it('sends each vertex of a cell\'s outline in GCJ-02, in order, and closes the ring', () => {
    const points = top?.points ?? []
    const ring = CELLS[0]?.boundary ?? []
    expect(points).toHaveLength(ring.length + 1)
    expect(points.at(-1)).toEqual(points[0])
    ring.forEach((vertex, i) => {
      const p = points[i] as GeoPoint
      // where a Chinese map has the vertex (to 0.1 m), not where GPS has it (some 450 m off)
      expect(metres(p, wgs84ToGcj02(vertex[0] ?? 0, vertex[1] ?? 0))).toBeLessThan(0.2)
      expect(metres(p, asGeo(vertex))).toBeGreaterThan(300)
    })
  })

  it('fills each cell in its class\'s colour from the legend\'s palette, translucent so roads show, with an opaque edge', () => {
    const alpha = Math.round(CELL_FILL_ALPHA * 255).toString(16)
    expect(CELL_FILL_ALPHA).toBeLessThan(0.85)
    // the highest class is the palette's darkest, the lowest its lightest, as on the legend
    expect(top?.fillColor).toBe(`${PALETTE[4]}${alpha}`)
    expect(low?.fillColor).toBe(`${PALETTE[0]}${alpha}`)
    expect(top?.strokeColor).toBe(`${PALETTE[4]}ff`)
    expect(top?.strokeWidth).toBe(1)
    // under WeChat's place names and station icons
    expect(top?.level).toBe('abovebuildings')
  })

  it('outlines the areas over the cells: the district in navy, towns in grey, zones dashed, none filled', () => {
    const [district, town, zone] = areaPolygons(AREAS)
    expect(district).toMatchObject({ strokeColor: `${MAP_COLOURS.district}ff`, strokeWidth: 2, fillColor: '#00000000' })
    expect(town).toMatchObject({ strokeColor: `${MAP_COLOURS.outline}ff`, strokeWidth: 1, fillColor: '#00000000' })
    expect(town?.dashArray).toBeUndefined()
    expect(zone?.dashArray).toEqual([6, 4])
    expect(zone?.points).toEqual([...(ZONE.polygon ?? []).map(toMapPoint), toMapPoint((ZONE.polygon ?? [])[0] ?? [])])
    for (const outline of [district, town, zone]) expect(outline?.zIndex).toBeGreaterThan(top?.zIndex ?? Infinity)
  })

  it('draws the selection as a closed blue line along the selected cell or area', () => {
    const shapes = cellShapes(CELLS)
    const [cellLine] = selectionLines({ kind: 'cell', h3: 'top' }, shapes, AREAS)
    expect(cellLine).toMatchObject({ color: `${MAP_COLOURS.selection}ff`, width: 3 })
    expect(cellLine?.points).toEqual(shapes[0]?.points)
    const [areaLine] = selectionLines({ kind: 'area', code: 'yuanhe' }, shapes, AREAS)
    expect(areaLine?.points).toHaveLength(5)
    expect(selectionLines(undefined, shapes, AREAS)).toEqual([])
    expect(selectionLines({ kind: 'cell', h3: 'gone' }, shapes, AREAS)).toEqual([])
  })
})

describe('area names on the map', () => {
  it('names towns and streets at their label points, zones only once zoomed in, never the district', () => {
    expect(areaLabels(AREAS, CARRIER_LABEL_SCALE - 1).map((m) => m.label?.content)).toEqual(['元和街道'])
    const zoomedIn = areaLabels(AREAS, CARRIER_LABEL_SCALE)
    expect(zoomedIn.map((m) => m.label?.content)).toEqual(['元和街道', '中日合作区'])
    // a tap on a name opens its area: the marker carries the area's id
    expect(zoomedIn.map((m) => m.id)).toEqual([TOWN.id, ZONE.id])
    const zone = zoomedIn[1]
    expect({ latitude: zone?.latitude, longitude: zone?.longitude }).toEqual(toMapPoint(ZONE.center ?? []))
    // the icon is a single pixel: only the name shows, centred on the point
    expect([zone?.width, zone?.height]).toEqual([1, 1])
    expect(zone?.label?.anchorX).toBeLessThan(-30)
  })
})

describe('what a tap on WeChat\'s map opens', () => {
  it('opens the cell drawn under the finger', () => {
    expect(targetAt(tapOn(cellCentre(CELLS[0] as MapCell)), CELLS, AREAS)).toEqual({ kind: 'cell', cell: CELLS[0] })
    expect(targetAt(tapOn(cellCentre(CELLS[1] as MapCell)), CELLS, AREAS)).toEqual({ kind: 'cell', cell: CELLS[1] })
  })

  it('finds the cell near its eastern edge, where the raw tap coordinates would fall outside it', () => {
    const nearEdge: LatLng = [31.43, 120.595 + 0.006]
    const tap = tapOn(nearEdge)
    expect(targetAt(tap, CELLS, AREAS)).toEqual({ kind: 'cell', cell: CELLS[0] })
    // taken as WGS-84 without converting, the tap would be east of the hexagon, in the zone around it
    expect(targetAt(tapOn([tap.latitude, tap.longitude]), CELLS, AREAS)).toEqual({ kind: 'area', area: ZONE })
  })

  it('opens the most specific area outside the cells, the district where nothing smaller is, and nothing outside it', () => {
    expect(targetAt(tapOn([31.438, 120.585]), CELLS, AREAS)).toEqual({ kind: 'area', area: ZONE })
    expect(targetAt(tapOn([31.41, 120.56]), CELLS, AREAS)).toEqual({ kind: 'area', area: TOWN })
    expect(targetAt(tapOn([31.38, 120.7]), CELLS, AREAS)).toEqual({ kind: 'area', area: DISTRICT })
    expect(targetAt(tapOn([31.6, 120.6]), CELLS, AREAS)).toBeUndefined()
  })

  it('only finds the cells it is given (the drawn ones)', () => {
    expect(targetAt(tapOn(cellCentre(CELLS[0] as MapCell)), [CELLS[1] as MapCell], AREAS)).toEqual({ kind: 'area', area: ZONE })
  })
})

describe('resolution from the map\'s scale', () => {
  it('picks the canvas\'s resolutions for the scales a phone shows Xiangcheng at', () => {
    // the whole district fits at about scale 11
    expect([9, 10, 11, 12, 13, 14, 16].map((scale) => resolutionForScale(scale, 31.445))).toEqual([6, 6, 7, 8, 8, 9, 9])
  })

  it('never gets coarser as the map zooms in, also between whole levels', () => {
    let res = 0
    for (let scale = 8; scale <= 18; scale += 0.25) {
      const next = resolutionForScale(scale, 31.445)
      expect(next).toBeGreaterThanOrEqual(res)
      res = next
    }
  })
})

describe('how many polygons WeChat is asked to draw', () => {
  // a 20 × 20 grid of small cells over the district: more than the map stays quick with
  const many: MapCell[] = Array.from({ length: 400 }, (_, i) => ({
    h3: `c${i}`,
    value: 400 - i,
    rank: i + 1,
    class: 0,
    boundary: hexagon(31.38 + 0.007 * Math.floor(i / 20), 120.5 + 0.011 * (i % 20), 0.003),
  }))
  const region = (s: number, w: number, n: number, e: number) => ({ southwest: toMapPoint([s, w]), northeast: toMapPoint([n, e]) })

  it('draws every cell while there are few, wherever the view is', () => {
    const sut = cellsToDraw(cellShapes(CELLS), region(31.49, 120.49, 31.51, 120.51))
    expect(sut.shapes.map((s) => s.cell.h3)).toEqual(['top', 'low'])
    expect(sut.capped).toBe(false)
  })

  it('draws only the cells in and around the view when there are many', () => {
    const sut = cellsToDraw(cellShapes(many), region(31.4, 120.55, 31.43, 120.6))
    expect(sut.capped).toBe(false)
    expect(sut.shapes.length).toBeGreaterThan(20)
    expect(sut.shapes.length).toBeLessThan(MAX_POLYGONS)
    const centres = sut.shapes.map((s) => cellCentre(s.cell))
    for (const [lat = 0, lng = 0] of centres) {
      expect(lat).toBeGreaterThan(31.39)
      expect(lat).toBeLessThan(31.44)
      expect(lng).toBeGreaterThan(120.53)
      expect(lng).toBeLessThan(120.62)
    }
    // the cell at the view's middle is among them
    expect(sut.shapes.some((s) => targetAt(tapOn([31.415, 120.577]), [s.cell], []) !== undefined)).toBe(true)
  })

  it('keeps the highest values when even the view holds too many, and says so', () => {
    const sut = cellsToDraw(cellShapes(many), region(31.37, 120.48, 31.52, 120.72))
    expect(sut.capped).toBe(true)
    expect(sut.inView).toBe(400)
    expect(sut.shapes).toHaveLength(MAX_POLYGONS)
    expect(sut.shapes.map((s) => s.cell.rank)).toEqual(Array.from({ length: MAX_POLYGONS }, (_, i) => i + 1))
  })
})

describe('zooming with the buttons', () => {
  it('asks WeChat to fit a region half (or twice) as large around the same centre', () => {
    const view = { southwest: { latitude: 31.4, longitude: 120.5 }, northeast: { latitude: 31.5, longitude: 120.7 } }
    const [ne, sw] = scaledRegion(view, 0.5) as [GeoPoint, GeoPoint]
    expect(ne.latitude).toBeCloseTo(31.475, 9)
    expect(ne.longitude).toBeCloseTo(120.65, 9)
    expect(sw.latitude).toBeCloseTo(31.425, 9)
    expect(sw.longitude).toBeCloseTo(120.55, 9)
    const [outNe, outSw] = scaledRegion(view, 2) as [GeoPoint, GeoPoint]
    expect(outNe.latitude - outSw.latitude).toBeCloseTo(0.2, 9)
    expect(outNe.longitude - outSw.longitude).toBeCloseTo(0.4, 9)
  })
})
