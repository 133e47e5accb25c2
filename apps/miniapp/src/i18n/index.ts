import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { i18nextOptions, type Language } from '@zhaoshang/i18n'

// `policies` holds the names shared with the server's sentences (sizes, talent, benefits, sorts);
// `intents` the stages, close reasons, timelines, event kinds and the privacy notice.
export const MINIAPP_NAMESPACES = ['miniapp', 'common', 'errors', 'policies', 'intents'] as const

/** A fresh, synchronously initialised instance; resources are bundled, nothing is fetched. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    ...i18nextOptions(language, MINIAPP_NAMESPACES),
    initAsync: false,
    react: { useSuspense: false },
  })
  return instance
}
