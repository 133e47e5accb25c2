import { createContext, createElement, useContext, useEffect, useMemo, useReducer, type PropsWithChildren } from 'react'
import {
  commonTexts,
  conciergesTexts,
  createTranslator,
  errorsTexts,
  intentsTexts,
  LANGUAGES,
  miniappTexts,
  policiesTexts,
  type Namespace,
  type NamespaceBundle,
  type Language,
  type TFunction,
  type Translator,
} from '@zhaoshang/i18n'

export type I18n = Translator
export type { TFunction }

// Only the namespaces of the main package's pages travel with the launch: `policies` holds the
// names shared with the server's sentences (sizes, talent, benefits, sorts); `intents` the stages
// and the privacy notice; `concierges` the concierge tab and card. A subpackage brings its own
// namespace (heatmap, guide, intent-form, policy-match) through `useFeatureTexts`, so those texts
// travel in the subpackage that shows them.
const TEXTS = {
  miniapp: miniappTexts,
  common: commonTexts,
  errors: errorsTexts,
  policies: policiesTexts,
  intents: intentsTexts,
  concierges: conciergesTexts,
}
const DEFAULT_NAMESPACE = 'miniapp'

export const MINIAPP_NAMESPACES = Object.keys(TEXTS) as (keyof typeof TEXTS)[]

// The instance the app created, for code outside components (the API client's language header).
let current: I18n | undefined

/** A fresh instance with the main package's texts; nothing is fetched. */
export function createI18n(language: Language): I18n {
  current = createTranslator(language, TEXTS, DEFAULT_NAMESPACE)
  return current
}

/** The instance the app created, if it has. */
export function getI18n(): I18n | undefined {
  return current
}

const I18nContext = createContext<I18n | undefined>(undefined)

export function I18nProvider({ i18n, children }: PropsWithChildren<{ i18n: I18n }>) {
  return createElement(I18nContext.Provider, { value: i18n }, children)
}

/**
 * `t` over the given namespaces (default `miniapp`), then `common`; the component renders again
 * when the language changes.
 */
export function useTranslation(ns: Namespace | readonly Namespace[] = DEFAULT_NAMESPACE): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext) ?? current
  if (!i18n) throw new Error('useTranslation outside I18nProvider')
  const [, languageChanged] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    i18n.on('languageChanged', languageChanged)
    return () => i18n.off('languageChanged', languageChanged)
  }, [i18n])
  const namespaces = typeof ns === 'string' ? [ns] : ns
  const key = namespaces.join(',')
  // a new `t` when the language changes, so effects and memos that depend on it run again
  const t = useMemo(() => i18n.getFixedT(null, namespaces), [i18n, i18n.language, key])
  return { t, i18n }
}

/** Adds a feature's texts to the instance once (every language, so a switch needs nothing more). */
export function addTexts(i18n: I18n, ns: Namespace, texts: NamespaceBundle): void {
  for (const language of LANGUAGES) {
    if (!i18n.hasResourceBundle(language, ns)) i18n.addResourceBundle(language, ns, texts[language])
  }
}

/**
 * `useTranslation` for a subpackage's own namespace: the page imports its bundle (which puts the
 * texts in the subpackage), and this adds it before the first `t`. Keys without a prefix are
 * looked up in the feature's namespace, then in `miniapp`, then in `common`.
 */
export function useFeatureTexts(ns: Namespace, texts: NamespaceBundle) {
  const i18n = useContext(I18nContext) ?? current
  if (i18n) addTexts(i18n, ns, texts)
  return useTranslation([ns, DEFAULT_NAMESPACE])
}
