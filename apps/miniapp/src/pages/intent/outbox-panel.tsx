import { Text, View } from '@tarojs/components'
import type { OutboxSnapshot } from '../../services/intent-outbox'
import { useIntentFormTexts } from './use-intent-form-texts'

/**
 * A submitted intent the server has not confirmed yet: it is safe on the device and goes out by
 * itself when the network is back; the investor can also try at once.
 */
export function OutboxPanel({ status, items, onSendNow }: OutboxSnapshot & { onSendNow: () => void }) {
  const { t } = useIntentFormTexts()
  const sending = status === 'sending'
  const offline = items.some((item) => item.lastError === 'NETWORK')
  return (
    <View className='intent-page__card intent-outbox' data-testid='intent-outbox' data-status={status}>
      <Text className='intent-outbox__title' data-testid='intent-outbox-status'>
        {sending ? t('outbox.sending') : t('outbox.waiting')}
      </Text>
      {items.map((item) => (
        <Text key={item.key} className='intent-page__text' data-testid='intent-outbox-item' data-key={item.key}>
          {t('outbox.item', { company: item.request.company.name })}
        </Text>
      ))}
      {!sending && <Text className='intent-page__muted'>{offline ? t('outbox.offline') : t('outbox.retrying')}</Text>}
      <Text className='intent-page__muted'>{t('outbox.safe')}</Text>
      {!sending && (
        <View className='intent-page__primary' data-testid='intent-send-now' hoverClass='intent-page__pressed' onClick={onSendNow}>
          <Text>{t('outbox.sendNow')}</Text>
        </View>
      )}
    </View>
  )
}
