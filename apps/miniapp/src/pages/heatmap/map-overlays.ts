import type { MapProps } from '@tarojs/components'
import { gcj02ToWgs84, wgs84ToGcj02 } from './coordinates'
import { resolutionFor, type LatLng } from './map-projection'
import { areasAt, colourFor, isCarrier, isDistrict, MAP_COLOURS, pointInRing, type MapArea, type MapCell, type Selection } from './map-renderer'
import type { MapTarget } from './map-target'

/**
 * What WeChat's `map` draws for the heatmap, built without the component so it can be tested:
 * polygons, outlines and labels in GCJ-02 (the API's coordinates are WGS-84), the cell or area
 * under a tap, and the H3 resolution for the map's scale.
 */

/** `{ latitude, longitude }`, as WeChat's map takes and gives points (GCJ-02 there). */
export type GeoPoint = { latitude: number; longitude: number }
/** The visible box, GCJ-02, as `regionchange` and `MapContext.getRegion` report it. */
export type Region = { northeast: GeoPoint; southwest: GeoPoint }

export type CellShape = {
  cell: MapCell
  /** the outline in GCJ-02, closed (the first point again at the end) */
  points: GeoPoint[]
  box: { south: number; west: number; north: number; east: number }
}

/** 1e-6° (about 0.1 m) is finer than anything drawn, and keeps what WeChat is sent short. */
const round6 = (v: number) => Math.round(v * 1e6) / 1e6

/** A WGS-84 `[lat, lng]` as a GCJ-02 point for WeChat's map. */
export function toMapPoint([lat = 0, lng = 0]: LatLng): GeoPoint {
  const p = wgs84ToGcj02(lat, lng)
  return { latitude: round6(p.latitude), longitude: round6(p.longitude) }
}

/** A WGS-84 ring (not closed, as the API sends it) as closed GCJ-02 points. */
export function toMapRing(ring: readonly LatLng[]): GeoPoint[] {
  const points = ring.map(toMapPoint)
  const first = points[0]
  return first ? [...points, first] : points
}

/** Every cell converted once per answer: what the map draws and what culling compares. */
export function cellShapes(cells: readonly MapCell[]): CellShape[] {
  return cells.map((cell) => {
    const points = toMapRing(cell.boundary)
    const lats = points.map((p) => p.latitude)
    const lngs = points.map((p) => p.longitude)
    return { cell, points, box: { south: Math.min(...lats), west: Math.min(...lngs), north: Math.max(...lats), east: Math.max(...lngs) } }
  })
}

/** Polygons WeChat's map stays quick with; a district's answer rarely comes near it (198 projects: 190 cells at res 9). */
export const MAX_POLYGONS = 300
/** what is drawn around the view, as a share of its size on each side, so a short drag shows no gap */
const VIEW_MARGIN = 0.25

export type DrawnCells = { shapes: CellShape[]; inView: number; capped: boolean }

/**
 * The cells to draw: all of them while they are few; otherwise those in or near the view,
 * highest values first (the answer's order), at most MAX_POLYGONS.
 */
export function cellsToDraw(shapes: readonly CellShape[], view: Region | undefined): DrawnCells {
  if (shapes.length <= MAX_POLYGONS) return { shapes: [...shapes], inView: shapes.length, capped: false }
  let near = [...shapes]
  if (view) {
    const { northeast: ne, southwest: sw } = view
    const dLat = (ne.latitude - sw.latitude) * VIEW_MARGIN
    const dLng = (ne.longitude - sw.longitude) * VIEW_MARGIN
    near = shapes.filter(({ box }) => box.north >= sw.latitude - dLat && box.south <= ne.latitude + dLat && box.east >= sw.longitude - dLng && box.west <= ne.longitude + dLng)
  }
  return { shapes: near.slice(0, MAX_POLYGONS), inView: near.length, capped: near.length > MAX_POLYGONS }
}

/** `#rrggbb` plus an alpha byte: WeChat's map takes `#rrggbbaa`. */
const withAlpha = (colour: string, alpha: number) => `${colour}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`
/** lighter than the canvas's 0.85: roads and buildings show through the colour */
export const CELL_FILL_ALPHA = 0.6
const TRANSPARENT = '#00000000'
// Under WeChat's own place names and station icons, above its roads and buildings.
const LEVEL = 'abovebuildings'
const Z = { cells: 1, areas: 2, district: 3 } as const

/** One polygon per cell, in the colour of its class: the legend's colours, translucent. */
export function cellPolygons(shapes: readonly CellShape[], classes: number): MapProps.polygon[] {
  return shapes.map(({ cell, points }) => {
    const colour = colourFor(cell.class, classes)
    return { points, fillColor: withAlpha(colour, CELL_FILL_ALPHA), strokeColor: withAlpha(colour, 1), strokeWidth: 1, zIndex: Z.cells, level: LEVEL }
  })
}

/** Area outlines over the cells: the district in navy, towns and streets in grey, zones and carriers dashed. */
export function areaPolygons(areas: readonly MapArea[]): MapProps.polygon[] {
  return areas
    .filter((a) => a.polygon !== null && a.polygon.length >= 3)
    .map((a) => {
      const district = isDistrict(a)
      return {
        points: toMapRing(a.polygon ?? []),
        fillColor: TRANSPARENT,
        strokeColor: withAlpha(district ? MAP_COLOURS.district : MAP_COLOURS.outline, 1),
        strokeWidth: district ? 2 : 1,
        ...(isCarrier(a) ? { dashArray: [6, 4] } : {}),
        zIndex: district ? Z.district : Z.areas,
        level: LEVEL,
      }
    })
}

/** The selected cell's or area's outline, drawn as a line so a new selection does not resend every polygon. */
export function selectionLines(selected: Selection | undefined, shapes: readonly CellShape[], areas: readonly MapArea[]): MapProps.polyline[] {
  let points: GeoPoint[] | undefined
  if (selected?.kind === 'cell') points = shapes.find((s) => s.cell.h3 === selected.h3)?.points
  if (selected?.kind === 'area') {
    const ring = areas.find((a) => a.code === selected.code)?.polygon
    points = ring ? toMapRing(ring) : undefined
  }
  // a line's default level is above everything, WeChat's labels included: the selection stands out
  return points ? [{ points, color: withAlpha(MAP_COLOURS.selection, 1), width: 3 }] : []
}

/** Zones and carriers are named from this scale on, where they no longer crowd the towns' names. */
export const CARRIER_LABEL_SCALE = 12
const LABEL_FONT_PX = 12
const LABEL_PADDING_PX = 3

/** Roughly how wide a label is: CJK and kana a full em, Latin about half. */
function labelWidth(text: string): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.55
  return Math.round(em * LABEL_FONT_PX + 2 * LABEL_PADDING_PX)
}

/**
 * Area names as labels at the areas' label points: towns and streets always, zones and carriers
 * once zoomed in. The marker itself is one transparent pixel (an empty icon path); its id is the
 * area's, so tapping the name opens the area.
 */
export function areaLabels(areas: readonly MapArea[], scale: number): MapProps.marker[] {
  const shown = areas.filter((a) => !isDistrict(a) && a.center && a.name && (!isCarrier(a) || scale >= CARRIER_LABEL_SCALE))
  return shown.map((a) => {
    const at = toMapPoint(a.center ?? [])
    return {
      id: a.id,
      ...at,
      iconPath: '',
      width: 1,
      height: 1,
      ariaLabel: a.name,
      label: {
        content: a.name,
        color: MAP_COLOURS.label,
        fontSize: LABEL_FONT_PX,
        anchorX: -Math.round(labelWidth(a.name) / 2),
        anchorY: -Math.round(LABEL_FONT_PX / 2 + LABEL_PADDING_PX),
        borderWidth: 0,
        borderColor: TRANSPARENT,
        borderRadius: 4,
        bgColor: '#ffffffcc',
        padding: LABEL_PADDING_PX,
        textAlign: 'center',
      },
    }
  })
}

/**
 * What a tap at a GCJ-02 point on the map opens: the drawn cell under it, else the most specific
 * area (the district only where nothing smaller is), else nothing. The tap goes back to WGS-84
 * and is tested against the API's own outlines, the ones the polygons were made from.
 */
export function targetAt(point: GeoPoint, cells: readonly MapCell[], areas: readonly MapArea[]): MapTarget | undefined {
  const w = gcj02ToWgs84(point.latitude, point.longitude)
  const at: LatLng = [w.latitude, w.longitude]
  const cell = cells.find((c) => pointInRing(at, c.boundary))
  if (cell) return { kind: 'cell', cell }
  const area = areasAt(areas, at)[0]
  return area ? { kind: 'area', area } : undefined
}

const EARTH_CIRCUMFERENCE_KM = 40075.016686
/**
 * Screen pixels per km at a WeChat map scale: the scale is a web-Mercator zoom level over 256-px
 * tiles, so a pixel covers circumference × cos(latitude) / (256 × 2^scale).
 */
export function pixelsPerKmAtScale(scale: number, latitude: number): number {
  return (256 * 2 ** scale) / (EARTH_CIRCUMFERENCE_KM * Math.cos((latitude * Math.PI) / 180))
}

/** The H3 resolution for the map's scale, by the canvas's rule (the finest whose hexagons are still MIN_CELL_PX across). */
export function resolutionForScale(scale: number, latitude: number): number {
  return resolutionFor(pixelsPerKmAtScale(scale, latitude))
}

/** A scale to start from before WeChat has fitted the outline: about the one whose view spans it on a phone. */
export function scaleToSpan(points: readonly GeoPoint[], widthPx = 320): number {
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  const cos = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180)
  const kmPerDegree = EARTH_CIRCUMFERENCE_KM / 360
  const spanKm = Math.max((Math.max(...lngs) - Math.min(...lngs)) * cos, Math.max(...lats) - Math.min(...lats)) * kmPerDegree
  return spanKm > 0 ? Math.round(Math.log2((widthPx * EARTH_CIRCUMFERENCE_KM * cos) / (256 * spanKm))) : 16
}

/** The centre of the points' box. */
export function centreOf(points: readonly GeoPoint[]): GeoPoint {
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  return { latitude: (Math.min(...lats) + Math.max(...lats)) / 2, longitude: (Math.min(...lngs) + Math.max(...lngs)) / 2 }
}

/** The corners of a region `factor` times as wide and high around the same centre: what zooming asks WeChat to fit. */
export function scaledRegion({ northeast: ne, southwest: sw }: Region, factor: number): GeoPoint[] {
  const c = { latitude: (ne.latitude + sw.latitude) / 2, longitude: (ne.longitude + sw.longitude) / 2 }
  const halfLat = ((ne.latitude - sw.latitude) * factor) / 2
  const halfLng = ((ne.longitude - sw.longitude) * factor) / 2
  return [
    { latitude: c.latitude + halfLat, longitude: c.longitude + halfLng },
    { latitude: c.latitude - halfLat, longitude: c.longitude - halfLng },
  ]
}
