import { useEffect, useMemo, useRef, useState } from 'react'
// named so it does not hide JavaScript's own Map
import { Map as WechatMap, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  areaLabels,
  areaPolygons,
  CARRIER_LABEL_SCALE,
  cellPolygons,
  cellShapes,
  cellsToDraw,
  centreOf,
  MAX_POLYGONS,
  resolutionForScale,
  scaledRegion,
  scaleToSpan,
  selectionLines,
  targetAt,
  toMapPoint,
  type GeoPoint,
  type Region,
} from './map-overlays'
import { isDistrict } from './map-renderer'
import type { HeatmapMapProps } from './map-target'
import { useHeatmapTexts } from './use-heatmap-texts'
import { ZoomButtons } from './zoom-buttons'

export const MAP_ID = 'heatmap-map'
const ZOOM_STEP = 2
// from a whole city down to a street: further out or in the hexagons say nothing
const MIN_SCALE = 8
const MAX_SCALE = 18
const FIT_PADDING_PX = 24
/** WeChat may report a tap on the map right after one on a label: that tap belongs to the label */
const LABEL_TAP_MS = 400

type MapView = { scale: number; latitude: number; region?: Region }
type Start = { centre: GeoPoint; scale: number; fit: GeoPoint[]; district: boolean }
type RegionChangeEvent = { type?: string; detail?: { type?: string; scale?: number; centerLocation?: GeoPoint; region?: Region } }
type TapEvent = { detail?: { latitude?: number; longitude?: number } }
type MarkerTapEvent = { detail?: { markerId?: number | string } }

/**
 * The map in WeChat: the heatmap's hexagons and area outlines as polygons on WeChat's own `map`,
 * so roads, stations and place names show under them. WeChat keeps the view (drag, pinch); this
 * component learns it from `regionchange` and picks the resolution from the scale. Coordinates
 * go to the map in GCJ-02, and taps come back from it in GCJ-02 (see map-overlays.ts).
 */
export function HeatmapMap({ areas, cells, classes, selected, onSelect, onResolution }: HeatmapMapProps) {
  const { t } = useHeatmapTexts()
  const district = areas.find(isDistrict)?.polygon
  const outline = useMemo(() => (district ?? cells.flatMap((c) => c.boundary)).map(toMapPoint), [district, cells])
  // where the map opens, fixed once the district is known: changing it later would move the
  // map away from where the investor took it
  const [start, setStart] = useState<Start | undefined>()
  const [view, setView] = useState<MapView | undefined>()
  const [failed, setFailed] = useState(false)
  const labelTapAt = useRef(0)

  useEffect(() => {
    // the cells' extent only until the district's outline arrives (or where it never does)
    if (outline.length >= 3 && (!start || (!start.district && district))) setStart({ centre: centreOf(outline), scale: scaleToSpan(outline), fit: outline, district: !!district })
  }, [outline, district, start])

  const scale = view?.scale ?? start?.scale
  // only once the map has said where it is: the starting scale is a guess the first fit corrects
  useEffect(() => {
    if (view) onResolution(resolutionForScale(view.scale, view.latitude))
  }, [view?.scale, view?.latitude])

  const shapes = useMemo(() => cellShapes(cells), [cells])
  // few cells: all drawn and never resent while the view moves; many: those in view, again after each move
  const drawn = useMemo(() => cellsToDraw(shapes, view?.region), [shapes, shapes.length > MAX_POLYGONS ? view?.region : undefined])
  const drawnKey = drawn.shapes.map((s) => s.cell.h3).join()
  const outlines = useMemo(() => areaPolygons(areas), [areas])
  const polygons = useMemo(() => [...cellPolygons(drawn.shapes, classes), ...outlines], [shapes, drawnKey, classes, outlines])
  const carriersNamed = (scale ?? 0) >= CARRIER_LABEL_SCALE
  const markers = useMemo(() => areaLabels(areas, carriersNamed ? CARRIER_LABEL_SCALE : 0), [areas, carriersNamed])
  const lines = useMemo(() => selectionLines(selected, shapes, areas), [selected, shapes, areas])

  const context = () => Taro.createMapContext(MAP_ID)
  /** the view from the map itself, where `regionchange` did not bring it */
  const readView = () => {
    const map = context()
    map.getScale({
      success: ({ scale: s }) =>
        map.getRegion({
          success: ({ northeast, southwest }) => setView({ scale: s, latitude: (northeast.latitude + southwest.latitude) / 2, region: { northeast, southwest } }),
        }),
    })
  }

  const onRegionChange = (event: RegionChangeEvent) => {
    const d = event.detail
    if (event.type !== 'end' && d?.type !== 'end') return
    if (d?.scale !== undefined && d.region && d.centerLocation) setView({ scale: d.scale, latitude: d.centerLocation.latitude, region: d.region })
    else readView()
  }

  const onTap = (event: TapEvent) => {
    if (Date.now() - labelTapAt.current < LABEL_TAP_MS) return
    const { latitude: lat, longitude: lng } = event.detail ?? {}
    if (typeof lat !== 'number' || typeof lng !== 'number') return
    const target = targetAt({ latitude: lat, longitude: lng }, drawn.shapes.map((s) => s.cell), areas)
    if (target) onSelect(target)
  }

  const onLabelTap = (event: MarkerTapEvent) => {
    labelTapAt.current = Date.now()
    const area = areas.find((a) => a.id === Number(event.detail?.markerId))
    if (area) onSelect({ kind: 'area', area })
  }

  // a fit WeChat refuses leaves the map where it is, still pinchable: nothing to tell the investor
  const fit = (points: GeoPoint[], padding: number) => void context().includePoints({ points, padding: [padding, padding, padding, padding], fail: () => undefined })
  const zoomBy = (factor: number) => {
    if (view?.region) fit(scaledRegion(view.region, 1 / factor), 0)
  }
  const showDistrict = () => {
    if (outline.length) fit(outline, FIT_PADDING_PX)
  }

  return (
    <View
      className='heatmap-map'
      aria-label={t('map.a11y')}
      data-ready={start && !failed ? 'true' : 'false'}
      data-scale={scale?.toFixed(2)}
      data-polygons={polygons.length}
    >
      {start && !failed && (
        <WechatMap
          id={MAP_ID}
          className='heatmap-map__native'
          latitude={start.centre.latitude}
          longitude={start.centre.longitude}
          scale={start.scale}
          minScale={MIN_SCALE}
          maxScale={MAX_SCALE}
          includePoints={start.fit}
          polygons={polygons}
          polyline={lines}
          markers={markers}
          showScale
          enableRotate={false}
          enableOverlooking={false}
          onTap={onTap}
          onRegionChange={onRegionChange}
          onMarkerTap={onLabelTap}
          onLabelTap={onLabelTap}
          // the first fit may come without a regionchange: ask the map once it has drawn
          onUpdated={() => view === undefined && readView()}
          onError={() => setFailed(true)}
        />
      )}
      {!start && !failed && <View className='heatmap-map__native' />}
      {failed && (
        <View id='heatmap-map-failed' className='heatmap-map__native heatmap-map__failed'>
          <Text>{t('map.failed')}</Text>
        </View>
      )}
      {drawn.capped && (
        <Text id='heatmap-map-partial' className='heatmap-map__note'>
          {t('map.partial', { shown: drawn.shapes.length, total: drawn.inView })}
        </Text>
      )}
      {start && !failed && <ZoomButtons onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onShowDistrict={showDistrict} />}
    </View>
  )
}
