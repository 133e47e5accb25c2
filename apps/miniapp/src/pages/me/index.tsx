import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { LanguageSwitcher } from '../../components/language-switcher'
import { PageFrame } from '../../components/page-frame'
import { useMyData } from '../../hooks/use-my-data'
import { openMyIntents } from '../../services/navigation'
import './index.css'

export default function MePage() {
  const { t } = useTranslation()
  const data = useMyData()
  const { state } = data
  return (
    <PageFrame title={t('me.title')} tab>
      <View id='me' className='me-page'>
        <View className='me-page__card'>
          <Text className='me-page__heading'>{t('language.label')}</Text>
          <LanguageSwitcher />
        </View>
        <View className='me-page__card'>
          <Text className='me-page__heading'>{t('me.intents.heading')}</Text>
          <View className='me-page__entry' data-testid='me-my-intents' hoverClass='me-page__pressed' onClick={openMyIntents}>
            <Text className='me-page__entry-label'>{t('me.intents.mine')}</Text>
            <Text className='me-page__arrow'>›</Text>
          </View>
        </View>
        <View className='me-page__card' data-testid='me-data'>
          <Text className='me-page__heading'>{t('me.data.heading')}</Text>
          <Text className='me-page__text me-page__text--muted'>{t('me.data.explain')}</Text>
          <View className='me-page__entry' data-testid='me-export' hoverClass='me-page__pressed' onClick={state.status === 'exporting' ? undefined : data.exportData}>
            <Text className='me-page__entry-label'>{state.status === 'exporting' ? t('me.data.exporting') : t('me.data.export')}</Text>
            <Text className='me-page__arrow'>›</Text>
          </View>
          {state.status === 'exported' && (
            <View className='me-page__export' data-testid='me-export-result'>
              <Text className='me-page__export-text' userSelect>
                {state.json}
              </Text>
            </View>
          )}
          <View className='me-page__entry me-page__entry--danger' data-testid='me-delete' hoverClass='me-page__pressed' onClick={data.askToDelete}>
            <Text className='me-page__entry-label'>{t('me.delete')}</Text>
            <Text className='me-page__arrow'>›</Text>
          </View>
          {(state.status === 'confirmDelete' || state.status === 'deleting') && (
            <View className='me-page__confirm' data-testid='me-delete-dialog' role='alertdialog'>
              <Text className='me-page__confirm-title'>{t('me.delete.confirmTitle')}</Text>
              <Text className='me-page__text'>{t('me.delete.confirmBody')}</Text>
              <View className='me-page__confirm-actions'>
                <View className='me-page__button' data-testid='me-delete-cancel' hoverClass='me-page__pressed' onClick={data.cancel}>
                  <Text>{t('action.cancel')}</Text>
                </View>
                <View
                  className='me-page__button me-page__button--danger'
                  data-testid='me-delete-confirm'
                  hoverClass='me-page__pressed'
                  onClick={state.status === 'deleting' ? undefined : data.deleteAccount}
                >
                  <Text>{state.status === 'deleting' ? t('me.delete.deleting') : t('me.delete.confirm')}</Text>
                </View>
              </View>
            </View>
          )}
          {state.status === 'deleted' && (
            <Text className='me-page__text' data-testid='me-deleted'>
              {t('me.delete.done')}
            </Text>
          )}
          {state.status === 'error' && (
            <Text className='me-page__text me-page__text--error' data-testid='me-data-error'>
              {state.message}
            </Text>
          )}
        </View>
        <View className='me-page__card me-page__about'>
          <Text className='me-page__heading'>{t('me.about.title')}</Text>
          <Text className='me-page__app-name'>{t('app.name')}</Text>
          <Text className='me-page__text'>{t('me.about.body')}</Text>
          <Text className='me-page__text me-page__text--muted'>{t('me.about.openSource')}</Text>
        </View>
      </View>
    </PageFrame>
  )
}
