import { Button, Text, View } from '@tarojs/components'
import type { GuidePageDetail } from '@zhaoshang/contracts'
import { FallbackNote } from '../../../components/fallback-note'
import type { PolicyShare } from '../../../platform/share'
import { copyText } from '../../../services/clipboard'
import { openFeature } from '../../../services/navigation'
import { openGuidePage } from '../guide-navigation'
import { useGuideTexts } from '../use-guide-texts'
import './guide-parts.css'

/** The top of every guide page: its section, kind, title, the sample and fallback notes, the summary. */
export function GuideHeader({ page }: { page: GuidePageDetail }) {
  const { t } = useGuideTexts()
  return (
    <View className='guide-detail__header'>
      <View className='guide-detail__tags'>
        {page.section && <Text className='guide-detail__section'>{page.section.title}</Text>}
        <Text className='guide-detail__kind'>{t(`guide:kind.${page.kind}`)}</Text>
      </View>
      <Text className='guide-detail__title'>{page.title}</Text>
      {page.fallback && <FallbackNote language={page.language} />}
      {page.sample && (
        <Text id='guide-sample-note' className='guide-detail__sample'>
          {t('guide:sample.note')}
        </Text>
      )}
      {page.summary && <Text className='guide-detail__summary'>{page.summary}</Text>}
    </View>
  )
}

/** The bottom of every guide page: previous and next in the section, when it changed, share, the concierge. */
export function GuideFooter({ page, share }: { page: GuidePageDetail; share: PolicyShare }) {
  const { t } = useGuideTexts()
  const copy = (text: string) => void copyText(text, { done: t('guide:page.copied'), failed: t('guide:page.copyFailed'), declined: t('privacy.actionDeclined') })
  return (
    <>
      {(page.previous || page.next) && (
        <View className='guide-detail__neighbours'>
          {page.previous && (
            <View id='guide-previous' className='guide-detail__neighbour' hoverClass='guide-detail__pressed' onClick={() => page.previous && openGuidePage(page.previous)}>
              <Text>{t('guide:page.previous', { title: page.previous.title })}</Text>
            </View>
          )}
          {page.next && (
            <View id='guide-next' className='guide-detail__neighbour guide-detail__neighbour--next' hoverClass='guide-detail__pressed' onClick={() => page.next && openGuidePage(page.next)}>
              <Text>{t('guide:page.next', { title: page.next.title })}</Text>
            </View>
          )}
        </View>
      )}
      <Text className='guide-detail__updated'>{t('guide:page.updated', { date: page.updatedAt.slice(0, 10) })}</Text>
      <View className='guide-detail__actions'>
        <View id='guide-ask-concierge' className='guide-detail__primary' hoverClass='guide-detail__pressed' onClick={() => openFeature('concierge')}>
          <Text>{t('guide:page.askConcierge')}</Text>
        </View>
        {share.kind === 'copy-link' ? (
          <View id='guide-copy-link' className='guide-detail__secondary' hoverClass='guide-detail__pressed' onClick={() => copy(share.url)}>
            <Text>{t('guide:page.copyLink')}</Text>
          </View>
        ) : (
          <Button id='guide-share' className='guide-detail__secondary guide-detail__share-button' openType='share'>
            {t('guide:page.share')}
          </Button>
        )}
      </View>
    </>
  )
}
