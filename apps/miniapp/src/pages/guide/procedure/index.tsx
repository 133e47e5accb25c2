import { useEffect, useState } from 'react'
import { RichText, Text, View } from '@tarojs/components'
import type { GuidePageDetail, GuideStep } from '@zhaoshang/contracts'
import { LoadError } from '../../../components/load-error'
import type { PolicyShare } from '../../../platform/share'
import { copyText } from '../../../services/clipboard'
import { GuideFooter, GuideHeader } from '../components/guide-parts'
import { PageFrame } from '../../../components/page-frame'
import { readProgress, writeProgress } from '../procedure-progress'
import { useGuidePage } from '../use-guide-page'
import { useGuideTexts } from '../use-guide-texts'
import './index.css'

/** A procedure as numbered steps the investor ticks off; the ticks stay on the device. */
export default function GuideProcedurePage() {
  const { t } = useGuideTexts()
  const { state, reload, share, wrongKind } = useGuidePage(['procedure'])
  return (
    <PageFrame title={t('feature.guide')}>
      <View id='guide-procedure' className='guide-detail' data-state={wrongKind ? 'loading' : state.status}>
        {state.status === 'loading' && <Text className='guide-detail__status'>{t('state.loading')}</Text>}
        {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
        {state.status === 'ready' && !wrongKind && <Procedure page={state.data} share={share} />}
      </View>
    </PageFrame>
  )
}

function Procedure({ page, share }: { page: GuidePageDetail; share: PolicyShare }) {
  const { t } = useGuideTexts()
  const total = page.steps.length
  const [done, setDone] = useState<number[]>(() => readProgress(page.slug, total))
  // another language's copy of the page may have another number of steps
  useEffect(() => setDone(readProgress(page.slug, total)), [page.slug, total])

  const toggle = (index: number) => {
    const next = done.includes(index) ? done.filter((i) => i !== index) : [...done, index].sort((a, b) => a - b)
    setDone(next)
    writeProgress(page.slug, next)
  }
  const reset = () => {
    setDone([])
    writeProgress(page.slug, [])
  }
  const percent = total === 0 ? 0 : Math.round((done.length / total) * 100)

  return (
    <View className='guide-detail__content' data-slug={page.slug} data-language={page.language}>
      <GuideHeader page={page} />
      <View id='guide-progress' className='guide-detail__card guide-progress' data-done={done.length} data-total={total}>
        <Text className='guide-progress__text'>{t('guide:page.progress', { done: done.length, total })}</Text>
        <View className='guide-progress__bar'>
          <View className='guide-progress__fill' style={{ width: `${percent}%` }} />
        </View>
        {total > 0 && done.length === total && <Text className='guide-progress__complete'>{t('guide:page.progress.complete')}</Text>}
        <View className='guide-progress__footer'>
          <Text className='guide-progress__device'>{t('guide:page.progress.device')}</Text>
          {done.length > 0 && (
            <View id='guide-progress-reset' className='guide-progress__reset' hoverClass='guide-detail__pressed' onClick={reset}>
              <Text>{t('guide:page.progress.reset')}</Text>
            </View>
          )}
        </View>
      </View>
      {page.body.trim() !== '' && (
        <View id='guide-body' className='guide-detail__card'>
          <RichText className='guide-detail__rich' nodes={page.body} />
        </View>
      )}
      <View id='guide-steps' className='guide-detail__card'>
        <Text className='guide-detail__card-title'>{t('guide:page.steps')}</Text>
        {page.steps.map((step, index) => (
          <Step key={index} step={step} number={index + 1} done={done.includes(index)} onToggle={() => toggle(index)} />
        ))}
      </View>
      <GuideFooter page={page} share={share} />
    </View>
  )
}

function Step({ step, number, done, onToggle }: { step: GuideStep; number: number; done: boolean; onToggle: () => void }) {
  const { t } = useGuideTexts()
  const copy = (url: string) => void copyText(url, { done: t('guide:page.copied'), failed: t('guide:page.copyFailed'), declined: t('privacy.actionDeclined') })
  return (
    <View className={`guide-step${done ? ' guide-step--done' : ''}`} data-step={number} data-done={done ? 'true' : 'false'}>
      <View
        id={`guide-step-check-${number}`}
        className='guide-step__check'
        role='checkbox'
        aria-checked={done}
        aria-label={t(done ? 'guide:step.markUndone' : 'guide:step.markDone', { number })}
        hoverClass='guide-detail__pressed'
        onClick={onToggle}
      >
        <Text className='guide-step__number'>{done ? '✓' : number}</Text>
      </View>
      <View className='guide-step__body'>
        <Text className='guide-step__title'>{step.title}</Text>
        {done && <Text className='guide-step__done'>{t('guide:step.done')}</Text>}
        {step.description && <Text className='guide-step__text'>{step.description}</Text>}
        <Fact label={t('guide:step.office')} value={step.office} />
        <Fact label={t('guide:step.duration')} value={step.duration} />
        {step.documents.length > 0 && (
          <View className='guide-step__documents'>
            <Text className='guide-step__label'>{t('guide:step.documents')}</Text>
            {step.documents.map((document, i) => (
              <Text key={i} className='guide-step__document'>
                • {document}
              </Text>
            ))}
          </View>
        )}
        {step.links.map((link) => (
          <View key={link.url} className='guide-step__link'>
            <Text className='guide-step__link-title'>
              {t('guide:step.links')}: {link.title || link.url}
            </Text>
            <View className='guide-step__copy' data-copy-url={link.url} hoverClass='guide-detail__pressed' onClick={() => copy(link.url)}>
              <Text>{t('guide:step.copyLink')}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  if (!value) return null
  return (
    <View className='guide-step__fact'>
      <Text className='guide-step__label'>{label}</Text>
      <Text className='guide-step__value'>{value}</Text>
    </View>
  )
}
