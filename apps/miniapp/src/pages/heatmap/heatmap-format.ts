import type { HeatmapMetric, PriceUnit } from '@zhaoshang/contracts'
import type { TFunction } from '../../i18n'
import { groupDigits } from '../../services/format'
import type { HeatmapAnswer } from './heatmap-types'
import { colourFor } from './map-renderer'

export type Unit = HeatmapAnswer['unit']

export const UNIT_OF: Record<HeatmapMetric, Unit> = { investment: 'cny_100m', projects: 'count', space: 'm2' }

/** 亿元 to two decimals, counts and m² whole, digits grouped. */
export function plainNumber(value: number, unit: Unit): string {
  return groupDigits(unit === 'cny_100m' ? Math.round(value * 100) / 100 : Math.round(value))
}

/** A value with its unit, in the user's language: "12.5 亿元", "CNY 12.5 × 100 million", "12.5億元". */
export function valueLabel(value: number, unit: Unit, t: TFunction): string {
  return t(`heatmap:value.${unit}`, { value: plainNumber(value, unit) })
}

export type LegendEntry = { cls: number; colour: string; label: string }

/** One entry per colour class: "≤ b0", then "b(i-1)–b(i)". */
export function legendEntries(breaks: readonly number[], unit: Unit, t: TFunction): LegendEntry[] {
  return breaks.map((max, cls) => ({
    cls,
    colour: colourFor(cls, breaks.length),
    label:
      cls === 0
        ? t('heatmap:legend.upTo', { max: plainNumber(max, unit) })
        : t('heatmap:legend.range', { min: plainNumber(breaks[cls - 1] as number, unit), max: plainNumber(max, unit) }),
  }))
}

/** "25–30 元/m²·月", "45 万元/亩"; undefined without a price. */
export function priceLabel(p: { priceMin: number | null; priceMax: number | null; priceUnit: PriceUnit | null }, t: TFunction): string | undefined {
  if (!p.priceUnit || (p.priceMin === null && p.priceMax === null)) return undefined
  const [min, max] = [p.priceMin ?? p.priceMax, p.priceMax ?? p.priceMin] as [number, number]
  const price = min === max ? groupDigits(min) : `${groupDigits(min)}–${groupDigits(max)}`
  return t(`heatmap:price.${p.priceUnit}`, { price })
}
