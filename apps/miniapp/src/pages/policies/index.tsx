import { useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import type { PolicySummary } from '@zhaoshang/contracts'
import type { Language } from '@zhaoshang/i18n'
import { useTranslation } from '../../i18n'
import { ChoiceChips, type Choice } from '../../components/choice-chips'
import { LoadError } from '../../components/load-error'
import { PolicyCard } from '../../components/policy-card'
import { Toggle } from '../../components/toggle'
import { PageFrame } from '../../components/page-frame'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { useLanguage } from '../../hooks/use-language'
import { useMeta } from '../../hooks/use-meta'
import { NO_FILTERS, usePolicySearch, type PolicyFilters, type PolicySort } from '../../hooks/use-policy-search'
import { toUserError } from '../../services/errors'
import { openFeature, openPolicy, openPolicyMatch } from '../../services/navigation'
import './index.css'

export const SEARCH_DELAY_MS = 300
const SORTS: readonly PolicySort[] = ['relevance', 'newest']
const ALL = ''

export default function PoliciesPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { state: meta, reload: reloadMeta } = useMeta(language)

  const [text, setText] = useState('')
  const [q, searchNow] = useDebouncedValue(text, SEARCH_DELAY_MS)
  const [filters, setFilters] = useState<PolicyFilters>(NO_FILTERS)
  const [sort, setSort] = useState<PolicySort>('relevance')
  const [filtersOpen, setFiltersOpen] = useState(false)
  const { state, loadMore, retry } = usePolicySearch({ q, filters, sort, language })
  const departments = useKnownDepartments(state.status === 'ready' ? state.items : [], language, filters.department)

  useReachBottom(loadMore)

  const activeFilters = [filters.category, filters.industry, filters.department].filter(Boolean).length + (filters.validOnly ? 1 : 0)
  const setFilter = (change: Partial<PolicyFilters>) => setFilters((current) => ({ ...current, ...change }))
  const clearAll = () => {
    setFilters(NO_FILTERS)
    setText('')
  }
  const all = (options: Choice[]): Choice[] => [{ value: ALL, label: t('policies.filters.all') }, ...options]
  const single = (value: string | undefined) => [value ?? ALL]
  const pick = (current: string | undefined, value: string) => (value === ALL || value === current ? undefined : value)

  return (
    <PageFrame title={t('feature.policies')} tab>
      <View id='policies' className='policies-page'>
        <View className='policies-page__search'>
          <Input
            id='policy-search-input'
            className='policies-page__search-input'
            type='text'
            confirmType='search'
            value={text}
            maxlength={100}
            placeholder={t('policies.search.placeholder')}
            placeholderClass='policies-page__search-placeholder'
            onInput={(event) => setText(event.detail.value)}
            onConfirm={searchNow}
          />
          {text !== '' && (
            <View id='policy-search-clear' className='policies-page__search-clear' hoverClass='policies-page__pressed' onClick={() => setText('')}>
              <Text>{t('policies.search.clear')}</Text>
            </View>
          )}
        </View>

        <View id='policies-match-entry' className='policies-page__match' hoverClass='policies-page__pressed' onClick={openPolicyMatch}>
          <View className='policies-page__match-body'>
            <Text className='policies-page__match-title'>{t('policies.matchEntry.title')}</Text>
            <Text className='policies-page__match-text'>{t('policies.matchEntry.description')}</Text>
          </View>
          <Text className='policies-page__match-button'>{t('policies.matchEntry.button')}</Text>
        </View>

        <View className='policies-page__toolbar'>
          <View
            id='policies-filter-toggle'
            className={`policies-page__filter-toggle${filtersOpen ? ' policies-page__filter-toggle--open' : ''}`}
            data-active={activeFilters}
            hoverClass='policies-page__pressed'
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            <Text>{activeFilters ? t('policies.filters.toggleActive', { count: activeFilters }) : t('policies.filters.toggle')}</Text>
          </View>
          <ChoiceChips
            name='sort'
            options={SORTS.map((value) => ({ value, label: t(`policies:sort.${value}`) }))}
            selected={[sort]}
            onToggle={(value) => setSort(value as PolicySort)}
          />
        </View>

        {filtersOpen && (
          <View id='policies-filters' className='policies-page__filters'>
            {meta.status === 'error' && <LoadError error={meta.error} onRetry={reloadMeta} />}
            {meta.status === 'ready' && (
              <>
                <Text className='policies-page__filter-label'>{t('policies.filters.category')}</Text>
                <ChoiceChips
                  name='category'
                  options={all(meta.meta.policyCategories.map((c) => ({ value: c.code, label: c.name })))}
                  selected={single(filters.category)}
                  onToggle={(value) => setFilter({ category: pick(filters.category, value) })}
                />
                <Text className='policies-page__filter-label'>{t('policies.filters.industry')}</Text>
                <ChoiceChips
                  name='industry'
                  options={all(meta.meta.industries.map((i) => ({ value: i.code, label: i.name })))}
                  selected={single(filters.industry)}
                  onToggle={(value) => setFilter({ industry: pick(filters.industry, value) })}
                />
              </>
            )}
            {departments.length > 0 && (
              <>
                <Text className='policies-page__filter-label'>{t('policies.filters.department')}</Text>
                <ChoiceChips
                  name='department'
                  options={all(departments.map((d) => ({ value: d, label: d })))}
                  selected={single(filters.department)}
                  onToggle={(value) => setFilter({ department: pick(filters.department, value) })}
                />
              </>
            )}
            <Toggle
              id='policies-filter-valid'
              label={t('policies.filters.validOnly')}
              checked={filters.validOnly}
              onChange={(validOnly) => setFilter({ validOnly })}
            />
            {activeFilters > 0 && (
              <View id='policies-filter-clear' className='policies-page__link' hoverClass='policies-page__pressed' onClick={() => setFilters(NO_FILTERS)}>
                <Text>{t('policies.filters.clear')}</Text>
              </View>
            )}
          </View>
        )}

        <View className='policies-page__results' data-state={state.status}>
          {state.status === 'loading' && <Text className='policies-page__status'>{t('policies.results.searching')}</Text>}
          {state.status === 'error' && <LoadError error={state.error} onRetry={retry} />}
          {state.status === 'ready' && state.total > 0 && (
            <Text className='policies-page__count' data-total={state.total}>
              {t('policies.results.count', { count: state.total })}
            </Text>
          )}
          {state.status === 'ready' && state.total === 0 && (
            <View id='policies-empty' className='policies-page__empty'>
              <Text className='policies-page__empty-title'>{t('policies.empty.title')}</Text>
              <Text className='policies-page__empty-text'>{t('policies.empty.hint')}</Text>
              <View className='policies-page__empty-actions'>
                {(activeFilters > 0 || q.trim() !== '') && (
                  <View id='policies-empty-clear' className='policies-page__button policies-page__button--secondary' hoverClass='policies-page__pressed' onClick={clearAll}>
                    <Text>{t('policies.empty.clear')}</Text>
                  </View>
                )}
                <View id='policies-empty-concierge' className='policies-page__button' hoverClass='policies-page__pressed' onClick={() => openFeature('concierge')}>
                  <Text>{t('policies.empty.concierge')}</Text>
                </View>
              </View>
            </View>
          )}
          {state.items.map((policy: PolicySummary) => (
            <PolicyCard key={policy.id} policy={policy} onOpen={openPolicy} />
          ))}
          {state.status === 'ready' && state.items.length > 0 && (
            <MoreFooter
              more={state.more}
              moreError={state.moreError}
              hasMore={state.items.length < state.total}
              onMore={loadMore}
            />
          )}
        </View>
      </View>
    </PageFrame>
  )
}

function MoreFooter({ more, moreError, hasMore, onMore }: { more: 'idle' | 'loading' | 'error'; moreError: unknown; hasMore: boolean; onMore: () => void }) {
  const { t } = useTranslation()
  if (more === 'loading') return <Text className='policies-page__footer' data-more='loading'>{t('policies.results.loadingMore')}</Text>
  if (more === 'error') {
    return (
      <View id='policies-load-more' className='policies-page__footer policies-page__footer--error' data-more='error' onClick={onMore}>
        <Text>{toUserError(moreError, t).message}</Text>
        <Text className='policies-page__link'>{t('action.retry')}</Text>
      </View>
    )
  }
  if (!hasMore) return <Text className='policies-page__footer' data-more='end'>{t('policies.results.end')}</Text>
  return (
    <View id='policies-load-more' className='policies-page__footer' data-more='idle' hoverClass='policies-page__pressed' onClick={onMore}>
      <Text className='policies-page__link'>{t('policies.results.loadMore')}</Text>
    </View>
  )
}

/**
 * The departments of the policies seen so far, for the department filter (the reference data
 * has no list of departments). Starts over when the language changes; keeps the chosen one.
 */
function useKnownDepartments(items: readonly PolicySummary[], language: Language, selected: string | undefined): string[] {
  const known = useRef({ language, names: new Set<string>() })
  if (known.current.language !== language) known.current = { language, names: new Set() }
  for (const policy of items) if (policy.department.trim() && policy.language === language) known.current.names.add(policy.department.trim())
  if (selected) known.current.names.add(selected)
  return [...known.current.names].sort((a, b) => a.localeCompare(b))
}
