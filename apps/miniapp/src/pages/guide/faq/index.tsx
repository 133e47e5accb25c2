import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { GuideFaq, GuideFaqResult, GuidePageDetail, Language } from '@zhaoshang/contracts'
import { FallbackNote } from '../../../components/fallback-note'
import { LoadError } from '../../../components/load-error'
import { useDebouncedValue } from '../../../hooks/use-debounced-value'
import { useLanguage } from '../../../hooks/use-language'
import { useLoad } from '../../../hooks/use-load'
import { useApi } from '../../../services/api-context'
import { openFeature } from '../../../services/navigation'
import { GuideFooter, GuideHeader } from '../components/guide-parts'
import { PageFrame } from '../../../components/page-frame'
import { decodedParam, openGuidePage, slugParam } from '../guide-navigation'
import { useGuidePage } from '../use-guide-page'
import { useGuideTexts } from '../use-guide-texts'
import './index.css'

export const FAQ_SEARCH_DELAY_MS = 300

/**
 * The guide's FAQ: a page's questions and answers, and a search over every FAQ entry (the
 * server's word segmentation, so 地铁 finds 地铁规划 and 容積率 the plot ratio). Opened from the
 * guide's home with `?q=`, it starts with that search.
 */
export default function GuideFaqPage() {
  const { t } = useGuideTexts()
  const { params } = useRouter()
  const hasPage = slugParam(params.slug) !== undefined
  const [text, setText] = useState(() => decodedParam(params.q).slice(0, 100))
  const [q, searchNow] = useDebouncedValue(text.trim(), FAQ_SEARCH_DELAY_MS)
  // at the page's top level, so WeChat's share menu is the page's (without a slug it asks nothing)
  const page = useGuidePage(['faq'])

  return (
    <PageFrame title={t('feature.guide')}>
      <View id='guide-faq' className='guide-detail'>
        <View className='guide-faq__search'>
          <Input
            id='guide-faq-input'
            className='guide-faq__input'
            type='text'
            confirmType='search'
            value={text}
            maxlength={100}
            placeholder={t('guide:faq.search.placeholder')}
            placeholderClass='guide-faq__placeholder'
            onInput={(event) => setText(event.detail.value)}
            onConfirm={searchNow}
          />
        </View>
        {q !== '' ? <SearchResults q={q} /> : hasPage ? <FaqPage {...page} /> : <Text className='guide-faq__prompt'>{t('guide:faq.prompt')}</Text>}
        {q !== '' && text !== '' && hasPage && (
          <View id='guide-faq-show-all' className='guide-faq__show-all' hoverClass='guide-detail__pressed' onClick={() => setText('')}>
            <Text>{t('guide:faq.showAll')}</Text>
          </View>
        )}
      </View>
    </PageFrame>
  )
}

function FaqPage({ state, reload, share, wrongKind }: ReturnType<typeof useGuidePage>) {
  const { t } = useGuideTexts()
  return (
    <View id='guide-faq-page' data-state={wrongKind ? 'loading' : state.status}>
      {state.status === 'loading' && <Text className='guide-detail__status'>{t('state.loading')}</Text>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && !wrongKind && <Entries page={state.data} share={share} />}
    </View>
  )
}

function Entries({ page, share }: { page: GuidePageDetail; share: Parameters<typeof GuideFooter>[0]['share'] }) {
  return (
    <View className='guide-detail__content' data-slug={page.slug} data-language={page.language}>
      <GuideHeader page={page} />
      <View className='guide-detail__card'>
        {page.faqs.map((faq, index) => (
          <Entry key={index} faq={faq} index={index} />
        ))}
      </View>
      <GuideFooter page={page} share={share} />
    </View>
  )
}

function Entry({ faq, index, language }: { faq: GuideFaq; index: number; language?: Language }) {
  return (
    <View className='guide-faq__entry' data-index={index}>
      {language && <FallbackNote language={language} />}
      <Text className='guide-faq__question'>{faq.question}</Text>
      <Text className='guide-faq__answer' userSelect>
        {faq.answer}
      </Text>
    </View>
  )
}

function SearchResults({ q }: { q: string }) {
  const { t } = useGuideTexts()
  const { language } = useLanguage()
  const api = useApi()
  const { state, reload } = useLoad<GuideFaqResult>(() => api.searchGuideFaq({ query: { q, lang: language } }), [api, q, language])
  return (
    <View id='guide-faq-results' data-state={state.status} data-q={q} data-total={state.status === 'ready' ? state.data.total : undefined}>
      {state.status === 'loading' && <Text className='guide-detail__status'>{t('state.loading')}</Text>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.data.items.length === 0 && (
        <View id='guide-faq-empty' className='guide-detail__card'>
          <Text className='guide-faq__empty'>{t('guide:faq.empty', { q })}</Text>
          <Text className='guide-faq__hint'>{t('guide:faq.empty.hint')}</Text>
          <View id='guide-faq-concierge' className='guide-faq__concierge' hoverClass='guide-detail__pressed' onClick={() => openFeature('concierge')}>
            <Text>{t('guide:page.askConcierge')}</Text>
          </View>
        </View>
      )}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <View className='guide-detail__card'>
          <Text className='guide-faq__count'>{t('guide:faq.results', { count: state.data.total, q })}</Text>
          {state.data.items.map((hit) => (
            <View key={`${hit.page.slug}:${hit.index}`} className='guide-faq__hit' data-page={hit.page.slug}>
              <Entry faq={hit} index={hit.index} language={hit.fallback ? hit.language : undefined} />
              <View className='guide-faq__source' hoverClass='guide-detail__pressed' onClick={() => openGuidePage({ kind: 'faq', slug: hit.page.slug })}>
                <Text>{hit.page.title}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
