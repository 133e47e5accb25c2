import { Text, View } from '@tarojs/components'
import { LANGUAGES } from '@zhaoshang/i18n'
import { useTranslation } from '../../i18n'
import { useLanguage } from '../../hooks/use-language'
import './index.css'

/** Three buttons, each labelled in its own language so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation()
  const { language, setLanguage } = useLanguage()
  return (
    <View className='language-switcher'>
      {LANGUAGES.map((code) => (
        <View
          key={code}
          className={`language-switcher__option${code === language ? ' language-switcher__option--active' : ''}`}
          data-lang={code}
          hoverClass='language-switcher__option--hover'
          onClick={() => {
            if (code !== language) void setLanguage(code)
          }}
        >
          <Text>{t(`language.${code}`, { lng: code })}</Text>
        </View>
      ))}
    </View>
  )
}
