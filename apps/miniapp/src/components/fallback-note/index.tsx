import { Text } from '@tarojs/components'
import type { Language } from '@zhaoshang/i18n'
import { useTranslation } from '../../i18n'
import './index.css'

/** Says that content is shown in another language because it is not translated yet. */
export function FallbackNote({ language }: { language: Language }) {
  const { t } = useTranslation()
  return (
    <Text className='fallback-note' data-fallback-language={language}>
      {t('fallbackNote', { language: t(`content.language.${language}`) })}
    </Text>
  )
}
