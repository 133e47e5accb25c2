import { Text, View } from '@tarojs/components'
import type { ReferenceItem } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import type { MetaState } from '../../hooks/use-meta'
import { toUserError } from '../../services/errors'
import './index.css'

type Props = { state: MetaState; onRetry: () => void }

/** The district and its "3+6" industries, from /api/v1/meta. */
export function DistrictCard({ state, onRetry }: Props) {
  const { t } = useTranslation()

  if (state.status === 'loading') {
    return (
      <View className='district-card district-card--loading' data-state='loading'>
        <Text className='district-card__status'>{t('state.loading')}</Text>
      </View>
    )
  }

  if (state.status === 'error') {
    const error = toUserError(state.error, t)
    return (
      <View className='district-card district-card--error' data-state='error' data-error-code={error.code}>
        <Text className='district-card__error-title'>{t('state.error')}</Text>
        <Text className='district-card__error-message'>{error.message}</Text>
        <View className='district-card__retry' data-action='retry' hoverClass='district-card__retry--hover' onClick={onRetry}>
          <Text>{t('action.retry')}</Text>
        </View>
      </View>
    )
  }

  const { meta } = state
  const leading = meta.industries.filter((i) => i.group === 'leading')
  const future = meta.industries.filter((i) => i.group !== 'leading')
  const partial = meta.district.fallback || meta.industries.some((i) => i.fallback)

  return (
    <View className='district-card' data-state='ready'>
      <View className='district-card__header'>
        <Text className='district-card__title'>{t('home.meta.title', { district: meta.district.name })}</Text>
        {meta.sampleData && (
          <Text className='district-card__sample'>
            {t('sampleData')}
          </Text>
        )}
      </View>
      <Text className='district-card__subtitle'>{t('home.meta.industries')}</Text>
      <IndustryGroup label={t('home.meta.leading')} items={leading} variant='leading' />
      <IndustryGroup label={t('home.meta.future')} items={future} variant='future' />
      {partial && <Text className='district-card__note'>{t('home.meta.partialTranslation')}</Text>}
    </View>
  )
}

function IndustryGroup({ label, items, variant }: { label: string; items: ReferenceItem[]; variant: 'leading' | 'future' }) {
  if (items.length === 0) return null
  return (
    <View className='district-card__group'>
      <Text className='district-card__group-label'>{label}</Text>
      <View className='district-card__chips'>
        {items.map((item) => (
          <Text key={item.code} className={`district-card__chip district-card__chip--${variant}`} data-industry={item.code}>
            {item.name}
          </Text>
        ))}
      </View>
    </View>
  )
}
