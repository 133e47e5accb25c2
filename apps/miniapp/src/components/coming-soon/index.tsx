import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import type { Feature } from '../../services/navigation'
import './index.css'

/** Placeholder body for a feature page that is not built yet. */
export function ComingSoon({ feature }: { feature: Feature }) {
  const { t } = useTranslation()
  return (
    <View className='coming-soon' data-feature={feature}>
      <Text className='coming-soon__title'>{t(`feature.${feature}`)}</Text>
      <Text className='coming-soon__description'>{t(`home.feature.${feature}.description`)}</Text>
      <View className='coming-soon__badge'>
        <Text>{t('comingSoon')}</Text>
      </View>
      <Text className='coming-soon__note'>{t('placeholder.note')}</Text>
    </View>
  )
}
