import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  adminTexts,
  commonTexts,
  errorsTexts,
  i18nextOptionsWith,
  intentsTexts,
  isLanguage,
  normalizeLanguage,
  policiesTexts,
  resourcesOf,
  type Language,
  type Namespace,
  type NamespaceBundle,
} from '@zhaoshang/i18n';
import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGE_STORAGE_KEY } from './language-storage-key';

export { LANGUAGES };
export type { Language };

/** The console's namespaces; `admin` first so `t('nav.leads')` needs no prefix. */
export const ADMIN_NAMESPACES = ['admin', 'common', 'errors', 'policies', 'intents'] as const;

/** Remembered choice first, then the browser's preference, then the platform default. */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Language {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? undefined : normalizeLanguage(navigator.languages?.join(',') || navigator.language);
  return browser ?? DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice then lasts for this page only.
  }
}

/** The shell's texts, bundled with the first load; feature pages bring their own (`addTexts`). */
const SHELL_TEXTS = /* @__PURE__ */ resourcesOf({
  admin: adminTexts,
  common: commonTexts,
  errors: errorsTexts,
  policies: policiesTexts,
  intents: intentsTexts,
});

/**
 * One i18next instance per app, handed down by I18nextProvider (tests get their own). The shell's
 * resources are bundled, so init is synchronous and the first paint is already translated.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nextOptionsWith(SHELL_TEXTS, language, ADMIN_NAMESPACES), initAsync: false });
  return instance;
}

/**
 * Adds a feature namespace that arrived with a lazy page's chunk. Synchronous and idempotent, so a
 * page calls it while rendering (see `useFeatureTranslation`) and its first paint is translated.
 */
export function addTexts(instance: I18n, ns: Namespace, texts: NamespaceBundle): void {
  for (const lang of LANGUAGES) {
    if (!instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, texts[lang], true, false);
  }
}

/** The language i18next is in, narrowed to the three the platform supports. */
export function currentLanguage(instance: I18n): Language {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
