import { useEffect, useState, type PropsWithChildren } from 'react'
import { useDidShow } from '@tarojs/taro'
import { I18nProvider } from './i18n'
import { createI18n } from './i18n'
import { applyDocumentLanguage } from './platform/document-language'
import { api } from './services/api'
import { intentOutbox } from './services/intent-outbox'
import { currentLanguage, initialLanguage } from './services/language'
import { watchWechatPrivacy } from './services/wechat-privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  const [i18n] = useState(() => createI18n(initialLanguage()))

  useEffect(() => {
    applyDocumentLanguage(currentLanguage(i18n))
  }, [i18n])

  // WeChat's privacy requests are heard from launch, whichever page answers them
  useEffect(watchWechatPrivacy, [])
  // an intent submitted offline goes out when the network returns, wherever the investor is
  useEffect(() => intentOutbox(api).retain(), [])
  useDidShow(() => {
    void intentOutbox(api).flush({ force: true })
  })

  // children are the pages
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>
}

export default App
