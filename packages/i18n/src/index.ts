import type { Language } from '@zhaoshang/contracts';
import common from './namespaces/common';
import errors from './namespaces/errors';
import miniapp from './namespaces/miniapp';
import admin from './namespaces/admin';
import policies from './namespaces/policies';
import intents from './namespaces/intents';
import heatmap from './namespaces/heatmap';
import heatmapAdmin from './namespaces/heatmap-admin';
import guide from './namespaces/guide';
import concierges from './namespaces/concierges';
import insights from './namespaces/insights';

export { LANGUAGES, DEFAULT_LANGUAGE, FALLBACK_CHAIN, normalizeLanguage, isLanguage } from '@zhaoshang/contracts';
export type { Language } from '@zhaoshang/contracts';

/**
 * One file per language per namespace; keys are flat and dotted (`home.title`). A feature gets its
 * own namespace so the console can load its texts with its page (see `loadNamespace`).
 */
export const NAMESPACES = [
  'common',
  'errors',
  'miniapp',
  'admin',
  'policies',
  'intents',
  'heatmap',
  'heatmap-admin',
  'guide',
  'concierges',
  'insights',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type ResourceBundle = Record<string, string>;
/** One namespace in the three languages, as `src/namespaces/<ns>.ts` exports it. */
export type NamespaceBundle = Record<Language, ResourceBundle>;
export type Resources = Record<Language, Record<Namespace, ResourceBundle>>;

const BUNDLES: Record<Namespace, NamespaceBundle> = {
  common,
  errors,
  miniapp,
  admin,
  policies,
  intents,
  heatmap,
  'heatmap-admin': heatmapAdmin,
  guide,
  concierges,
  insights,
};

const byLanguage = (lang: Language) =>
  Object.fromEntries(NAMESPACES.map((ns) => [ns, BUNDLES[ns][lang]])) as Record<Namespace, ResourceBundle>;

/**
 * Each namespace's texts on their own. A lazy console page imports only its feature's bundle (and
 * adds it to the i18n instance), so those texts travel in the page's chunk, not the first load.
 */
export {
  common as commonTexts,
  errors as errorsTexts,
  miniapp as miniappTexts,
  admin as adminTexts,
  policies as policiesTexts,
  intents as intentsTexts,
  heatmap as heatmapTexts,
  heatmapAdmin as heatmapAdminTexts,
  guide as guideTexts,
  concierges as conciergesTexts,
  insights as insightsTexts,
};

/** Namespace bundles regrouped by language, the shape i18next's `resources` option takes. */
export function resourcesOf(bundles: Partial<Record<Namespace, NamespaceBundle>>): Partial<Resources> {
  const out: Partial<Record<Language, Partial<Record<Namespace, ResourceBundle>>>> = {};
  for (const lang of ['zh-CN', 'en', 'ja'] as const) {
    out[lang] = Object.fromEntries(Object.entries(bundles).map(([ns, bundle]) => [ns, bundle[lang]]));
  }
  return out as Partial<Resources>;
}

/** Every namespace in every language: for the server and the mini-program, which ship them all. */
// (pure: a bundle that never reads `resources` drops it and every namespace it holds)
export const resources: Resources = {
  'zh-CN': /* @__PURE__ */ byLanguage('zh-CN'),
  en: /* @__PURE__ */ byLanguage('en'),
  ja: /* @__PURE__ */ byLanguage('ja'),
};

/**
 * Options every app passes to `i18next.init`: flat dotted keys (no nesting), fallback chain
 * ja → en → zh-CN as for content, and no HTML escaping (React escapes).
 */
export function i18nextOptions(language: Language, ns: readonly Namespace[] = NAMESPACES) {
  return i18nextOptionsWith(resources, language, ns);
}

/**
 * The same options over a subset of the resources. The console passes only the namespaces of its
 * shell, so the texts of the other apps and of lazy pages stay out of its first-load bundle.
 */
export function i18nextOptionsWith(
  bundles: Partial<Record<Language, Partial<Record<Namespace, ResourceBundle>>>> | Partial<Resources>,
  language: Language,
  ns: readonly Namespace[],
) {
  return {
    lng: language,
    resources: bundles,
    ns: [...ns],
    defaultNS: ns[0] ?? 'common',
    fallbackNS: 'common',
    fallbackLng: { ja: ['en', 'zh-CN'], en: ['zh-CN'], default: ['zh-CN'] },
    keySeparator: false as const,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
    initImmediate: false,
  };
}

/** Dependency-free lookup with `{{name}}` interpolation, for places without an i18next instance. */
export function translate(
  language: Language,
  ns: Namespace,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const chain: Language[] = language === 'ja' ? ['ja', 'en', 'zh-CN'] : language === 'en' ? ['en', 'zh-CN'] : ['zh-CN'];
  for (const lang of chain) {
    const text = resources[lang][ns][key];
    if (text) return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  }
  return key;
}
