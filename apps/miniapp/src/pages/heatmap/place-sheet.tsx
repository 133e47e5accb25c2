import type { ReactNode } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { HeatmapMetric, Language } from '@zhaoshang/contracts'
import { FallbackNote } from '../../components/fallback-note'
import { LoadError } from '../../components/load-error'
import { useLoad } from '../../hooks/use-load'
import { useApi } from '../../services/api-context'
import { groupDigits } from '../../services/format'
import { openIntentForm, openPolicy } from '../../services/navigation'
import { priceLabel, valueLabel } from './heatmap-format'
import { addPlaceToDraft } from './heatmap-intent'
import type { MapTarget } from './map-target'
import type { AreaAnswer, CellAnswer, HeatmapAnswer } from './heatmap-types'
import { openOnMap } from './open-location'
import { useHeatmapTexts } from './use-heatmap-texts'

const SHOWN_PROJECTS = 5
const SHOWN_POLICIES = 5

type AreaDetail = AreaAnswer
type Premises = AreaDetail['premises'][number]
type Project = AreaDetail['projects'][number]

/** A cell's or an area's detail in one shape for the sheet. */
export type PlaceDetail = {
  title: string
  description: string | null
  /** the area name is shown in another language */
  fallbackLanguage?: Language
  stats: AreaDetail['stats']
  /** for a cell: the areas it lies in, the most specific first (not the district) */
  areas: { code: string; name: string }[]
  industries: AreaDetail['industries']
  projects: Project[]
  projectsTotal: number
  premises: Premises[]
  policies: AreaDetail['policies']
  policiesTotal: number
  sampleData: boolean
  /** the area an intent about this place names */
  areaCode?: string
}

export function cellPlace(d: CellAnswer, unnamed: string, named: (place: string) => string): PlaceDetail {
  const areas = d.areas.filter((a) => a.kind !== 'district')
  const first = areas[0]
  return {
    title: first ? named(first.name) : unnamed,
    description: null,
    stats: d.stats,
    areas: areas.map((a) => ({ code: a.code, name: a.name })),
    industries: d.industries,
    projects: d.projects,
    projectsTotal: d.stats.projects,
    premises: d.premises,
    policies: d.policies,
    policiesTotal: d.policiesTotal,
    sampleData: d.sampleData,
    areaCode: first?.code,
  }
}

export function areaPlace(d: AreaDetail): PlaceDetail {
  return {
    title: d.name,
    description: d.description,
    fallbackLanguage: d.fallback ? d.language : undefined,
    stats: d.stats,
    areas: [],
    industries: d.industries,
    projects: d.projects,
    projectsTotal: d.stats.projects,
    premises: d.premises,
    policies: d.policies,
    policiesTotal: d.policiesTotal,
    sampleData: d.sampleData,
    areaCode: d.kind === 'district' ? undefined : d.code,
  }
}

type Props = {
  target: MapTarget
  /** the answer the map is drawn from: the sheet's figures use its filters */
  answer: HeatmapAnswer
  language: Language
  onClose: () => void
}

/** The bottom sheet of a tapped cell or area: figures, premises, projects, policies, an intent. */
export function PlaceSheet({ target, answer, language, onClose }: Props) {
  const { t } = useHeatmapTexts()
  const api = useApi()
  const industry = answer.filters.industry?.code
  const kind = answer.filters.kind ?? undefined
  const key = target.kind === 'cell' ? target.cell.h3 : target.area.code
  const { state, reload } = useLoad(
    () =>
      target.kind === 'cell'
        ? api
            .getHeatmapCell({ path: { cell: target.cell.h3 }, query: { industry, kind, lang: language } })
            .then((d) => cellPlace(d, t('list.cellUnnamed'), (place) => t('list.cellName', { place })))
        : api.getArea({ path: { id: target.area.id }, query: { lang: language } }).then(areaPlace),
    [api, key, industry, kind, language],
  )
  const title = state.status === 'ready' ? state.data.title : target.kind === 'area' ? target.area.name : t('list.cellUnnamed')

  return (
    <View
      id='heatmap-sheet'
      className='heatmap-sheet'
      data-kind={target.kind}
      data-cell={target.kind === 'cell' ? target.cell.h3 : undefined}
      data-area={target.kind === 'area' ? target.area.code : undefined}
      data-state={state.status}
    >
      <View className='heatmap-sheet__backdrop' onClick={onClose} />
      <View className='heatmap-sheet__panel' role='dialog' aria-label={title}>
        <View className='heatmap-sheet__header'>
          <Text className='heatmap-sheet__title'>{title}</Text>
          <View id='heatmap-sheet-close' className='heatmap-sheet__close' aria-label={t('sheet.close')} hoverClass='heatmap-page__pressed' onClick={onClose}>
            <Text>{t('sheet.close')}</Text>
          </View>
        </View>
        {target.kind === 'cell' && (
          <Text className='heatmap-sheet__rank' data-rank={target.cell.rank}>
            {t('sheet.rank', { metric: t(`metric.${answer.metric}`), rank: target.cell.rank, total: answer.cells.length })}
          </Text>
        )}
        <ScrollView scrollY className='heatmap-sheet__scroll'>
          {state.status === 'loading' && <Text className='heatmap-page__status'>{t('common:state.loading')}</Text>}
          {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
          {state.status === 'ready' && (
            <PlaceBody place={state.data} metric={answer.metric} filterName={target.kind === 'cell' ? answer.filters.industry?.name : undefined} industry={industry} />
          )}
        </ScrollView>
      </View>
    </View>
  )
}

type BodyProps = { place: PlaceDetail; metric: HeatmapMetric; filterName?: string; industry?: string }

function PlaceBody({ place, metric, filterName, industry }: BodyProps) {
  const { t } = useHeatmapTexts()
  const figures: { key: HeatmapMetric | 'premises'; label: string; value: string }[] = [
    { key: 'investment', label: t('sheet.figure.investment'), value: valueLabel(place.stats.investment, 'cny_100m', t) },
    { key: 'projects', label: t('sheet.figure.projects'), value: valueLabel(place.stats.projects, 'count', t) },
    { key: 'space', label: t('sheet.figure.space'), value: valueLabel(place.stats.availableArea, 'm2', t) },
    { key: 'premises', label: t('sheet.figure.premises'), value: valueLabel(place.stats.premises, 'count', t) },
  ]
  const startIntent = () => {
    addPlaceToDraft({ areaCode: place.areaCode, industry })
    openIntentForm()
  }
  const askAbout = (p: Premises) => {
    addPlaceToDraft({ areaCode: p.area?.code ?? place.areaCode, industry, spaceKind: p.kind, message: t('intent.aboutPremises', { name: p.name, code: p.code }) })
    openIntentForm()
  }
  const showOnMap = (p: Premises) => {
    void openOnMap({ lat: p.lat, lng: p.lng, name: p.name, address: p.area?.name ?? '' }).then((opened) => {
      if (!opened) void Promise.resolve(Taro.showToast({ title: t('sheet.premises.mapFailed'), icon: 'none' })).catch(() => undefined)
    })
  }

  return (
    <View className='heatmap-sheet__body'>
      {place.fallbackLanguage && <FallbackNote language={place.fallbackLanguage} />}
      {place.sampleData && (
        <Text className='heatmap-page__sample' data-sample='true'>
          {t('common:sampleData')}
        </Text>
      )}
      {place.description && <Text className='heatmap-sheet__text'>{place.description}</Text>}
      {filterName && <Text className='heatmap-sheet__muted'>{t('sheet.filtered', { name: filterName })}</Text>}
      <View className='heatmap-sheet__figures'>
        {figures.map((f) => (
          <View key={f.key} className={`heatmap-sheet__figure${f.key === metric ? ' heatmap-sheet__figure--current' : ''}`} data-figure={f.key}>
            <Text className='heatmap-sheet__figure-value'>{f.value}</Text>
            <Text className='heatmap-sheet__figure-label'>{f.label}</Text>
          </View>
        ))}
      </View>

      {place.areas.length > 0 && (
        <Section title={t('sheet.in')} id='heatmap-sheet-areas'>
          <View className='heatmap-sheet__tags'>
            {place.areas.map((a) => (
              <Text key={a.code} className='heatmap-sheet__tag' data-area={a.code}>
                {a.name}
              </Text>
            ))}
          </View>
        </Section>
      )}

      {place.industries.length > 0 && (
        <Section title={t('sheet.industries')} id='heatmap-sheet-industries'>
          <View className='heatmap-sheet__tags'>
            {place.industries.map((i) => (
              <Text key={i.code} className='heatmap-sheet__tag' data-industry={i.code}>
                {`${i.name} · ${valueLabel(i.investment, 'cny_100m', t)}`}
              </Text>
            ))}
          </View>
        </Section>
      )}

      <Section title={t('sheet.premises')} id='heatmap-sheet-premises'>
        {place.premises.length === 0 && <Text className='heatmap-sheet__muted'>{t('sheet.premises.none')}</Text>}
        {place.premises.map((p) => {
          const price = priceLabel(p, t)
          return (
            <View key={p.id} className='heatmap-sheet__premises' data-premises={p.code}>
              <View className='heatmap-sheet__line'>
                <Text className='heatmap-sheet__item-title'>{p.name}</Text>
                <Text className='heatmap-sheet__kind'>{p.kindName}</Text>
              </View>
              <Text className='heatmap-sheet__text'>{t('sheet.premises.available', { available: groupDigits(p.availableArea), total: groupDigits(p.totalArea) })}</Text>
              {(price || p.plotRatio !== null) && (
                <Text className='heatmap-sheet__text'>{[price, p.plotRatio !== null ? t('sheet.premises.plotRatio', { ratio: p.plotRatio }) : undefined].filter(Boolean).join(' · ')}</Text>
              )}
              {p.contactName !== '' && (
                <Text className='heatmap-sheet__muted' userSelect>
                  {t('sheet.premises.contact', { name: p.contactName, phone: p.contactPhone })}
                </Text>
              )}
              <Text className='heatmap-sheet__muted'>{t('sheet.premises.updated', { date: p.lastUpdated })}</Text>
              <View className='heatmap-sheet__actions'>
                <View className='heatmap-sheet__small-button' data-action='open-location' hoverClass='heatmap-page__pressed' onClick={() => showOnMap(p)}>
                  <Text>{t('sheet.premises.openMap')}</Text>
                </View>
                <View className='heatmap-sheet__small-button' data-action='ask-premises' hoverClass='heatmap-page__pressed' onClick={() => askAbout(p)}>
                  <Text>{t('sheet.premises.ask')}</Text>
                </View>
              </View>
            </View>
          )
        })}
      </Section>

      {place.projects.length > 0 && (
        <Section title={t('sheet.projects')} id='heatmap-sheet-projects'>
          {place.projects.slice(0, SHOWN_PROJECTS).map((p) => (
            <View key={p.id} className='heatmap-sheet__project' data-project={p.code}>
              <View className='heatmap-sheet__line'>
                <Text className='heatmap-sheet__item-title'>{p.name}</Text>
                <Text className='heatmap-sheet__amount'>{valueLabel(p.amount, 'cny_100m', t)}</Text>
              </View>
              <Text className='heatmap-sheet__muted'>{t('sheet.project.line', { industry: p.industry.name, year: p.year })}</Text>
            </View>
          ))}
          {place.projectsTotal > SHOWN_PROJECTS && <Text className='heatmap-sheet__muted'>{t('sheet.projects.more', { count: place.projectsTotal - SHOWN_PROJECTS })}</Text>}
        </Section>
      )}

      {place.policies.length > 0 && (
        <Section title={t('sheet.policies')} id='heatmap-sheet-policies'>
          {place.policies.slice(0, SHOWN_POLICIES).map((p) => (
            <View key={p.id} className='heatmap-sheet__policy' data-policy-id={p.id} hoverClass='heatmap-page__pressed' onClick={() => openPolicy(p.id)}>
              <Text className='heatmap-sheet__item-title heatmap-sheet__link'>{p.title}</Text>
              {p.summary && <Text className='heatmap-sheet__muted'>{p.summary}</Text>}
            </View>
          ))}
          {place.policiesTotal > SHOWN_POLICIES && <Text className='heatmap-sheet__muted'>{t('sheet.policies.more', { count: place.policiesTotal })}</Text>}
        </Section>
      )}

      <View id='heatmap-sheet-intent' className='heatmap-sheet__primary' hoverClass='heatmap-page__pressed' onClick={startIntent}>
        <Text>{t('sheet.intent')}</Text>
      </View>
    </View>
  )
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <View id={id} className='heatmap-sheet__section'>
      <Text className='heatmap-sheet__section-title'>{title}</Text>
      {children}
    </View>
  )
}
