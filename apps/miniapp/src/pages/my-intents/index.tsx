import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { FINAL_STAGES } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { LoadError } from '../../components/load-error'
import { StageBadge } from '../../components/stage-badge'
import { PageFrame } from '../../components/page-frame'
import { useIntentOutbox } from '../../hooks/use-intent-outbox'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { useApi } from '../../services/api-context'
import { localDateTime } from '../../services/format'
import { authorized } from '../../services/investor-session'
import { openIntentDetail, openIntentForm } from '../../services/navigation'
import './index.css'

function stopPullDown(): void {
  try {
    const pending: unknown = Taro.stopPullDownRefresh()
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // not pulled down
  }
}

/** The investor's intents, newest first, with what still waits on the device to be sent. */
export default function MyIntentsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const api = useApi()
  const { state, reload } = useLoad(() => authorized(api, (headers) => api.listMyIntents({ query: { lang: language }, headers })), [api, language])
  const outbox = useIntentOutbox(() => reload())
  const shown = useRef(false)

  useDidShow(() => {
    // the first show is the opening load
    if (shown.current) reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    reload()
    stopPullDown()
  })

  return (
    <PageFrame title={t('myIntents.title')}>
      <View id='my-intents' className='my-intents' data-testid='my-intents' data-state={state.status}>
        {outbox.items.map((item) => (
          <View key={item.key} className='my-intents__item my-intents__item--queued' data-testid='my-intent-queued' data-key={item.key} onClick={openIntentForm}>
            <Text className='my-intents__company'>{item.request.company.name}</Text>
            <Text className='my-intents__queued'>{outbox.status === 'sending' ? t('outbox.sending') : t('outbox.waiting')}</Text>
          </View>
        ))}
        {state.status === 'loading' && <Text className='my-intents__muted'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
        {state.status === 'ready' && state.data.items.length === 0 && outbox.items.length === 0 && (
          <View className='my-intents__empty' data-testid='my-intents-empty'>
            <Text className='my-intents__text'>{t('myIntents.empty')}</Text>
            <View className='my-intents__primary' data-testid='my-intents-new' hoverClass='my-intents__pressed' onClick={openIntentForm}>
              <Text>{t('myIntents.new')}</Text>
            </View>
          </View>
        )}
        {state.status === 'ready' &&
          state.data.items.map((item) => (
            <View
              key={item.id}
              className='my-intents__item'
              data-testid='my-intent'
              data-intent-id={item.id}
              data-stage={item.stage}
              hoverClass='my-intents__pressed'
              onClick={() => openIntentDetail(item.id)}
            >
              <View className='my-intents__row'>
                <Text className='my-intents__company'>{item.companyName}</Text>
                <StageBadge stage={item.stage} />
              </View>
              <Text className='my-intents__muted'>{t('intentDetail.submitted', { id: item.id, time: localDateTime(item.createdAt) })}</Text>
              {item.concierge && <Text className='my-intents__muted'>{t('myIntents.concierge', { name: item.concierge.name })}</Text>}
              {item.replyDueAt && !FINAL_STAGES.includes(item.stage) && <Text className='my-intents__muted'>{t('intent.replyDue', { time: localDateTime(item.replyDueAt) })}</Text>}
              {item.unread > 0 && (
                <Text className='my-intents__unread' data-testid='my-intent-unread'>
                  {t('myIntents.unread', { count: item.unread })}
                </Text>
              )}
            </View>
          ))}
      </View>
    </PageFrame>
  )
}
