import type { LatLng } from '../map-projection'
import type { MapArea } from '../map-renderer'

/** A regular hexagon around a point (`r` in degrees of latitude; longitude stretched for the district's latitude). */
export const hexagon = (lat: number, lng: number, r: number): LatLng[] =>
  Array.from({ length: 6 }, (_, i) => [lat + r * Math.sin((Math.PI / 3) * i), lng + r * 1.17 * Math.cos((Math.PI / 3) * i)] as LatLng)

/** A box from its south, west, north and east edges. */
export const square = (s: number, w: number, n: number, e: number): LatLng[] => [
  [s, w],
  [s, e],
  [n, e],
  [n, w],
]

// The district, a town in it and a zone in the town: enough nesting for labels, taps and outlines.
export const DISTRICT: MapArea = { id: 1, code: 'xiangcheng', kind: 'district', name: '相城区', polygon: square(31.37, 120.48, 31.52, 120.72), center: [31.445, 120.6] }
export const TOWN: MapArea = { id: 2, code: 'yuanhe', kind: 'street', name: '元和街道', polygon: square(31.4, 120.55, 31.48, 120.65), center: [31.44, 120.6] }
export const ZONE: MapArea = { id: 3, code: 'china_japan_zone', kind: 'cooperation_zone', name: '中日合作区', polygon: square(31.42, 120.58, 31.44, 120.61), center: [31.43, 120.595] }
export const AREAS = [DISTRICT, TOWN, ZONE]
