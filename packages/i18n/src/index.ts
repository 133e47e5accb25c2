// Only re-exports: a bundler keeps just the modules whose exports an app uses (webpack cannot
// prove an object literal free of side effects, so a barrel that built one would drag every
// namespace into every bundle).
export { LANGUAGES, DEFAULT_LANGUAGE, FALLBACK_CHAIN, normalizeLanguage, isLanguage } from '@zhaoshang/contracts';
export type { Language } from '@zhaoshang/contracts';
export * from './options';
export * from './translator';
export { resources, i18nextOptions, translate } from './resources';

/**
 * Each namespace's texts on their own. A lazy console page imports only its feature's bundle (and
 * adds it to the i18n instance), so those texts travel in the page's chunk, not the first load.
 */
export { default as commonTexts } from './namespaces/common';
export { default as errorsTexts } from './namespaces/errors';
export { default as miniappTexts } from './namespaces/miniapp';
export { default as adminTexts } from './namespaces/admin';
export { default as policiesTexts } from './namespaces/policies';
export { default as intentsTexts } from './namespaces/intents';
export { default as heatmapTexts } from './namespaces/heatmap';
export { default as heatmapAdminTexts } from './namespaces/heatmap-admin';
export { default as guideTexts } from './namespaces/guide';
export { default as conciergesTexts } from './namespaces/concierges';
export { default as conciergesAdminTexts } from './namespaces/concierges-admin';
export { default as insightsTexts } from './namespaces/insights';
export { default as intentFormTexts } from './namespaces/intent-form';
export { default as policyMatchTexts } from './namespaces/policy-match';
