import type { ReactNode } from 'react'
import { Button, RichText, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ApiError } from '@zhaoshang/api-client'
import type { PolicyDetail } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { FallbackNote } from '../../components/fallback-note'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { usePolicyShare, type PolicyShare } from '../../platform/share'
import { useApi } from '../../services/api-context'
import { copyText } from '../../services/clipboard'
import { maxAmountLabel, validityLabel, validityState } from '../../services/format'
import { addPolicyToDraft } from '../../services/stored-drafts'
import { openIntentAbout } from '../../services/navigation'
import './index.css'

/** `?id=` as a policy id, or undefined for anything else. */
function policyIdParam(value: string | undefined): number | undefined {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

export default function PolicyPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const api = useApi()
  const id = policyIdParam(useRouter().params.id)
  const { state, reload } = useLoad(
    () => (id ? api.getPolicy({ path: { id }, query: { lang: language } }) : Promise.reject(new ApiError(404, { code: 'NOT_FOUND', message: '', details: [] }))),
    [api, id, language],
  )
  const share = usePolicyShare(id ?? 0, state.status === 'ready' ? state.data.title : undefined)

  return (
    <PageFrame title={t('policy.title')}>
      <View id='policy-detail' className='policy-page' data-state={state.status}>
        {state.status === 'loading' && <Text className='policy-page__status'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
        {state.status === 'ready' && <PolicyBody policy={state.data} share={share} />}
      </View>
    </PageFrame>
  )
}

function PolicyBody({ policy, share }: { policy: PolicyDetail; share: PolicyShare }) {
  const { t } = useTranslation()
  const expired = validityState(policy) === 'expired'
  const copy = (text: string) => void copyText(text, { done: t('policy.copied'), failed: t('policy.copyFailed'), declined: t('privacy.actionDeclined') })
  const askConcierge = () => {
    addPolicyToDraft(policy.id)
    openIntentAbout(policy.id)
  }

  return (
    <View className='policy-page__content' data-policy-id={policy.id} data-language={policy.language}>
      <View className='policy-page__header'>
        <View className='policy-page__tags'>
          <Text className='policy-page__category'>{policy.category.name}</Text>
          {policy.industries.map((industry) => (
            <Text key={industry.code} className='policy-page__industry'>
              {industry.name}
            </Text>
          ))}
        </View>
        <Text className='policy-page__title'>{policy.title}</Text>
        {policy.fallback && <FallbackNote language={policy.language} />}
        {expired && (
          <Text id='policy-expired' className='policy-page__expired'>
            {t('policy.expiredNotice')}
          </Text>
        )}
        <View className='policy-page__facts'>
          <Fact label={t('policy.department')} value={policy.department} />
          <Fact label={t('policy.documentNumber')} value={policy.documentNumber} />
          <Fact label={t('policy.validity')} value={validityLabel(policy, t)} highlight={expired} testId='policy-validity' />
        </View>
        {policy.summary && <Text className='policy-page__summary'>{policy.summary}</Text>}
      </View>

      <Section title={t('policy.benefits')} id='policy-benefits' show={policy.benefits.length > 0}>
        {policy.benefits.map((benefit, index) => (
          <View key={index} className='policy-page__benefit' data-benefit={benefit.kind}>
            <View className='policy-page__benefit-head'>
              <Text className='policy-page__benefit-kind'>{t(`policies:benefit.${benefit.kind}`)}</Text>
              {benefit.maxAmount !== null && <Text className='policy-page__benefit-amount'>{maxAmountLabel(benefit.maxAmount, t)}</Text>}
            </View>
            {benefit.description && <Text className='policy-page__text'>{benefit.description}</Text>}
          </View>
        ))}
      </Section>

      <Section title={t('policy.eligibility')} id='policy-eligibility'>
        {(policy.eligibilityText.length ? policy.eligibilityText : [t('policies:criterion.none')]).map((sentence, index) => (
          <View key={index} className='policy-page__bullet'>
            <Text className='policy-page__bullet-mark'>•</Text>
            <Text className='policy-page__text'>{sentence}</Text>
          </View>
        ))}
      </Section>

      <Section title={t('policy.apply')} id='policy-apply' show={policy.applySteps.length + policy.applyMaterials.length > 0 || policy.applyContact !== ''}>
        {policy.applySteps.length > 0 && <Text className='policy-page__subheading'>{t('policy.apply.steps')}</Text>}
        {policy.applySteps.map((step, index) => (
          <View key={index} className='policy-page__step' data-step={index + 1}>
            <Text className='policy-page__step-number'>{index + 1}</Text>
            <Text className='policy-page__text'>{step}</Text>
          </View>
        ))}
        {policy.applyMaterials.length > 0 && <Text className='policy-page__subheading'>{t('policy.apply.materials')}</Text>}
        {policy.applyMaterials.map((material, index) => (
          <View key={index} className='policy-page__bullet'>
            <Text className='policy-page__bullet-mark'>•</Text>
            <Text className='policy-page__text'>{material}</Text>
          </View>
        ))}
        {policy.applyContact !== '' && (
          <>
            <Text className='policy-page__subheading'>{t('policy.apply.contact')}</Text>
            <Text className='policy-page__text' userSelect>
              {policy.applyContact}
            </Text>
          </>
        )}
      </Section>

      <Section title={t('policy.attachments')} id='policy-attachments' show={policy.attachments.length > 0}>
        {policy.attachments.map((attachment) => (
          <View key={attachment.url} className='policy-page__attachment'>
            <Text className='policy-page__attachment-title'>{attachment.title}</Text>
            <View className='policy-page__small-button' data-copy-url={attachment.url} hoverClass='policy-page__pressed' onClick={() => copy(attachment.url)}>
              <Text>{t('policy.attachments.copy')}</Text>
            </View>
          </View>
        ))}
      </Section>

      <Section title={t('policy.body')} id='policy-body' show={policy.body.trim() !== ''}>
        <RichText className='policy-page__rich' nodes={policy.body} />
      </Section>

      <Text className='policy-page__updated'>{t('policy.updated', { date: policy.updatedAt.slice(0, 10) })}</Text>

      <View className='policy-page__actions'>
        <View id='policy-ask-concierge' className='policy-page__primary' hoverClass='policy-page__pressed' onClick={askConcierge}>
          <Text>{t('policy.askConcierge')}</Text>
        </View>
        {share.kind === 'copy-link' ? (
          <View id='policy-copy-link' className='policy-page__secondary' hoverClass='policy-page__pressed' onClick={() => copy(share.url)}>
            <Text>{t('policy.copyLink')}</Text>
          </View>
        ) : (
          <Button id='policy-share' className='policy-page__secondary policy-page__share-button' openType='share'>
            {t('policy.share')}
          </Button>
        )}
      </View>
    </View>
  )
}

function Section({ title, id, show = true, children }: { title: string; id: string; show?: boolean; children: ReactNode }) {
  if (!show) return null
  return (
    <View id={id} className='policy-page__section'>
      <Text className='policy-page__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function Fact({ label, value, highlight = false, testId }: { label: string; value: string; highlight?: boolean; testId?: string }) {
  if (!value) return null
  return (
    <View id={testId} className='policy-page__fact'>
      <Text className='policy-page__fact-label'>{label}</Text>
      <Text className={`policy-page__fact-value${highlight ? ' policy-page__fact-value--alert' : ''}`}>{value}</Text>
    </View>
  )
}
