import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ConciergeDirectory } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { ChoiceChips } from '../../components/choice-chips'
import { ConciergeCard } from '../../components/concierge-card'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { useMeta } from '../../hooks/use-meta'
import { useApi } from '../../services/api-context'
import { openIntentDetail, openIntentForm } from '../../services/navigation'
import { useMyConcierge } from './use-my-concierge'
import './index.css'

const ALL = ''

/**
 * Contact your 店小二: the investor's own concierge first when they have an intent, then
 * suggestions by their language and the industry they pick, each with call, WeChat and message.
 */
export default function ConciergePage() {
  const { t } = useTranslation()
  const api = useApi()
  const { language } = useLanguage()
  const { state: meta, reload: reloadMeta } = useMeta(language)
  const { state: mine, reload: reloadMine } = useMyConcierge(language)
  const [industry, setIndustry] = useState(ALL)
  const { state: directory, reload: reloadDirectory } = useLoad<ConciergeDirectory>(
    () => api.listConcierges({ query: { lang: language, ...(industry ? { industry } : {}) } }),
    [api, language, industry],
  )

  const own = mine.status === 'ready' ? mine.data : undefined
  // "leave a message": the thread of their intent, or a new intent (routing picks the concierge)
  const message = () => (own?.intent ? openIntentDetail(own.intent.id) : openIntentForm())
  const suggestions = directory.status === 'ready' ? directory.data.items.filter((c) => c.id !== own?.concierge?.id) : []

  return (
    <PageFrame title={t('feature.concierge')} tab>
      <View id='concierge' className='concierge-page' data-mine={own ? (own.concierge ? 'concierge' : own.intent ? 'pending' : 'none') : 'loading'}>
        {mine.status === 'error' && <LoadError error={mine.error} onRetry={reloadMine} />}
        {own?.intent && (
          <View id='concierge-mine' className='concierge-page__section'>
            {own.concierge ? (
              <>
                <Text className='concierge-page__about'>{t('concierges:page.yours.about', { id: String(own.intent.id), company: own.intent.companyName })}</Text>
                <ConciergeCard concierge={own.concierge} intentId={own.intent.id} onMessage={message} />
              </>
            ) : (
              <View className='concierge-page__pending' data-testid='concierge-pending'>
                <Text className='concierge-page__text'>{t('concierges:page.pending', { id: String(own.intent.id) })}</Text>
                <View className='concierge-page__button' hoverClass='concierge-page__pressed' onClick={message}>
                  <Text>{t('concierges:page.openThread')}</Text>
                </View>
              </View>
            )}
          </View>
        )}

        <View className='concierge-page__section'>
          <Text className='concierge-page__title'>{t(own?.concierge ? 'concierges:page.others' : 'concierges:page.find')}</Text>
          <Text className='concierge-page__hint'>{t('concierges:page.hint', { language: t(`language.${language}`) })}</Text>
          <Text className='concierge-page__label'>{t('concierges:page.industry')}</Text>
          {meta.status === 'error' && <LoadError error={meta.error} onRetry={reloadMeta} />}
          {meta.status === 'ready' && (
            <View id='concierge-industries'>
              <ChoiceChips
                name='industry'
                options={[{ value: ALL, label: t('concierges:page.industry.all') }, ...meta.meta.industries.map((i) => ({ value: i.code, label: i.name }))]}
                selected={[industry]}
                onToggle={(value) => setIndustry(value === industry ? ALL : value)}
              />
            </View>
          )}
        </View>

        <View id='concierge-list' className='concierge-page__list' data-state={directory.status} data-industry={industry}>
          {directory.status === 'loading' && <Text className='concierge-page__status'>{t('concierges:page.loading')}</Text>}
          {directory.status === 'error' && <LoadError error={directory.error} onRetry={reloadDirectory} />}
          {directory.status === 'ready' && directory.data.sampleData && <Text className='concierge-page__sample'>{t('concierges:page.sample')}</Text>}
          {directory.status === 'ready' && suggestions.length === 0 && (
            <View id='concierge-empty' className='concierge-page__empty'>
              <Text className='concierge-page__text'>{t('concierges:page.empty')}</Text>
              <View className='concierge-page__actions'>
                {industry !== ALL && (
                  <View id='concierge-empty-all' className='concierge-page__button concierge-page__button--secondary' hoverClass='concierge-page__pressed' onClick={() => setIndustry(ALL)}>
                    <Text>{t('concierges:page.empty.all')}</Text>
                  </View>
                )}
                <View id='concierge-empty-message' className='concierge-page__button' hoverClass='concierge-page__pressed' onClick={message}>
                  <Text>{t('concierges:page.empty.message')}</Text>
                </View>
              </View>
            </View>
          )}
          {suggestions.map((c) => (
            <View key={c.id} className='concierge-page__card'>
              <ConciergeCard concierge={c} role='suggested' intentId={own?.intent?.id ?? null} onMessage={message} />
            </View>
          ))}
        </View>
      </View>
    </PageFrame>
  )
}
