import { HEATMAP_MAX_RES, HEATMAP_MIN_RES } from '@zhaoshang/contracts'

/** `[lat, lng]`, WGS-84, as the API sends coordinates (typed by the client as a plain list). */
export type LatLng = readonly number[]
export type Point = { x: number; y: number }
export type Size = { width: number; height: number }

/**
 * Equirectangular projection fitted to an outline, in CSS pixels of the canvas at zoom 1: x grows
 * east, y grows south; a degree of longitude is cos(latitude) of a degree of latitude, taken at
 * the outline's middle. At a district's size (tens of km) distances are off by under 0.1%.
 */
export type Projection = { lat0: number; lng0: number; cos0: number; scale: number; x0: number; y0: number }

const KM_PER_DEGREE_LAT = 111.32

export function fitProjection(outline: readonly LatLng[], size: Size, padding = 16): Projection {
  const lats = outline.map((p) => p[0] ?? 0)
  const lngs = outline.map((p) => p[1] ?? 0)
  const [south, north, west, east] = outline.length ? [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)] : [0, 0, 0, 0]
  const lat0 = (south + north) / 2
  const lng0 = (west + east) / 2
  const cos0 = Math.cos((lat0 * Math.PI) / 180)
  const spanX = Math.max((east - west) * cos0, 1e-9)
  const spanY = Math.max(north - south, 1e-9)
  const scale = Math.max(Math.min((size.width - 2 * padding) / spanX, (size.height - 2 * padding) / spanY), 1e-9)
  return { lat0, lng0, cos0, scale, x0: size.width / 2, y0: size.height / 2 }
}

export function project(p: Projection, [lat = 0, lng = 0]: LatLng): Point {
  return { x: p.x0 + (lng - p.lng0) * p.cos0 * p.scale, y: p.y0 - (lat - p.lat0) * p.scale }
}

export function unproject(p: Projection, { x, y }: Point): [number, number] {
  return [p.lat0 - (y - p.y0) / p.scale, p.lng0 + (x - p.x0) / (p.cos0 * p.scale)]
}

/** Zoom and pan over the fitted map: screen = fitted × zoom + pan. */
export type View = { zoom: number; panX: number; panY: number }
export const HOME_VIEW: View = { zoom: 1, panX: 0, panY: 0 }
export const MIN_ZOOM = 0.5
export const MAX_ZOOM = 8

export function toScreen(view: View, pt: Point): Point {
  return { x: pt.x * view.zoom + view.panX, y: pt.y * view.zoom + view.panY }
}

export function fromScreen(view: View, pt: Point): Point {
  return { x: (pt.x - view.panX) / view.zoom, y: (pt.y - view.panY) / view.zoom }
}

/** The map point under the screen point `anchor` stays where it is. */
export function zoomAt(view: View, factor: number, anchor: Point): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor))
  const k = zoom / view.zoom
  return { zoom, panX: anchor.x - (anchor.x - view.panX) * k, panY: anchor.y - (anchor.y - view.panY) * k }
}

/** Keeps the canvas centre over the map, so a drag cannot lose the district off screen. */
export function clampView(view: View, size: Size): View {
  const cx = size.width / 2
  const cy = size.height / 2
  const clamp = (pan: number, extent: number, centre: number) => Math.min(centre, Math.max(centre - extent * view.zoom, pan))
  return { zoom: view.zoom, panX: clamp(view.panX, size.width, cx), panY: clamp(view.panY, size.height, cy) }
}

export function panBy(view: View, dx: number, dy: number, size: Size): View {
  return clampView({ ...view, panX: view.panX + dx, panY: view.panY + dy }, size)
}

/** Screen pixels per km on the ground. */
export function pixelsPerKm(p: Projection, view: View): number {
  return (p.scale * view.zoom) / KM_PER_DEGREE_LAT
}

/** H3 average edge lengths (km) of the served resolutions. */
const EDGE_KM: Record<number, number> = { 6: 3.7245, 7: 1.4065, 8: 0.5314, 9: 0.2008 }
/** A hexagon narrower than this is too small to tap or to read. */
export const MIN_CELL_PX = 28

/** The finest served resolution whose hexagons are at least MIN_CELL_PX across at this scale. */
export function resolutionFor(pxPerKm: number): number {
  for (let res = HEATMAP_MAX_RES; res > HEATMAP_MIN_RES; res--) {
    if (Math.sqrt(3) * (EDGE_KM[res] as number) * pxPerKm >= MIN_CELL_PX) return res
  }
  return HEATMAP_MIN_RES
}
