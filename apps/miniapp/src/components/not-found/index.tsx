import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { goHome, openFeature } from '../../services/navigation'
import './index.css'

/**
 * Where a link leads nowhere (an unknown page) or to an item that is gone (a withdrawn policy):
 * say so, and lead on to the policy finder, or home.
 */
export function NotFound({ what }: { what: 'page' | 'item' }) {
  const { t } = useTranslation()
  return (
    <View className='not-found' data-testid='not-found' data-what={what}>
      <Text className='not-found__title'>{t('notFound.title')}</Text>
      <Text className='not-found__message'>{t(what === 'page' ? 'notFound.page' : 'notFound.item')}</Text>
      <View className='not-found__primary' data-testid='not-found-policies' hoverClass='not-found__pressed' onClick={() => openFeature('policies')}>
        <Text>{t('notFound.policies')}</Text>
      </View>
      <View className='not-found__secondary' data-testid='not-found-home' hoverClass='not-found__pressed' onClick={goHome}>
        <Text>{t('notFound.home')}</Text>
      </View>
    </View>
  )
}
