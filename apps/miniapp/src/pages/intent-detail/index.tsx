import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { FINAL_STAGES, type IntentEvent, type MyIntent } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { ConciergeCard } from '../../components/concierge-card'
import { LoadError } from '../../components/load-error'
import { StageBadge } from '../../components/stage-badge'
import { PageFrame } from '../../components/page-frame'
import { useMyIntent } from '../../hooks/use-my-intent'
import { toUserError } from '../../services/errors'
import { localDateTime } from '../../services/format'
import { MessageThread } from './message-thread'
import { StageTimeline } from './stage-timeline'
import './index.css'

/** What the investor sees of the lead desk's work (notes and internal events never reach them). */
const ACTIVITY: readonly IntentEvent['kind'][] = ['submitted', 'assigned', 'reassigned', 'stage', 'merged']

function intentIdParam(value: string | undefined): number | undefined {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/** One investment intent: stage, concierge, reply deadline, what happened, and the thread with staff. */
export default function IntentDetailPage() {
  const { t } = useTranslation()
  const id = intentIdParam(useRouter().params.id)
  const { state, pending, refresh, send, retry } = useMyIntent(id)

  return (
    <PageFrame title={t('intentDetail.title')}>
      <View id='intent-detail' className='intent-detail' data-testid='intent-detail' data-state={state.status} data-stage={state.status === 'ready' ? state.intent.stage : undefined}>
        {state.status === 'loading' && <Text className='intent-detail__muted intent-detail__status'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={() => void refresh()} />}
        {state.status === 'ready' && (
          <>
            <IntentHeader intent={state.intent} refreshing={state.refreshing} onRefresh={() => void refresh()} />
            {state.refreshError !== undefined && (
              <Text className='intent-detail__warning' data-testid='intent-refresh-error'>
                {t('intentDetail.refreshFailed', { message: toUserError(state.refreshError, t).message })}
              </Text>
            )}
            <View className='intent-detail__card'>
              <Text className='intent-detail__section-title'>{t('intentDetail.progress')}</Text>
              <StageTimeline intent={state.intent} />
            </View>
            <View className='intent-detail__concierge'>
              {state.intent.concierge ? (
                <ConciergeCard concierge={state.intent.concierge} intentId={state.intent.id} />
              ) : (
                <View className='intent-detail__card' data-testid='concierge-pending'>
                  <Text className='intent-detail__text'>{t('intentDetail.conciergePending')}</Text>
                </View>
              )}
            </View>
            <Activity events={state.intent.timeline.filter((e) => ACTIVITY.includes(e.kind))} />
            <MessageThread messages={state.intent.timeline.filter((e) => e.kind === 'message')} pending={pending} onSend={send} onRetry={retry} />
          </>
        )}
      </View>
    </PageFrame>
  )
}

function IntentHeader({ intent, refreshing, onRefresh }: { intent: MyIntent; refreshing: boolean; onRefresh: () => void }) {
  const { t } = useTranslation()
  const dueShown = intent.replyDueAt !== null && !FINAL_STAGES.includes(intent.stage)
  return (
    <View className='intent-detail__card intent-detail__header'>
      <View className='intent-detail__title-row'>
        <Text className='intent-detail__company' data-testid='intent-company'>
          {intent.company.name}
        </Text>
        <StageBadge stage={intent.stage} />
      </View>
      <Text className='intent-detail__muted'>{t('intentDetail.submitted', { id: intent.id, time: localDateTime(intent.createdAt) })}</Text>
      {dueShown && intent.replyDueAt && (
        <Text className='intent-detail__due' data-testid='intent-reply-due'>
          {t('intent.replyDue', { time: localDateTime(intent.replyDueAt) })}
        </Text>
      )}
      <View className='intent-detail__refresh' data-testid='intent-refresh' data-refreshing={refreshing ? 'true' : 'false'} hoverClass='intent-detail__pressed' onClick={onRefresh}>
        <Text>{refreshing ? t('intentDetail.refreshing') : t('intentDetail.refresh')}</Text>
      </View>
    </View>
  )
}

function Activity({ events }: { events: IntentEvent[] }) {
  const { t } = useTranslation()
  if (events.length === 0) return null
  const line = (event: IntentEvent) => {
    switch (event.kind) {
      case 'stage': {
        const stage = event.stage ? t(`intents:stage.${event.stage}`) : ''
        const reason = event.stage === 'closed' && event.reason ? t(`intents:closeReason.${event.reason}`) : ''
        return reason ? `${t('intents:event.stage', { stage })} · ${reason}` : t('intents:event.stage', { stage })
      }
      case 'merged':
        return t('intents:event.merged', { id: event.otherIntentId ?? '' })
      default:
        return t(`intents:event.${event.kind}`, { concierge: event.concierge ?? '' })
    }
  }
  return (
    <View className='intent-detail__card'>
      <Text className='intent-detail__section-title'>{t('intentDetail.activity')}</Text>
      <View data-testid='intent-events'>
        {[...events].reverse().map((event) => (
          <View key={event.id} className='intent-event' data-testid='intent-event' data-kind={event.kind}>
            <Text className='intent-event__time'>{localDateTime(event.at)}</Text>
            <Text className='intent-event__text'>{line(event)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
