import { useEffect, useState, type PropsWithChildren } from 'react'
import Taro, { useDidShow, usePageNotFound } from '@tarojs/taro'
import { createI18n, I18nProvider } from './i18n'
import { applyDocumentLanguage } from './platform/document-language'
import { api } from './services/api'
import { intentOutbox } from './services/intent-outbox'
import { NOT_FOUND_PAGE } from './services/navigation'
import { currentLanguage, initialLanguage } from './services/language'
import { translateTabBar } from './services/tab-bar'
import { watchWechatPrivacy } from './services/wechat-privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  const [i18n] = useState(() => createI18n(initialLanguage()))

  useEffect(() => {
    applyDocumentLanguage(currentLanguage(i18n))
    // the tab bar comes from app.json in Chinese: relabel it at launch, before a tab page asks
    translateTabBar(i18n.getFixedT(null, ['miniapp']))
  }, [i18n])

  // WeChat's privacy requests are heard from launch, whichever page answers them
  useEffect(watchWechatPrivacy, [])
  // an intent submitted offline goes out when the network returns, wherever the investor is
  useEffect(() => intentOutbox(api).retain(), [])
  useDidShow(() => {
    void intentOutbox(api).flush({ force: true })
  })
  // a link to a page the app does not have (an old share card, a mistyped address): say so and lead on
  usePageNotFound(() => {
    const pending: unknown = Taro.reLaunch({ url: NOT_FOUND_PAGE })
    if (pending instanceof Promise) pending.catch(() => undefined)
  })

  // children are the pages
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>
}

export default App
