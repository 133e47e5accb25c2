import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useTranslation } from 'react-i18next'
import type { ConciergeCard as Concierge } from '@zhaoshang/contracts'
import { ContactButton } from '../../platform/contact-button'
import { copyText } from '../../services/clipboard'
import './index.css'

/** "Mon–Fri 09:00–17:30" from ISO weekdays (1 = Monday), in the reader's language. */
function officeHours(hours: Concierge['officeHours'], t: (key: string, params?: Record<string, string>) => string): string {
  const days = [...hours.days].sort((a, b) => a - b)
  const consecutive = days.length > 1 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1)
  const first = days[0]
  const last = days[days.length - 1]
  const dayText =
    consecutive && first !== undefined && last !== undefined
      ? t('concierge.days.range', { from: t(`concierge.day.${first}`), to: t(`concierge.day.${last}`) })
      : days.map((d) => t(`concierge.day.${d}`)).join(t('concierge.days.separator'))
  return t('concierge.hours', { days: dayText, from: hours.from, to: hours.to })
}

function call(phoneNumber: string): void {
  const pending: unknown = Taro.makePhoneCall({ phoneNumber })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

/**
 * The investor's own concierge (店小二): who they are, when they work, and one tap to call,
 * copy their WeChat ID or (in WeChat) open the customer-service chat about this intent.
 */
export function ConciergeCard({ concierge, intentId }: { concierge: Concierge; intentId: number }) {
  const { t } = useTranslation()
  return (
    <View className='concierge-card' data-testid='concierge-card' data-concierge-id={concierge.id}>
      <View className='concierge-card__head'>
        {concierge.photoUrl ? (
          <Image className='concierge-card__photo' src={concierge.photoUrl} mode='aspectFill' />
        ) : (
          <View className='concierge-card__photo concierge-card__photo--initial'>
            <Text>{concierge.name.slice(0, 1)}</Text>
          </View>
        )}
        <View className='concierge-card__who'>
          <Text className='concierge-card__role'>{t('concierge.yours')}</Text>
          <Text className='concierge-card__name' data-testid='concierge-name'>
            {concierge.name}
          </Text>
          {concierge.title && <Text className='concierge-card__title'>{concierge.title}</Text>}
        </View>
      </View>
      {concierge.fallback && <Text className='concierge-card__note'>{t('concierge.fallback')}</Text>}
      <Text className='concierge-card__line'>{t('concierge.languages', { languages: concierge.languages.map((l) => t(`language.${l}`)).join(' · ') })}</Text>
      <Text className='concierge-card__line'>{officeHours(concierge.officeHours, t)}</Text>
      <View className='concierge-card__actions'>
        <View className='concierge-card__action' data-testid='concierge-call' hoverClass='concierge-card__pressed' onClick={() => call(concierge.phone)}>
          <Text>{t('concierge.call')}</Text>
        </View>
        {concierge.wechatId && (
          <View
            className='concierge-card__action'
            data-testid='concierge-copy-wechat'
            hoverClass='concierge-card__pressed'
            onClick={() => void copyText(concierge.wechatId ?? '', { done: t('concierge.wechatCopied'), failed: t('concierge.copyFailed') })}
          >
            <Text>{t('concierge.copyWechat')}</Text>
          </View>
        )}
        <ContactButton className='concierge-card__action concierge-card__chat' sessionFrom={`intent:${intentId}`} label={t('concierge.chat')} />
      </View>
    </View>
  )
}
