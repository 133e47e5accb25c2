import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '../../components/coming-soon'
import { Toggle } from '../../components/toggle'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { usePageChrome } from '../../hooks/use-page-chrome'
import { useApi } from '../../services/api-context'
import { addPolicyToDraft, readIntentDraft, setDraftProfile } from '../../services/intent-draft'
import { loadProfile } from '../../services/policy-profile'
import './index.css'

/**
 * Placeholder until the intent form lands: what the investor asks about (policies from the
 * policy finder) is already kept in the device draft, with the matching profile if they wish.
 */
export default function IntentPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  usePageChrome({ titleKey: 'feature.intent' })
  const api = useApi()
  const policyId = Number(useRouter().params.policyId)
  // opened about a policy (from its page or a link): it joins the draft, once
  const [draft, setDraft] = useState(() => (Number.isInteger(policyId) && policyId > 0 ? addPolicyToDraft(policyId) : readIntentDraft()))
  const profile = useMemo(loadProfile, [])

  const ids = draft.policyIds.join(',')
  const { state: titles } = useLoad(
    () =>
      Promise.all(
        draft.policyIds.map((id) =>
          api.getPolicy({ path: { id }, query: { lang: language } }).then(
            (policy) => ({ id, title: policy.title }),
            () => ({ id, title: undefined }),
          ),
        ),
      ),
    [api, ids, language],
  )

  return (
    <View id='intent' className='intent-page'>
      {draft.policyIds.length > 0 && (
        <View id='intent-about' className='intent-page__card'>
          {titles.status === 'ready' ? (
            titles.data.map(({ id, title }) => (
              <Text key={id} className='intent-page__about' data-policy-id={id}>
                {t('intent.about', { title: title ?? t('intent.policyNumber', { id }) })}
              </Text>
            ))
          ) : (
            <Text className='intent-page__muted'>{t('state.loading')}</Text>
          )}
          {profile && (
            <View className='intent-page__profile'>
              <Toggle
                id='intent-attach-profile'
                label={t('intent.attachProfile')}
                hint={t('intent.attachProfile.hint')}
                checked={draft.profile !== undefined}
                onChange={(attach) => setDraft(setDraftProfile(attach ? profile : undefined))}
              />
            </View>
          )}
          <Text className='intent-page__muted'>{t('intent.submitSoon')}</Text>
        </View>
      )}
      <ComingSoon feature='intent' />
    </View>
  )
}
