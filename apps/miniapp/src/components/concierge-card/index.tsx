import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { conciergeSessionFrom, type ConciergeCard as Card, type ConciergeProfile } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { FallbackNote } from '../fallback-note'
import { ContactButton } from '../../platform/contact-button'
import { copyText } from '../../services/clipboard'
import { toast } from '../../services/toast'
import { isPrivacyRefusal } from '../../services/wechat-privacy'
import { storedSession } from '../../services/investor-session'
import './index.css'

type T = (key: string, params?: Record<string, string>) => string

/** A concierge as an intent shows them, or the directory's full profile (bio, coverage, presence). */
export type CardConcierge = Card & Partial<Pick<ConciergeProfile, 'bio' | 'industries' | 'areas' | 'presence' | 'language' | 'sample'>>

/** "Mon–Fri 09:00–17:30" from ISO weekdays (1 = Monday), in the reader's language. */
function officeHours(hours: Card['officeHours'], t: T): string {
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

/** This device's UTC offset, as the server writes the concierge's (`+08:00`). */
function deviceOffset(): string {
  const minutes = -new Date().getTimezoneOffset()
  const abs = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** "In office now", or when they are back on their own clock (with their UTC offset when it is not the device's). */
function presenceText(presence: NonNullable<CardConcierge['presence']>, t: T): string {
  if (presence.inOffice) return t('concierges:card.presence.in')
  const back = presence.backAtLocal
  if (!back) return t('concierges:card.presence.out')
  const text = t(`concierges:card.presence.${back.day}`, { time: back.time, day: t(`concierge.day.${back.weekday}`) })
  return presence.utcOffset === deviceOffset() ? text : `${text}${t('concierges:card.presence.zone', { offset: presence.utcOffset })}`
}

/** Dials; the investor closing the dialer is no failure, a declined privacy request is said. */
function call(phoneNumber: string, declined: string): void {
  const pending: unknown = Taro.makePhoneCall({ phoneNumber })
  if (pending instanceof Promise) pending.catch((error: unknown) => isPrivacyRefusal(error) && toast(declined))
}

type Props = {
  concierge: CardConcierge
  /** the intent the investor has with this concierge; the WeChat chat is filed with it */
  intentId?: number | null
  /** `yours`: the investor's own concierge; `suggested`: one from the directory */
  role?: 'yours' | 'suggested'
  /** "leave a message": the thread of the investor's intent, or a new intent */
  onMessage?: () => void
}

/**
 * A concierge (店小二): who they are, when they work and whether they are in now, and one tap to
 * call, copy their WeChat ID, open WeChat's customer-service chat (which tells staff which
 * investor writes to which concierge about which intent) or leave a message.
 */
export function ConciergeCard({ concierge, intentId = null, role = 'yours', onMessage }: Props) {
  const { t } = useTranslation()
  const sessionFrom = conciergeSessionFrom({ investorId: storedSession()?.investor.id ?? null, conciergeId: concierge.id, intentId })
  const coverage = (concierge.industries ?? []).map((i) => i.name)
  return (
    <View className={`concierge-card concierge-card--${role}`} data-testid='concierge-card' data-concierge-id={concierge.id} data-role={role}>
      <View className='concierge-card__head'>
        {concierge.photoUrl ? (
          <Image className='concierge-card__photo' src={concierge.photoUrl} mode='aspectFill' />
        ) : (
          <View className='concierge-card__photo concierge-card__photo--initial'>
            <Text>{concierge.name.slice(0, 1)}</Text>
          </View>
        )}
        <View className='concierge-card__who'>
          {role === 'yours' && <Text className='concierge-card__role'>{t('concierge.yours')}</Text>}
          <Text className='concierge-card__name' data-testid='concierge-name'>
            {concierge.name}
          </Text>
          {concierge.title && <Text className='concierge-card__title'>{concierge.title}</Text>}
        </View>
        {concierge.sample && <Text className='concierge-card__sample'>{t('concierges:card.sample')}</Text>}
      </View>
      {concierge.fallback &&
        (concierge.language ? <FallbackNote language={concierge.language} /> : <Text className='concierge-card__note'>{t('concierge.fallback')}</Text>)}
      {concierge.presence && (
        <Text
          className={`concierge-card__presence concierge-card__presence--${concierge.presence.inOffice ? 'in' : 'out'}`}
          data-testid='concierge-presence'
          data-in-office={concierge.presence.inOffice ? 'true' : 'false'}
        >
          {presenceText(concierge.presence, t)}
        </Text>
      )}
      {concierge.bio && <Text className='concierge-card__bio'>{concierge.bio}</Text>}
      <Text className='concierge-card__line' data-testid='concierge-languages'>
        {t('concierge.languages', { languages: concierge.languages.map((l) => t(`language.${l}`)).join(' · ') })}
      </Text>
      {coverage.length > 0 && (
        <Text className='concierge-card__line' data-testid='concierge-industries'>
          {t('concierges:card.industries', { industries: coverage.join(' · ') })}
        </Text>
      )}
      <Text className='concierge-card__line'>{officeHours(concierge.officeHours, t)}</Text>
      <View className='concierge-card__actions'>
        <View className='concierge-card__action' data-testid='concierge-call' hoverClass='concierge-card__pressed' onClick={() => call(concierge.phone, t('privacy.actionDeclined'))}>
          <Text>{t('concierge.call')}</Text>
        </View>
        {concierge.wechatId && (
          <View
            className='concierge-card__action'
            data-testid='concierge-copy-wechat'
            hoverClass='concierge-card__pressed'
            onClick={() => void copyText(concierge.wechatId ?? '', { done: t('concierge.wechatCopied'), failed: t('concierge.copyFailed'), declined: t('privacy.actionDeclined') })}
          >
            <Text>{t('concierge.copyWechat')}</Text>
          </View>
        )}
        <ContactButton className='concierge-card__action concierge-card__chat' sessionFrom={sessionFrom} label={t('concierge.chat')} />
        {onMessage && (
          <View className='concierge-card__action' data-testid='concierge-message' hoverClass='concierge-card__pressed' onClick={onMessage}>
            <Text>{t('concierges:card.message')}</Text>
          </View>
        )}
      </View>
    </View>
  )
}
