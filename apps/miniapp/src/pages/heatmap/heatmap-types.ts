import type { InvestorApiClient } from '@zhaoshang/api-client'
import type { HeatmapCell, HeatmapResponse } from '@zhaoshang/contracts'

/** The heatmap answer as it travels: its cells are columns (see the contracts' `HeatmapCells`). */
export type HeatmapWire = HeatmapResponse
/** The heatmap answer with its cells decoded once, highest value first, for drawing, hit tests and the list. */
export type HeatmapAnswer = Omit<HeatmapWire, 'cells'> & { cells: HeatmapCell[] }
// The other answers as the generated client types them (coordinate pairs arrive as number[]).
export type AreaListAnswer = Awaited<ReturnType<InvestorApiClient['listAreas']>>
export type AreaAnswer = Awaited<ReturnType<InvestorApiClient['getArea']>>
export type CellAnswer = Awaited<ReturnType<InvestorApiClient['getHeatmapCell']>>
