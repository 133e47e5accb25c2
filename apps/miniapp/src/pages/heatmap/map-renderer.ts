import type { AreaKind } from '@zhaoshang/contracts'
import { fromScreen, project, toScreen, unproject, type LatLng, type Point, type Projection, type Size, type View } from './map-projection'

/** What the map draws: the API's areas and cells, reduced to what drawing and tapping need. */
export type MapArea = { id: number; code: string; kind: AreaKind; name: string; polygon: readonly LatLng[] | null; center: LatLng | null }
export type MapCell = { h3: string; value: number; rank: number; class: number; boundary: readonly LatLng[] }
export type Selection = { kind: 'cell'; h3: string } | { kind: 'area'; code: string }

export type Scene = {
  areas: readonly MapArea[]
  cells: readonly MapCell[]
  /** colour classes in this answer (the server drops duplicate breaks, so 1–5) */
  classes: number
  selected?: Selection
}

export type Frame = { projection: Projection; view: View; size: Size; dpr: number }

/**
 * The part of a 2D context the renderer uses: WeChat's `Canvas type="2d"` context and the
 * browser's both have it, and a test can record it.
 */
export type Ctx2D = {
  fillStyle: string
  strokeStyle: string
  lineWidth: number
  font: string
  textAlign: 'left' | 'right' | 'center' | 'start' | 'end'
  textBaseline: 'top' | 'middle' | 'bottom' | 'alphabetic' | 'hanging' | 'ideographic'
  lineJoin: 'round' | 'bevel' | 'miter'
  globalAlpha: number
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void
  clearRect(x: number, y: number, w: number, h: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  closePath(): void
  fill(): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
  strokeText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  setLineDash(segments: number[]): void
}

/** Sequential light-to-dark palette for the five quantile classes (ColorBrewer OrRd). */
export const PALETTE = ['#fdd49e', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'] as const

/**
 * The colour of class `cls` among `classes`: spread over the palette so the top class is always
 * the darkest, however many distinct breaks the answer has.
 */
export function colourFor(cls: number, classes: number): string {
  const last = PALETTE.length - 1
  if (classes <= 1) return PALETTE[last] as string
  const c = Math.min(Math.max(cls, 0), classes - 1)
  return PALETTE[Math.round((c * last) / (classes - 1))] as string
}

/** Ray casting over `[lat, lng]` vertices (not closed). */
export function pointInRing([lat = 0, lng = 0]: LatLng, ring: readonly LatLng[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [yi = 0, xi = 0] = ring[i] as LatLng
    const [yj = 0, xj = 0] = ring[j] as LatLng
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** The ground position under a screen point. */
export function groundAt(frame: Pick<Frame, 'projection' | 'view'>, screen: Point): [number, number] {
  return unproject(frame.projection, fromScreen(frame.view, screen))
}

/** The cell drawn under a screen point, if any. */
export function cellAtPoint(cells: readonly MapCell[], frame: Pick<Frame, 'projection' | 'view'>, screen: Point): MapCell | undefined {
  const at = groundAt(frame, screen)
  return cells.find((c) => pointInRing(at, c.boundary))
}

/** Twice the ring's area in square degrees: enough to compare sizes. */
function ringSize(ring: readonly LatLng[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [aLat = 0, aLng = 0] = ring[j] as LatLng
    const [bLat = 0, bLng = 0] = ring[i] as LatLng
    sum += (aLng + bLng) * (aLat - bLat)
  }
  return Math.abs(sum)
}

/** The areas holding a ground point, smallest first (a zone before its town, the district last). */
export function areasAt(areas: readonly MapArea[], at: LatLng): MapArea[] {
  return areas
    .filter((a) => a.polygon !== null && a.polygon.length >= 3 && pointInRing(at, a.polygon))
    .map((a) => ({ a, size: ringSize(a.polygon ?? []) }))
    .sort((x, y) => x.size - y.size || x.a.id - y.a.id)
    .map((x) => x.a)
}

/** The most specific area under a screen point (the district only where nothing smaller is). */
export function areaAtPoint(areas: readonly MapArea[], frame: Pick<Frame, 'projection' | 'view'>, screen: Point): MapArea | undefined {
  return areasAt(areas, groundAt(frame, screen))[0]
}

/** The centre of a cell's outline (the mean of its vertices). */
export function cellCentre(cell: Pick<MapCell, 'boundary'>): [number, number] {
  const n = cell.boundary.length || 1
  return [cell.boundary.reduce((s, p) => s + (p[0] ?? 0), 0) / n, cell.boundary.reduce((s, p) => s + (p[1] ?? 0), 0) / n]
}

/** Where a ground point is on screen. */
export function screenOf(frame: Pick<Frame, 'projection' | 'view'>, at: LatLng): Point {
  return toScreen(frame.view, project(frame.projection, at))
}

export const isDistrict = (a: Pick<MapArea, 'kind'>) => a.kind === 'district'
/** zones and carriers overlap the towns: labelled only when zoomed in enough to read both */
export const isCarrier = (a: Pick<MapArea, 'kind'>) => a.kind !== 'district' && a.kind !== 'town' && a.kind !== 'street'
/** Line and text colours, the same on the canvas and on WeChat's map. */
export const MAP_COLOURS = { district: '#14365d', outline: '#7d8da1', selection: '#1f6feb', label: '#1d2733' } as const
const CARRIER_LABEL_ZOOM = 1.8
const LABEL_FONT_PX = 12

function tracePath(ctx: Ctx2D, frame: Frame, ring: readonly LatLng[]): void {
  ctx.beginPath()
  ring.forEach((p, i) => {
    const s = screenOf(frame, p)
    if (i === 0) ctx.moveTo(s.x, s.y)
    else ctx.lineTo(s.x, s.y)
  })
  ctx.closePath()
}

/** True when the ring's screen box misses the canvas (nothing to draw). */
function offScreen(frame: Frame, ring: readonly LatLng[]): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const p of ring) {
    const s = screenOf(frame, p)
    minX = Math.min(minX, s.x)
    maxX = Math.max(maxX, s.x)
    minY = Math.min(minY, s.y)
    maxY = Math.max(maxY, s.y)
  }
  return maxX < 0 || maxY < 0 || minX > frame.size.width || minY > frame.size.height
}

export type Label = { text: string; x: number; y: number; width: number }

/**
 * Area names at their centres, skipping any that would overlap one already placed: towns and
 * streets first, then the zones and carriers once zoomed in.
 */
export function placeLabels(areas: readonly MapArea[], frame: Frame, measure: (text: string) => number): Label[] {
  const placed: Label[] = []
  const candidates = [...areas.filter((a) => !isDistrict(a) && !isCarrier(a)), ...(frame.view.zoom >= CARRIER_LABEL_ZOOM ? areas.filter(isCarrier) : [])]
  for (const a of candidates) {
    if (!a.center || !a.name) continue
    const { x, y } = screenOf(frame, a.center)
    if (x < 0 || y < 0 || x > frame.size.width || y > frame.size.height) continue
    const width = measure(a.name)
    const overlaps = placed.some((l) => Math.abs(l.x - x) * 2 < l.width + width + 4 && Math.abs(l.y - y) < LABEL_FONT_PX + 4)
    if (!overlaps) placed.push({ text: a.name, x, y, width })
  }
  return placed
}

export type DrawStats = { cells: number; labels: number }

/**
 * One full frame: background, district, area outlines, hexagons by colour class, the selection,
 * then area labels on top. Coordinates are CSS pixels; `dpr` scales them to the bitmap.
 */
export function drawMap(ctx: Ctx2D, scene: Scene, frame: Frame): DrawStats {
  const { width, height } = frame.size
  ctx.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0)
  ctx.clearRect(0, 0, width, height)
  ctx.globalAlpha = 1
  ctx.setLineDash([])
  ctx.lineJoin = 'round'
  ctx.fillStyle = '#e9eef4'
  ctx.fillRect(0, 0, width, height)

  const district = scene.areas.find(isDistrict)
  if (district?.polygon) {
    tracePath(ctx, frame, district.polygon)
    ctx.fillStyle = '#ffffff'
    ctx.fill()
  }

  let cells = 0
  ctx.globalAlpha = 0.85
  for (const cell of scene.cells) {
    if (offScreen(frame, cell.boundary)) continue
    tracePath(ctx, frame, cell.boundary)
    ctx.fillStyle = colourFor(cell.class, scene.classes)
    ctx.fill()
    cells++
  }
  ctx.globalAlpha = 1

  // outlines over the colour, so towns stay readable through the hexagons
  ctx.strokeStyle = MAP_COLOURS.outline
  ctx.lineWidth = 1
  for (const a of scene.areas) {
    if (!a.polygon || isDistrict(a)) continue
    ctx.setLineDash(isCarrier(a) ? [4, 3] : [])
    tracePath(ctx, frame, a.polygon)
    ctx.stroke()
  }
  ctx.setLineDash([])
  if (district?.polygon) {
    ctx.strokeStyle = MAP_COLOURS.district
    ctx.lineWidth = 2
    tracePath(ctx, frame, district.polygon)
    ctx.stroke()
  }

  const selected = scene.selected
  const ring =
    selected?.kind === 'cell' ? scene.cells.find((c) => c.h3 === selected.h3)?.boundary : selected?.kind === 'area' ? scene.areas.find((a) => a.code === selected.code)?.polygon : undefined
  if (ring) {
    ctx.strokeStyle = MAP_COLOURS.selection
    ctx.lineWidth = 3
    tracePath(ctx, frame, ring)
    ctx.stroke()
  }

  ctx.font = `${LABEL_FONT_PX}px sans-serif`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  const labels = placeLabels(scene.areas, frame, (text) => ctx.measureText(text).width)
  ctx.lineWidth = 3
  ctx.strokeStyle = '#ffffff'
  ctx.fillStyle = MAP_COLOURS.label
  for (const l of labels) {
    ctx.strokeText(l.text, l.x, l.y)
    ctx.fillText(l.text, l.x, l.y)
  }
  return { cells, labels: labels.length }
}
