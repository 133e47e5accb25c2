import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  commonTexts,
  conciergesTexts,
  errorsTexts,
  guideTexts,
  heatmapTexts,
  i18nextOptionsWith,
  intentsTexts,
  miniappTexts,
  policiesTexts,
  resourcesOf,
  type Language,
} from '@zhaoshang/i18n'

// Only the investor's namespaces travel in the main package (the console's stay out of it):
// `policies` holds the names shared with the server's sentences (sizes, talent, benefits, sorts);
// `intents` the stages, close reasons, timelines, event kinds and the privacy notice; `heatmap` the map
// page; `guide` the investment guide; `concierges` the concierge page and card.
const TEXTS = {
  miniapp: miniappTexts,
  common: commonTexts,
  errors: errorsTexts,
  policies: policiesTexts,
  intents: intentsTexts,
  heatmap: heatmapTexts,
  guide: guideTexts,
  concierges: conciergesTexts,
}
const RESOURCES = /* @__PURE__ */ resourcesOf(TEXTS)

export const MINIAPP_NAMESPACES = Object.keys(TEXTS) as (keyof typeof TEXTS)[]

/** A fresh, synchronously initialised instance; resources are bundled, nothing is fetched. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    ...i18nextOptionsWith(RESOURCES, language, MINIAPP_NAMESPACES),
    initAsync: false,
    react: { useSuspense: false },
  })
  return instance
}
