import { Text, View } from '@tarojs/components'
import { PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts'
import { useWechatPrivacyRequest } from '../../hooks/use-wechat-privacy-request'
import { useTranslation } from '../../i18n'
import { HAS_PRIVACY_GUIDE, openPrivacyGuide } from '../../platform/wechat-privacy'
import { PrivacyNotice } from '../privacy-notice'
import './index.css'

/**
 * Our privacy notice over the page whenever WeChat holds a privacy-related call (copy, phone
 * call, subscribe messages…) until the investor agrees: the app registers WeChat's listener at
 * launch, so WeChat shows no popup of its own and every page must be able to answer. Agreeing
 * lets the held call go on; declining makes WeChat fail it, and the caller says so.
 * Renders nothing outside WeChat, or when nothing is held.
 */
export function WechatPrivacyGate() {
  const { t } = useTranslation()
  const privacy = useWechatPrivacyRequest()
  if (!privacy.requested) return null
  return (
    <View className='privacy-gate' data-testid='privacy-gate' catchMove>
      <PrivacyNotice
        title={t('intents:privacy.title')}
        intro={t('privacy.gate.intro')}
        body={t('intents:privacy.body')}
        version={PRIVACY_NOTICE_VERSION}
        onAgree={privacy.agree}
        onDecline={privacy.decline}
      >
        {HAS_PRIVACY_GUIDE && (
          <View className='privacy-gate__guide' hoverClass='privacy-gate__pressed' onClick={openPrivacyGuide}>
            <Text>{t('privacy.gate.guide')}</Text>
          </View>
        )}
      </PrivacyNotice>
    </View>
  )
}
