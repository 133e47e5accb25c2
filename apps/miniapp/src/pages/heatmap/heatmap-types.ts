import type { ApiClient } from '@zhaoshang/api-client'

// The answers as the generated client types them (coordinate pairs arrive as number[]).
export type HeatmapWire = Awaited<ReturnType<ApiClient['getHeatmap']>>
type WireCell = HeatmapWire['cells'][number]
/** The heatmap answer with each cell's compact outline decoded once, for drawing and hit tests. */
export type HeatmapAnswer = Omit<HeatmapWire, 'cells'> & { cells: (Omit<WireCell, 'outline'> & { boundary: [number, number][] })[] }
export type AreaListAnswer = Awaited<ReturnType<ApiClient['listAreas']>>
export type AreaAnswer = Awaited<ReturnType<ApiClient['getArea']>>
export type CellAnswer = Awaited<ReturnType<ApiClient['getHeatmapCell']>>
