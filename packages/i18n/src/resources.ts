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
import conciergesAdmin from './namespaces/concierges-admin';
import intentForm from './namespaces/intent-form';
import policyMatch from './namespaces/policy-match';
import insights from './namespaces/insights';
import { lookup } from './translator';
import { i18nextOptionsWith, NAMESPACES, type Namespace, type NamespaceBundle, type ResourceBundle, type Resources } from './options';

// Every namespace at once, for the server and tests. Apps that ship only some of them import the
// namespace bundles (`heatmapTexts`, …) instead, which keeps this module and the rest out of their bundles.

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
  'concierges-admin': conciergesAdmin,
  insights,
  'intent-form': intentForm,
  'policy-match': policyMatch,
};

const byLanguage = (lang: Language) =>
  Object.fromEntries(NAMESPACES.map((ns) => [ns, BUNDLES[ns][lang]])) as Record<Namespace, ResourceBundle>;

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

/** Lookup with `{{name}}` interpolation along the fallback chain, for places without an i18n instance (the server). */
export function translate(language: Language, ns: Namespace, key: string, params: Record<string, string | number> = {}): string {
  return lookup((lang, namespace) => resources[lang][namespace], language, [ns], key, params);
}
