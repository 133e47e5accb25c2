import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { PrivacyAgreeButton } from '../../platform/privacy-agree-button'
import './index.css'

type Props = {
  title: string
  /** why the notice is shown here (default: before company and contact details are asked for) */
  intro?: string
  body: string
  version: string
  busy?: boolean
  onAgree: () => void
  onDecline: () => void
  /** shown under the notice's text, before the buttons */
  children?: ReactNode
}

/** The privacy notice with agree and decline, shown before any personal data is asked for. */
export function PrivacyNotice({ title, intro, body, version, busy = false, onAgree, onDecline, children }: Props) {
  const { t } = useTranslation()
  return (
    <View className='privacy-notice' data-testid='privacy-notice' data-version={version}>
      <Text className='privacy-notice__title'>{title}</Text>
      <Text className='privacy-notice__intro'>{intro ?? t('privacy.intro')}</Text>
      <View className='privacy-notice__body'>
        {body
          .split(/\n+/)
          .filter((paragraph) => paragraph.trim() !== '')
          .map((paragraph, index) => (
            <Text key={index} className='privacy-notice__paragraph'>
              {paragraph}
            </Text>
          ))}
      </View>
      <Text className='privacy-notice__version'>{t('privacy.version', { version })}</Text>
      {children}
      <View className='privacy-notice__actions'>
        <PrivacyAgreeButton className='privacy-notice__agree' label={busy ? t('privacy.agreeing') : t('privacy.agree')} disabled={busy} onAgree={onAgree} />
        <View className='privacy-notice__decline' data-testid='privacy-decline' hoverClass='privacy-notice__pressed' onClick={onDecline}>
          <Text>{t('privacy.decline')}</Text>
        </View>
      </View>
    </View>
  )
}
