import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { MyIntent } from '@zhaoshang/contracts'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { PrivacyNotice } from '../../components/privacy-notice'
import { useIntentForm } from '../../hooks/use-intent-form'
import { useIntentOutbox } from '../../hooks/use-intent-outbox'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { usePrivacyConsent } from '../../hooks/use-privacy-consent'
import { useApi } from '../../services/api-context'
import { toUserError, validationDetails } from '../../services/errors'
import type { OutboxEvent } from '../../services/intent-outbox'
import { openFeature } from '../../services/navigation'
import { loadProfile } from '../../services/policy-profile'
import { agreedVersion } from '../../services/privacy-consent'
import { CompanyStep, ContactStep, MessageStep, ProjectStep, ReviewStep, StepProgress } from './intent-steps'
import { OutboxPanel } from './outbox-panel'
import { SentPanel } from './sent-panel'
import { useMetaWithCache } from './use-meta-with-cache'
import { useIntentFormTexts } from './use-intent-form-texts'
import './index.css'

function positiveInt(value: string | undefined): number | undefined {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/**
 * The investment intent (投资意向): privacy notice first, then five short steps kept on the
 * device at every change, then a submission that survives a bad network (services/intent-outbox).
 */
export default function IntentPage() {
  const { t } = useIntentFormTexts()
  const { language } = useLanguage()
  const api = useApi()
  const policyId = positiveInt(useRouter().params.policyId)
  const consent = usePrivacyConsent()
  const intentForm = useIntentForm({ language, policyId })
  const { form, step, errors } = intentForm
  const { state: meta, reload: reloadMeta } = useMetaWithCache(language)
  const savedProfile = useMemo(loadProfile, [])
  const [sent, setSent] = useState<MyIntent | undefined>()
  const [failure, setFailure] = useState<string | undefined>()

  const onOutboxEvent = (event: OutboxEvent) => {
    if (event.kind === 'sent') return setSent(event.intent)
    const details = validationDetails(event.error)
    if (details?.length) return intentForm.showIssues(details)
    if (event.error.code === 'CONSENT_REQUIRED') consent.recheck()
    setFailure(toUserError(event.error, t).message)
  }
  const outbox = useIntentOutbox(onOutboxEvent)

  const ids = form.policyIds.join(',')
  const { state: titles } = useLoad(
    () =>
      Promise.all(form.policyIds.map((id) => api.getPolicy({ path: { id }, query: { lang: language } }).then((p) => [id, p.title] as const, () => [id, undefined] as const))).then(
        (pairs) => Object.fromEntries(pairs) as Record<number, string | undefined>,
      ),
    [api, ids, language],
  )

  const submit = () => {
    setFailure(undefined)
    const request = intentForm.complete(agreedVersion())
    if (request) void outbox.submit(request)
  }

  const body = () => {
    if (sent) return <SentPanel intent={sent} />
    // a submission waits for the server: the form stays as it was sent until it is confirmed
    if (outbox.items.length > 0) return <OutboxPanel status={outbox.status} items={outbox.items} onSendNow={() => void outbox.sendNow()} />
    if (consent.state.status === 'checking') return <Text className='intent-page__muted intent-page__status'>{t('state.loading')}</Text>
    if (consent.state.status === 'needed') {
      const { notice, busy } = consent.state
      return <PrivacyNotice title={notice.title} body={notice.body} version={notice.version} busy={busy} onAgree={() => void consent.agree()} onDecline={consent.decline} />
    }
    if (consent.state.status === 'declined') {
      return (
        <View className='intent-page__card' data-testid='privacy-declined'>
          <Text className='intent-page__text'>{t('privacy.declined')}</Text>
          <View className='intent-page__primary' data-testid='privacy-reopen' hoverClass='intent-page__pressed' onClick={consent.reopen}>
            <Text>{t('privacy.readAgain')}</Text>
          </View>
          <View className='intent-page__secondary' hoverClass='intent-page__pressed' onClick={() => openFeature('policies')}>
            <Text>{t('privacy.browsePolicies')}</Text>
          </View>
        </View>
      )
    }
    if (meta.status === 'loading') return <Text className='intent-page__muted intent-page__status'>{t('state.loading')}</Text>
    if (meta.status === 'error') return <LoadError error={meta.error} onRetry={reloadMeta} />
    const stepProps = { form, meta: meta.meta, errors, update: intentForm.update }
    const last = step === 'consent'
    return (
      <View className='intent-form' data-testid='intent-form' data-step={step}>
        <StepProgress step={step} onOpen={intentForm.goTo} />
        <View className='intent-page__card'>
          <Text className='intent-form__step-title'>{t(`intent.step.${step}`)}</Text>
          {step === 'company' && <CompanyStep {...stepProps} />}
          {step === 'contact' && <ContactStep {...stepProps} />}
          {step === 'project' && <ProjectStep {...stepProps} />}
          {step === 'message' && <MessageStep {...stepProps} policyTitles={titles.status === 'ready' ? titles.data : {}} savedProfile={savedProfile} />}
          {last && <ReviewStep form={form} meta={meta.meta} errors={errors} consentVersion={agreedVersion()} onEdit={intentForm.goTo} />}
          {(errors || failure) && (
            <Text className='intent-form__summary-error' data-testid='intent-form-error'>
              {failure ?? errors?.message}
            </Text>
          )}
          <View className='intent-form__nav'>
            {step !== 'company' && (
              <View className='intent-page__secondary intent-form__back' data-testid='intent-back' hoverClass='intent-page__pressed' onClick={intentForm.back}>
                <Text>{t('intent.back')}</Text>
              </View>
            )}
            {last ? (
              <View className='intent-page__primary intent-form__next' data-testid='intent-submit' hoverClass='intent-page__pressed' onClick={submit}>
                <Text>{t('intent.submit')}</Text>
              </View>
            ) : (
              <View className='intent-page__primary intent-form__next' data-testid='intent-next' hoverClass='intent-page__pressed' onClick={intentForm.next}>
                <Text>{t('intent.next')}</Text>
              </View>
            )}
          </View>
          <Text className='intent-page__muted'>{t('intent.savedOnDevice')}</Text>
        </View>
      </View>
    )
  }

  return (
    <PageFrame title={t('feature.intent')}>
      <View id='intent' className='intent-page' data-testid='intent-page'>
        {body()}
      </View>
    </PageFrame>
  )
}
