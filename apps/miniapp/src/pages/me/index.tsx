import { Text, View } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../../components/language-switcher'
import { usePageChrome } from '../../hooks/use-page-chrome'
import './index.css'

export default function MePage() {
  const { t } = useTranslation()
  usePageChrome({ titleKey: 'me.title', tab: true })
  return (
    <View id='me' className='me-page'>
      <View className='me-page__card'>
        <Text className='me-page__heading'>{t('language.label')}</Text>
        <LanguageSwitcher />
      </View>
      <View className='me-page__card me-page__about'>
        <Text className='me-page__heading'>{t('me.about.title')}</Text>
        <Text className='me-page__app-name'>{t('app.name')}</Text>
        <Text className='me-page__text'>{t('me.about.body')}</Text>
        <Text className='me-page__text me-page__text--muted'>{t('me.about.openSource')}</Text>
      </View>
    </View>
  )
}
