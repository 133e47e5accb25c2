import { useMemo, useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import { HEATMAP_DEFAULT_RES, HEATMAP_METRICS, PREMISES_KINDS, type HeatmapMetric, type PremisesKind } from '@zhaoshang/contracts'
import { ChoiceChips, type Choice } from '../../components/choice-chips'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { useMeta } from '../../hooks/use-meta'
import { useApi } from '../../services/api-context'
import { localDay } from '../../services/format'
import { legendEntries, UNIT_OF } from './heatmap-format'
import { HeatmapList } from './heatmap-list'
import { HeatmapMap } from './heatmap-map'
import type { HeatmapAnswer } from './heatmap-types'
import type { MapArea, Selection } from './map-renderer'
import type { MapTarget } from './map-target'
import { PlaceSheet } from './place-sheet'
import { useHeatmap, type HeatmapFilters } from './use-heatmap'
import { useHeatmapTexts } from './use-heatmap-texts'
import './index.css'

type PageView = 'map' | 'list'
const ALL = ''
const isPremisesKind = (code: string): code is PremisesKind => (PREMISES_KINDS as readonly string[]).includes(code)

/**
 * The investment heatmap (投资热力图): hexagons coloured by landed investment, projects or
 * available space, filtered by industry (or premises type), on a map (WeChat's own map in the
 * mini-program, a canvas in a browser) or as a ranked list;
 * tapping a hexagon or an area opens its figures, premises and policies.
 */
export default function HeatmapPage() {
  const { t } = useHeatmapTexts()
  const { language } = useLanguage()
  const api = useApi()
  const { state: meta } = useMeta(language)
  const { state: areas, reload: reloadAreas } = useLoad(() => api.listAreas({ query: { lang: language } }), [api, language])
  const [filters, setFilters] = useState<HeatmapFilters>({ metric: 'investment' })
  const [res, setRes] = useState(HEATMAP_DEFAULT_RES)
  const [view, setView] = useState<PageView>('map')
  const [target, setTarget] = useState<MapTarget | undefined>()
  const { state: heat, reload } = useHeatmap(filters, res, language)

  const mapAreas = useMemo<MapArea[]>(
    () => (areas.status === 'ready' ? areas.data.items.map((a) => ({ id: a.id, code: a.code, kind: a.kind, name: a.name, polygon: a.polygon, center: a.center })) : []),
    [areas],
  )
  const answer = heat.data
  const selected: Selection | undefined = target?.kind === 'cell' ? { kind: 'cell', h3: target.cell.h3 } : target ? { kind: 'area', code: target.area.code } : undefined

  const change = (next: HeatmapFilters) => {
    setTarget(undefined)
    setFilters(next)
  }
  const pick = (current: string | undefined, value: string) => (value === ALL || value === current ? undefined : value)
  const all = (label: string, options: Choice[]): Choice[] => [{ value: ALL, label }, ...options]
  const filtered = filters.metric === 'space' ? filters.kind !== undefined : filters.industry !== undefined
  const sample = (answer?.sampleData ?? false) || (areas.status === 'ready' && areas.data.sampleData)

  return (
    <PageFrame title={t('feature.heatmap')}>
      <View id='heatmap' className='heatmap-page' data-state={heat.status} data-view={view} data-metric={answer?.metric} data-resolution={answer?.resolution} data-cells={answer?.cells.length}>
        <View className='heatmap-page__controls'>
          <ChoiceChips
            name='metric'
            options={HEATMAP_METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
            selected={[filters.metric]}
            onToggle={(metric) => change({ ...filters, metric: metric as HeatmapMetric })}
          />
          {meta.status === 'ready' && filters.metric !== 'space' && (
            <View className='heatmap-page__filter'>
              <Text className='heatmap-page__label'>{t('filter.industry')}</Text>
              <ScrollView scrollX className='heatmap-page__chips-scroll'>
                <ChoiceChips
                  name='industry'
                  options={all(
                    t('filter.industry.all'),
                    meta.meta.industries.map((i) => ({ value: i.code, label: i.name })),
                  )}
                  selected={[filters.industry ?? ALL]}
                  onToggle={(value) => change({ ...filters, industry: pick(filters.industry, value) })}
                />
              </ScrollView>
            </View>
          )}
          {meta.status === 'ready' && filters.metric === 'space' && (
            <View className='heatmap-page__filter'>
              <Text className='heatmap-page__label'>{t('filter.kind')}</Text>
              <ScrollView scrollX className='heatmap-page__chips-scroll'>
                <ChoiceChips
                  name='kind'
                  options={all(
                    t('filter.kind.all'),
                    meta.meta.spaceKinds.filter((k) => isPremisesKind(k.code)).map((k) => ({ value: k.code, label: k.name })),
                  )}
                  selected={[filters.kind ?? ALL]}
                  onToggle={(value) => {
                    const kind = pick(filters.kind, value)
                    change({ ...filters, kind: kind !== undefined && isPremisesKind(kind) ? kind : undefined })
                  }}
                />
              </ScrollView>
            </View>
          )}
          <ChoiceChips
            name='view'
            options={[
              { value: 'map', label: t('view.map') },
              { value: 'list', label: t('view.list') },
            ]}
            selected={[view]}
            onToggle={(value) => setView(value as PageView)}
          />
        </View>

        {areas.status === 'error' && <LoadError error={areas.error} onRetry={reloadAreas} />}
        {heat.status === 'error' && <LoadError error={heat.error} onRetry={reload} />}
        {heat.status === 'loading' && <Text className='heatmap-page__status'>{answer ? t('map.refreshing') : t('common:state.loading')}</Text>}

        {view === 'map' && heat.status !== 'error' && (
          <View className='heatmap-page__map'>
            <HeatmapMap
              areas={mapAreas}
              cells={answer?.cells ?? []}
              classes={answer?.breaks.length ?? 0}
              answer={answer}
              selected={selected}
              onSelect={setTarget}
              onResolution={setRes}
            />
            <Text className='heatmap-page__hint'>{t('map.hint')}</Text>
            {answer && <Legend answer={answer} />}
          </View>
        )}

        {answer && heat.status !== 'error' && answer.cells.length === 0 && (
          <View id='heatmap-empty' className='heatmap-page__empty'>
            <Text className='heatmap-page__empty-title'>{t('empty.title')}</Text>
            {filtered && (
              <View id='heatmap-empty-clear' className='heatmap-page__button' hoverClass='heatmap-page__pressed' onClick={() => change({ metric: filters.metric })}>
                <Text>{t('empty.clear')}</Text>
              </View>
            )}
          </View>
        )}

        {view === 'list' && answer && heat.status !== 'error' && (
          <HeatmapList data={answer} areaItems={areas.status === 'ready' ? areas.data.items : []} mapAreas={mapAreas} onSelect={setTarget} />
        )}

        <View className='heatmap-page__footer'>
          {answer?.lastUpdated && (
            <Text id='heatmap-updated' className='heatmap-page__muted'>
              {t('updated', { date: localDay(new Date(answer.lastUpdated)) })}
            </Text>
          )}
          {sample && (
            <View className='heatmap-page__sample-row'>
              <Text className='heatmap-page__sample' data-sample='true'>
                {t('common:sampleData')}
              </Text>
              <Text className='heatmap-page__muted'>{t('sampleNote')}</Text>
            </View>
          )}
        </View>

        {target && answer && <PlaceSheet target={target} answer={answer} language={language} onClose={() => setTarget(undefined)} />}
      </View>
    </PageFrame>
  )
}

function Legend({ answer }: { answer: HeatmapAnswer }) {
  const { t } = useHeatmapTexts()
  const entries = legendEntries(answer.breaks, UNIT_OF[answer.metric], t)
  if (entries.length === 0) return null
  return (
    <View id='heatmap-legend' className='heatmap-legend' data-classes={entries.length}>
      <Text className='heatmap-legend__title'>{t(`legend.${answer.metric}`)}</Text>
      <View className='heatmap-legend__entries'>
        {entries.map((e) => (
          <View key={e.cls} className='heatmap-legend__entry' data-class={e.cls}>
            <View className='heatmap-legend__swatch' style={{ background: e.colour }} />
            <Text className='heatmap-legend__label'>{e.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
