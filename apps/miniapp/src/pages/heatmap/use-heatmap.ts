import { useCallback, useEffect, useRef, useState } from 'react'
import { decodeHeatmapCells, type HeatmapMetric, type Language, type PremisesKind } from '@zhaoshang/contracts'
import { useApi } from '../../services/api-context'
import type { HeatmapAnswer, HeatmapWire } from './heatmap-types'
import { markTime } from './performance-marks'

export type HeatmapFilters = { metric: HeatmapMetric; industry?: string; kind?: PremisesKind }

export type HeatmapState = {
  status: 'loading' | 'ready' | 'error'
  /** the latest answer; kept on screen while the next one (other filters or zoom) loads */
  data?: HeatmapAnswer
  error?: unknown
}

/**
 * The heatmap for the filters and resolution, newest request wins. Industry filters projects,
 * kind filters premises: each is sent only with the metric it applies to.
 */
export function useHeatmap(filters: HeatmapFilters, res: number, language: Language): { state: HeatmapState; reload: () => void } {
  const api = useApi()
  const [state, setState] = useState<HeatmapState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const { metric, industry, kind } = filters

  useEffect(() => {
    const request = ++latest.current
    setState((s) => ({ status: 'loading', data: s.data }))
    const query = metric === 'space' ? { metric, res, kind, lang: language } : { metric, res, industry, lang: language }
    api.getHeatmap({ query }).then(
      (data) => {
        if (request !== latest.current) return
        markTime('heatmap:data')
        setState({ status: 'ready', data: decoded(data) })
      },
      (error: unknown) => {
        if (request === latest.current) setState((s) => ({ status: 'error', data: s.data, error }))
      },
    )
  }, [api, metric, industry, kind, res, language, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload }
}

/**
 * The answer with its column-coded cells decoded, once per answer: every cell highest value first,
 * with its rank, colour class, centre and outline as `[lat, lng]` vertices.
 */
export function decoded(wire: HeatmapWire): HeatmapAnswer {
  return { ...wire, cells: decodeHeatmapCells(wire.cells, wire.breaks) }
}
