import { clampView, fitProjection, fromScreen, HOME_VIEW, MAX_ZOOM, MIN_ZOOM, pixelsPerKm, project, resolutionFor, toScreen, unproject, zoomAt, type LatLng } from './map-projection'

// a district-sized box around Xiangcheng: 0.15° of latitude by 0.24° of longitude
const OUTLINE: LatLng[] = [
  [31.37, 120.48],
  [31.37, 120.72],
  [31.52, 120.72],
  [31.52, 120.48],
]
const SIZE = { width: 360, height: 480 }

describe('fitting the district into the canvas', () => {
  const sut = fitProjection(OUTLINE, SIZE, 16)

  it('puts the outline inside the padded canvas, centred, touching the narrower side', () => {
    const corners = OUTLINE.map((p) => project(sut, p))
    const xs = corners.map((c) => c.x)
    const ys = corners.map((c) => c.y)
    expect(Math.min(...xs)).toBeCloseTo(16, 6)
    expect(Math.max(...xs)).toBeCloseTo(344, 6)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(16)
    expect(Math.max(...ys)).toBeLessThanOrEqual(464)
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(240, 6)
  })

  it('draws north up and east right, a degree of longitude shorter by cos(latitude)', () => {
    const sw = project(sut, [31.37, 120.48])
    const ne = project(sut, [31.52, 120.72])
    expect(ne.x).toBeGreaterThan(sw.x)
    expect(ne.y).toBeLessThan(sw.y)
    const widthPerHeight = (ne.x - sw.x) / (sw.y - ne.y)
    expect(widthPerHeight).toBeCloseTo((0.24 * Math.cos((31.445 * Math.PI) / 180)) / 0.15, 6)
  })

  it('turns a canvas point back into the same ground point', () => {
    for (const p of [[31.4, 120.5], [31.5, 120.7], [31.445, 120.6]] as [number, number][]) {
      const [lat, lng] = unproject(sut, project(sut, p))
      expect(lat).toBeCloseTo(p[0], 9)
      expect(lng).toBeCloseTo(p[1], 9)
    }
  })
})

describe('zoom and pan', () => {
  it('keeps the point under the fingers in place while zooming', () => {
    const anchor = { x: 100, y: 300 }
    const before = fromScreen(HOME_VIEW, anchor)
    const sut = zoomAt(HOME_VIEW, 2.5, anchor)
    expect(sut.zoom).toBe(2.5)
    const after = toScreen(sut, before)
    expect(after.x).toBeCloseTo(anchor.x, 9)
    expect(after.y).toBeCloseTo(anchor.y, 9)
  })

  it('stays between the zoom limits', () => {
    expect(zoomAt(HOME_VIEW, 100, { x: 0, y: 0 }).zoom).toBe(MAX_ZOOM)
    expect(zoomAt(HOME_VIEW, 0.01, { x: 0, y: 0 }).zoom).toBe(MIN_ZOOM)
  })

  it('never lets a drag take the map away from the canvas centre', () => {
    const far = clampView({ zoom: 2, panX: 5000, panY: -5000 }, SIZE)
    // the map spans [pan, pan + size × zoom]: the centre stays inside it
    expect(far.panX).toBe(180)
    expect(far.panY).toBe(240 - 480 * 2)
    expect(clampView({ zoom: 2, panX: -100, panY: -100 }, SIZE)).toEqual({ zoom: 2, panX: -100, panY: -100 })
  })
})

describe('resolution by zoom', () => {
  const sut = fitProjection(OUTLINE, SIZE, 16)

  it('shows resolution 7 on a phone-sized whole district, finer cells as the map is zoomed in, coarser zoomed out', () => {
    const at = (zoom: number) => resolutionFor(pixelsPerKm(sut, { zoom, panX: 0, panY: 0 }))
    expect(at(1)).toBe(7)
    expect(at(MIN_ZOOM)).toBe(6)
    expect(at(3)).toBe(8)
    expect(at(MAX_ZOOM)).toBe(9)
    const zooms = [0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8]
    const resolutions = zooms.map(at)
    expect(resolutions).toEqual([...resolutions].sort((a, b) => a - b))
  })

  it('picks the finest resolution whose hexagons are still big enough to tap', () => {
    // res 9 hexagons are about 0.35 km across
    expect(resolutionFor(100)).toBe(9)
    expect(resolutionFor(60)).toBe(8)
    expect(resolutionFor(1)).toBe(6)
  })
})
