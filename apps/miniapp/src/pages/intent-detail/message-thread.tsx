import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import type { IntentEvent } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import type { PendingMessage } from '../../hooks/use-my-intent'
import { toUserError } from '../../services/errors'
import { localDateTime } from '../../services/format'

type Props = {
  messages: IntentEvent[]
  pending: PendingMessage[]
  onSend: (body: string) => void
  onRetry: (clientId: string) => void
}

/** The conversation with staff, oldest first, and the box to write in. */
export function MessageThread({ messages, pending, onSend, onRetry }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const send = () => {
    if (draft.trim() === '') return
    onSend(draft)
    setDraft('')
  }
  return (
    <View className='intent-detail__card message-thread'>
      <Text className='intent-detail__section-title'>{t('intentDetail.messages')}</Text>
      <View className='message-thread__list' data-testid='message-list'>
        {messages.length === 0 && pending.length === 0 && <Text className='intent-detail__muted'>{t('intentDetail.messages.empty')}</Text>}
        {messages.map((message) => (
          <View
            key={message.id}
            className={`message message--${message.fromInvestor ? 'investor' : 'staff'}`}
            data-testid='message'
            data-from={message.fromInvestor ? 'investor' : 'staff'}
            data-status='sent'
          >
            <Text className='message__meta'>{`${message.fromInvestor ? t('intentDetail.messages.me') : message.by} · ${localDateTime(message.at)}`}</Text>
            <Text className='message__body' userSelect>
              {message.body ?? ''}
            </Text>
          </View>
        ))}
        {pending.map((message) => (
          <View key={message.clientId} className='message message--investor message--pending' data-testid='message' data-from='investor' data-status={message.status}>
            <Text className='message__meta'>{message.status === 'sending' ? t('intentDetail.messages.sending') : toUserError(message.error, t).message}</Text>
            <Text className='message__body'>{message.body}</Text>
            {message.status === 'failed' && (
              <View className='message__retry' data-testid='message-retry' hoverClass='intent-detail__pressed' onClick={() => onRetry(message.clientId)}>
                <Text>{t('action.retry')}</Text>
              </View>
            )}
          </View>
        ))}
      </View>
      <View className='message-thread__compose'>
        <Textarea
          className='message-thread__input'
          data-testid='message-input'
          value={draft}
          maxlength={2000}
          autoHeight
          placeholder={t('intentDetail.messages.placeholder')}
          placeholderClass='message-thread__placeholder'
          onInput={(event) => setDraft(event.detail.value)}
        />
        <View
          className={`message-thread__send${draft.trim() === '' ? ' message-thread__send--disabled' : ''}`}
          data-testid='message-send'
          hoverClass='intent-detail__pressed'
          onClick={send}
        >
          <Text>{t('intentDetail.messages.send')}</Text>
        </View>
      </View>
    </View>
  )
}
