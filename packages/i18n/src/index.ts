import type { Language } from '@zhaoshang/contracts';
import zhCommon from '../locales/zh-CN/common.json';
import zhErrors from '../locales/zh-CN/errors.json';
import zhMiniapp from '../locales/zh-CN/miniapp.json';
import zhAdmin from '../locales/zh-CN/admin.json';
import zhPolicies from '../locales/zh-CN/policies.json';
import zhIntents from '../locales/zh-CN/intents.json';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enMiniapp from '../locales/en/miniapp.json';
import enAdmin from '../locales/en/admin.json';
import enPolicies from '../locales/en/policies.json';
import enIntents from '../locales/en/intents.json';
import jaCommon from '../locales/ja/common.json';
import jaErrors from '../locales/ja/errors.json';
import jaMiniapp from '../locales/ja/miniapp.json';
import jaAdmin from '../locales/ja/admin.json';
import jaPolicies from '../locales/ja/policies.json';
import jaIntents from '../locales/ja/intents.json';

export { LANGUAGES, DEFAULT_LANGUAGE, FALLBACK_CHAIN, normalizeLanguage, isLanguage } from '@zhaoshang/contracts';
export type { Language } from '@zhaoshang/contracts';

/** One file per language per namespace; keys are flat and dotted (`home.title`). */
export const NAMESPACES = ['common', 'errors', 'miniapp', 'admin', 'policies', 'intents'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type ResourceBundle = Record<string, string>;
export type Resources = Record<Language, Record<Namespace, ResourceBundle>>;

export const resources: Resources = {
  'zh-CN': { common: zhCommon, errors: zhErrors, miniapp: zhMiniapp, admin: zhAdmin, policies: zhPolicies, intents: zhIntents },
  en: { common: enCommon, errors: enErrors, miniapp: enMiniapp, admin: enAdmin, policies: enPolicies, intents: enIntents },
  ja: { common: jaCommon, errors: jaErrors, miniapp: jaMiniapp, admin: jaAdmin, policies: jaPolicies, intents: jaIntents },
};

/**
 * Options every app passes to `i18next.init`: flat dotted keys (no nesting), fallback chain
 * ja → en → zh-CN as for content, and no HTML escaping (React escapes).
 */
export function i18nextOptions(language: Language, ns: readonly Namespace[] = NAMESPACES) {
  return {
    lng: language,
    resources,
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
