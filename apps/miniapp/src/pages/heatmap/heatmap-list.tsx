import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { HeatmapMetric } from '@zhaoshang/contracts'
import { ChoiceChips } from '../../components/choice-chips'
import { UNIT_OF, valueLabel } from './heatmap-format'
import type { MapTarget } from './map-target'
import type { AreaListAnswer, HeatmapAnswer } from './heatmap-types'
import { areasAt, cellCentre, colourFor, PALETTE, type MapArea, type MapCell } from './map-renderer'
import { useHeatmapTexts } from './use-heatmap-texts'

const PAGE = 20

type AreaItem = AreaListAnswer['items'][number]
export type RankedList = 'cells' | 'areas'

/** An area's figure for a metric (area figures are not filtered by industry or kind). */
export function areaValue(area: AreaItem, metric: HeatmapMetric): number {
  return metric === 'investment' ? area.stats.investment : metric === 'projects' ? area.stats.projects : area.stats.availableArea
}

/** Areas (not the district itself) by a metric, highest first; equal values share a rank. */
export function rankAreas(items: readonly AreaItem[], metric: HeatmapMetric): { area: AreaItem; value: number; rank: number }[] {
  const sorted = items
    .filter((a) => a.kind !== 'district')
    .map((area) => ({ area, value: areaValue(area, metric) }))
    .sort((a, b) => b.value - a.value || a.area.name.localeCompare(b.area.name))
  const out: { area: AreaItem; value: number; rank: number }[] = []
  sorted.forEach((row, i) => {
    const prev = out[i - 1]
    out.push({ ...row, rank: prev && prev.value === row.value ? prev.rank : i + 1 })
  })
  return out
}

/** The most specific area a cell's centre lies in, other than the district (for its name in the list). */
export function placeOfCell(cell: MapCell, areas: readonly MapArea[]): MapArea | undefined {
  return areasAt(areas, cellCentre(cell)).find((a) => a.kind !== 'district')
}

type Props = {
  data: HeatmapAnswer
  areaItems: readonly AreaItem[]
  mapAreas: readonly MapArea[]
  onSelect: (target: MapTarget) => void
}

/** The map's data as ranked rows: by hexagon (as coloured) or by area (the areas' own figures). */
export function HeatmapList({ data, areaItems, mapAreas, onSelect }: Props) {
  const { t } = useHeatmapTexts()
  const [list, setList] = useState<RankedList>('cells')
  const [shown, setShown] = useState(PAGE)
  const unit = UNIT_OF[data.metric]
  const filtered = data.metric === 'space' ? data.filters.kind !== null : data.filters.industry !== null

  const cellRows = data.cells.slice(0, shown).map((cell) => {
    const place = placeOfCell(cell, mapAreas)
    return {
      key: cell.h3,
      rank: cell.rank,
      name: place ? t('list.cellName', { place: place.name }) : t('list.cellUnnamed'),
      value: cell.value,
      colour: colourFor(cell.class, data.breaks.length),
      open: () => onSelect({ kind: 'cell', cell }),
      attributes: { 'data-h3': cell.h3 },
    }
  })
  const ranked = rankAreas(areaItems, data.metric)
  const areaRows = ranked.slice(0, shown).map(({ area, value, rank }) => ({
    key: area.code,
    rank,
    name: area.name,
    value,
    colour: PALETTE[2] as string,
    open: () => {
      const mapArea = mapAreas.find((a) => a.code === area.code)
      if (mapArea) onSelect({ kind: 'area', area: mapArea })
    },
    attributes: { 'data-area': area.code },
  }))
  const rows = list === 'cells' ? cellRows : areaRows
  const total = list === 'cells' ? data.cells.length : ranked.length
  const max = Math.max(...rows.map((r) => r.value), 0)

  return (
    <View id='heatmap-list' className='heatmap-list' data-list={list}>
      <ChoiceChips
        name='list'
        options={[
          { value: 'cells', label: t('list.cells') },
          { value: 'areas', label: t('list.areas') },
        ]}
        selected={[list]}
        onToggle={(value) => {
          setList(value as RankedList)
          setShown(PAGE)
        }}
      />
      {list === 'areas' && filtered && <Text className='heatmap-list__note'>{t(data.metric === 'space' ? 'list.areasAllKinds' : 'list.areasAllIndustries')}</Text>}
      {rows.length === 0 && <Text className='heatmap-list__note'>{t('list.empty')}</Text>}
      {rows.map((row) => (
        <View key={row.key} className='heatmap-list__row' data-rank={row.rank} {...row.attributes} hoverClass='heatmap-page__pressed' onClick={row.open}>
          <Text className='heatmap-list__rank'>{t('list.rank', { rank: row.rank })}</Text>
          <View className='heatmap-list__body'>
            <View className='heatmap-list__line'>
              <Text className='heatmap-list__name'>{row.name}</Text>
              <Text className='heatmap-list__value'>{valueLabel(row.value, unit, t)}</Text>
            </View>
            <View className='heatmap-list__bar'>
              <View className='heatmap-list__bar-fill' style={{ width: `${max > 0 ? Math.max(2, (row.value / max) * 100) : 0}%`, background: row.colour }} />
            </View>
          </View>
        </View>
      ))}
      {total > shown && (
        <View id='heatmap-list-more' className='heatmap-list__more' hoverClass='heatmap-page__pressed' onClick={() => setShown((n) => n + PAGE)}>
          <Text>{t('list.more')}</Text>
        </View>
      )}
    </View>
  )
}
