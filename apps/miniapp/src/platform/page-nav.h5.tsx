import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useTranslation } from '../i18n'
import { goHome } from '../services/navigation'
import './page-nav.h5.css'

/**
 * A browser shows no navigation bar: below the tab pages this bar gives back (to the page before,
 * or home when the page was opened from a link) and home, with the page's title.
 */
export function PageNav({ title }: { title: string }) {
  const { t } = useTranslation()
  const back = () => {
    if (Taro.getCurrentPages().length > 1) {
      const pending: unknown = Taro.navigateBack()
      if (pending instanceof Promise) pending.catch(goHome)
    } else goHome()
  }
  return (
    <View className='page-nav' data-testid='page-nav'>
      <View className='page-nav__button' role='button' aria-label={t('nav.back')} data-testid='page-nav-back' hoverClass='page-nav__pressed' onClick={back}>
        <Text className='page-nav__icon'>‹</Text>
        <Text className='page-nav__label'>{t('nav.back')}</Text>
      </View>
      <Text className='page-nav__title'>
        {title}
      </Text>
      <View className='page-nav__button page-nav__button--home' role='button' aria-label={t('nav.home')} data-testid='page-nav-home' hoverClass='page-nav__pressed' onClick={goHome}>
        <Text className='page-nav__label'>{t('nav.home')}</Text>
      </View>
    </View>
  )
}
