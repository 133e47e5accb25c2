import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MyIntent } from '@zhaoshang/contracts'
import { SUBSCRIBE_MESSAGES } from '../../platform/subscribe-messages'
import { useApi } from '../../services/api-context'
import { localDateTime } from '../../services/format'
import { subscribeToIntent } from '../../services/intent-subscriptions'
import { openIntentDetail } from '../../services/navigation'
import { useIntentFormTexts } from './use-intent-form-texts'
import { toast } from '../../services/toast'
import { isPrivacyRefusal } from '../../services/wechat-privacy'

/**
 * The server has the intent. In WeChat the investor may allow progress notifications (WeChat
 * only grants them from a tap), then sees the intent; elsewhere the intent opens at once.
 */
export function SentPanel({ intent }: { intent: MyIntent }) {
  const { t } = useIntentFormTexts()
  const api = useApi()
  const [asking, setAsking] = useState(false)
  const view = () => openIntentDetail(intent.id, { replace: true })

  useEffect(() => {
    if (!SUBSCRIBE_MESSAGES) view()
  }, [intent.id])

  const subscribe = () => {
    if (asking) return
    setAsking(true)
    subscribeToIntent(api, intent.id)
      .then(
        (accepted) => toast(accepted.length ? t('intent.sent.subscribed') : t('intent.sent.notSubscribed')),
        (error: unknown) => toast(t(isPrivacyRefusal(error) ? 'privacy.actionDeclined' : 'intent.sent.subscribeFailed')),
      )
      .finally(view)
  }

  return (
    <View className='intent-page__card intent-sent' data-testid='intent-sent' data-intent-id={intent.id}>
      <Text className='intent-sent__title'>{t('intent.sent.title')}</Text>
      <Text className='intent-page__text'>
        {intent.concierge ? t('intent.sent.concierge', { name: intent.concierge.name }) : t('intent.sent.noConcierge')}
      </Text>
      {intent.replyDueAt && <Text className='intent-page__text'>{t('intent.replyDue', { time: localDateTime(intent.replyDueAt) })}</Text>}
      {SUBSCRIBE_MESSAGES && (
        <>
          <Text className='intent-page__muted'>{t('intent.sent.subscribeHint')}</Text>
          <View className='intent-page__primary' data-testid='intent-subscribe' hoverClass='intent-page__pressed' onClick={subscribe}>
            <Text>{t('intent.sent.subscribe')}</Text>
          </View>
        </>
      )}
      <View className='intent-page__secondary' data-testid='intent-view' hoverClass='intent-page__pressed' onClick={view}>
        <Text>{t('intent.sent.view')}</Text>
      </View>
    </View>
  )
}
