import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { toUserError } from '../../services/errors'
import './index.css'

/** A failed load: what went wrong in the user's language, and a retry when that may help. */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry: () => void; title?: string }) {
  const { t } = useTranslation()
  const { code, message } = toUserError(error, t)
  return (
    <View className='load-error' data-state='error' data-error-code={code}>
      <Text className='load-error__title'>{title ?? t('state.error')}</Text>
      <Text className='load-error__message'>{message}</Text>
      <View className='load-error__retry' data-action='retry' hoverClass='load-error__retry--hover' onClick={onRetry}>
        <Text>{t('action.retry')}</Text>
      </View>
    </View>
  )
}
