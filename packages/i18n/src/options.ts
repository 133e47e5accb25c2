import type { Language } from '@zhaoshang/contracts';

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
  'concierges-admin',
  'insights',
  'intent-form',
  'policy-match',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type ResourceBundle = Record<string, string>;
/** One namespace in the three languages, as `src/namespaces/<ns>.ts` exports it. */
export type NamespaceBundle = Record<Language, ResourceBundle>;
export type Resources = Record<Language, Record<Namespace, ResourceBundle>>;

/** Namespace bundles regrouped by language, the shape i18next's `resources` option takes. */
export function resourcesOf(bundles: Partial<Record<Namespace, NamespaceBundle>>): Partial<Resources> {
  const out: Partial<Record<Language, Partial<Record<Namespace, ResourceBundle>>>> = {};
  for (const lang of ['zh-CN', 'en', 'ja'] as const) {
    out[lang] = Object.fromEntries(Object.entries(bundles).map(([ns, bundle]) => [ns, bundle[lang]]));
  }
  return out as Partial<Resources>;
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
