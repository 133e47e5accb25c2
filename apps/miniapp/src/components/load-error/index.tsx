import { Text, View } from '@tarojs/components'
import { useTranslation } from '../../i18n'
import { toUserError } from '../../services/errors'
import { NotFound } from '../not-found'
import './index.css'

/**
 * A failed load: what went wrong in the user's language, and a retry when that may help. What does
 * not exist (a withdrawn policy, an old link) cannot be retried: that leads on to the policy finder.
 */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry: () => void; title?: string }) {
  const { t } = useTranslation()
  const { code, message } = toUserError(error, t)
  if (code === 'NOT_FOUND') return <NotFound what='item' />
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
