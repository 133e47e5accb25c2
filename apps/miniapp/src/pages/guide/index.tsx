import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import type { GuidePageSummary, GuideSection, GuideTree } from '@zhaoshang/contracts'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { useApi } from '../../services/api-context'
import { openGuideFaqSearch, openGuidePage } from './guide-navigation'
import { readProgress } from './procedure-progress'
import { useGuideTexts } from './use-guide-texts'
import './index.css'

/** The guide's home: its sections with their pages, and the FAQ search. */
export default function GuidePage() {
  const { t } = useGuideTexts()
  const { language } = useLanguage()
  const api = useApi()
  const { state, reload } = useLoad<GuideTree>(() => api.getGuide({ query: { lang: language } }), [api, language])
  const [text, setText] = useState('')
  // back from a procedure: show its ticks as they are now
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))

  const search = () => {
    if (text.trim()) openGuideFaqSearch(text.trim())
  }
  const tree = state.status === 'ready' ? state.data : undefined
  const someFallback = tree?.sections.some((s) => s.fallback || s.pages.some((p) => p.fallback)) ?? false

  return (
    <PageFrame title={t('feature.guide')}>
      <View id='guide' className='guide-page' data-state={state.status} data-shown={shown}>
        <View className='guide-page__hero'>
          <Text className='guide-page__title'>{t('guide:home.title')}</Text>
          <Text className='guide-page__intro'>{t('guide:home.intro')}</Text>
          <View className='guide-page__search'>
            <Input
              id='guide-search-input'
              className='guide-page__search-input'
              type='text'
              confirmType='search'
              value={text}
              maxlength={100}
              placeholder={t('guide:home.search.placeholder')}
              placeholderClass='guide-page__search-placeholder'
              onInput={(event) => setText(event.detail.value)}
              onConfirm={search}
            />
            <View id='guide-search-button' className='guide-page__search-button' hoverClass='guide-page__pressed' onClick={search}>
              <Text>{t('guide:home.search.button')}</Text>
            </View>
          </View>
        </View>
        {state.status === 'loading' && <Text className='guide-page__status'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
        {tree && tree.sections.length === 0 && <Text className='guide-page__status'>{t('guide:home.empty')}</Text>}
        {someFallback && <Text className='guide-page__fallback'>{t('guide:home.someFallback')}</Text>}
        {tree?.sections.map((section) => (
          <Section key={section.slug} section={section} />
        ))}
      </View>
    </PageFrame>
  )
}

function Section({ section }: { section: GuideSection }) {
  const { t } = useGuideTexts()
  return (
    <View id={`guide-section-${section.slug}`} className='guide-section' data-slug={section.slug} data-language={section.language}>
      <Text className='guide-section__title'>{section.title}</Text>
      {section.summary && <Text className='guide-section__summary'>{section.summary}</Text>}
      {section.fallback && <Text className='guide-section__language'>{t(`content.language.${section.language}`)}</Text>}
      <View className='guide-section__pages'>
        {section.pages.map((page) => (
          <PageItem key={page.slug} page={page} />
        ))}
      </View>
    </View>
  )
}

function PageItem({ page }: { page: GuidePageSummary }) {
  const { t } = useGuideTexts()
  const done = page.kind === 'procedure' ? readProgress(page.slug, page.count).length : 0
  const count =
    page.kind === 'procedure'
      ? done > 0
        ? t('guide:home.progress', { done, total: page.count })
        : t('guide:home.steps', { count: page.count })
      : page.kind === 'faq'
        ? t('guide:home.questions', { count: page.count })
        : null
  return (
    <View className='guide-item' data-slug={page.slug} data-kind={page.kind} data-fallback={page.fallback ? 'true' : undefined} hoverClass='guide-page__pressed' onClick={() => openGuidePage(page)}>
      <View className='guide-item__body'>
        <View className='guide-item__tags'>
          <Text className={`guide-item__kind guide-item__kind--${page.kind}`}>{t(`guide:kind.${page.kind}`)}</Text>
          {page.sample && <Text className='guide-item__sample'>{t('guide:sample.badge')}</Text>}
          {page.fallback && <Text className='guide-item__language'>{t(`content.language.${page.language}`)}</Text>}
        </View>
        <Text className='guide-item__title'>{page.title}</Text>
        {page.summary && <Text className='guide-item__summary'>{page.summary}</Text>}
        {count && (
          <Text className='guide-item__count' data-done={done}>
            {count}
          </Text>
        )}
      </View>
      <View className='guide-item__arrow' />
    </View>
  )
}
