import { RichText, Text, View } from '@tarojs/components'
import type { GuidePageDetail } from '@zhaoshang/contracts'
import { LoadError } from '../../../components/load-error'
import type { PolicyShare } from '../../../platform/share'
import { GuideFooter, GuideHeader } from '../components/guide-parts'
import { PageFrame } from '../../../components/page-frame'
import { openGuidePage } from '../guide-navigation'
import { useGuidePage } from '../use-guide-page'
import { useGuideTexts } from '../use-guide-texts'
import './index.css'

/** An article of the guide (rich text, sanitized on the server), or a section with its pages. */
export default function GuideArticlePage() {
  const { t } = useGuideTexts()
  const { state, reload, share, wrongKind } = useGuidePage(['article', 'section'])
  return (
    <PageFrame title={t('feature.guide')}>
      <View id='guide-article' className='guide-detail' data-state={wrongKind ? 'loading' : state.status}>
        {state.status === 'loading' && <Text className='guide-detail__status'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
        {state.status === 'ready' && !wrongKind && <Article page={state.data} share={share} />}
      </View>
    </PageFrame>
  )
}

function Article({ page, share }: { page: GuidePageDetail; share: PolicyShare }) {
  const { t } = useGuideTexts()
  return (
    <View className='guide-detail__content' data-slug={page.slug} data-language={page.language}>
      <GuideHeader page={page} />
      {page.body.trim() !== '' && (
        <View id='guide-body' className='guide-detail__card'>
          <RichText className='guide-detail__rich' nodes={page.body} />
        </View>
      )}
      {page.kind === 'section' && page.pages.length > 0 && (
        <View id='guide-section-pages' className='guide-detail__card'>
          {page.pages.map((p) => (
            <View key={p.slug} className='guide-article__page' data-slug={p.slug} hoverClass='guide-detail__pressed' onClick={() => openGuidePage(p)}>
              <View className='guide-article__page-body'>
                <Text className='guide-article__page-title'>{p.title}</Text>
                {p.summary && <Text className='guide-article__page-summary'>{p.summary}</Text>}
              </View>
              <Text className='guide-detail__kind'>{t(`guide:kind.${p.kind}`)}</Text>
            </View>
          ))}
        </View>
      )}
      <GuideFooter page={page} share={share} />
    </View>
  )
}
