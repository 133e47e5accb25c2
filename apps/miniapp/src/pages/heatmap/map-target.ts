import type { MapArea, MapCell, Selection } from './map-renderer'

/** What a tap on the map (or a row of the list) opens: a hexagon or an area. */
export type MapTarget = { kind: 'cell'; cell: MapCell } | { kind: 'area'; area: MapArea }

/** The map's props on every platform: the canvas in H5 (`heatmap-map.h5.tsx`), WeChat's own map in weapp (`heatmap-map.weapp.tsx`). */
export type HeatmapMapProps = {
  areas: readonly MapArea[]
  cells: readonly MapCell[]
  classes: number
  /** the answer the cells came from: its first drawn frame is marked for the timing test */
  answer: unknown
  selected?: Selection
  onSelect: (target: MapTarget) => void
  /** the H3 resolution that suits the zoom, whenever it changes */
  onResolution: (res: number) => void
}
