import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { DistrictCard } from '../../components/district-card'
import { LanguageSwitcher } from '../../components/language-switcher'
import { PageFrame } from '../../components/page-frame'
import { useLanguage } from '../../hooks/use-language'
import { useMeta } from '../../hooks/use-meta'
import { FEATURES, openFeature } from '../../services/navigation'
import './index.css'

export default function HomePage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { state, reload } = useMeta(language)

  return (
    <PageFrame title={t('app.name')} tab>
      <View id='home' className='home'>
        <View className='home__hero'>
          <Text className='home__name'>{t('app.name')}</Text>
          <Text className='home__tagline'>{t('app.tagline')}</Text>
          <View className='home__languages'>
            <LanguageSwitcher />
          </View>
        </View>

        <View className='home__section'>
          <Text className='home__section-title'>{t('home.featuresTitle')}</Text>
          <View className='home__features'>
            {FEATURES.map((feature, index) => (
              <View
                key={feature}
                className={`home__feature home__feature--${feature}`}
                data-feature={feature}
                hoverClass='home__feature--hover'
                onClick={() => openFeature(feature)}
              >
                <Text className='home__feature-index'>{String(index + 1).padStart(2, '0')}</Text>
                <View className='home__feature-body'>
                  <Text className='home__feature-name'>{t(`feature.${feature}`)}</Text>
                  <Text className='home__feature-description'>{t(`home.feature.${feature}.description`)}</Text>
                </View>
                <View className='home__feature-arrow' />
              </View>
            ))}
          </View>
        </View>

        <View className='home__section'>
          <DistrictCard state={state} onRetry={reload} />
        </View>
      </View>
    </PageFrame>
  )
}
