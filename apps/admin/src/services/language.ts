import { DEFAULT_LANGUAGE, LANGUAGES, i18nextOptions, isLanguage, normalizeLanguage, type Language } from '@zhaoshang/i18n';
import i18next, { type i18n as I18n } from 'i18next';

export { LANGUAGES };
export type { Language };

const STORAGE_KEY = 'zhaoshang.admin.language';

/** The console's namespaces; `admin` first so `t('nav.leads')` needs no prefix. */
export const ADMIN_NAMESPACES = ['admin', 'common', 'errors', 'policies', 'intents'] as const;

/** Remembered choice first, then the browser's preference, then the platform default. */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Language {
  const stored = storage?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? undefined : normalizeLanguage(navigator.languages?.join(',') || navigator.language);
  return browser ?? DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice then lasts for this page only.
  }
}

/**
 * One i18next instance per app, handed down by I18nextProvider (tests get their own). All resources
 * are bundled, so init is synchronous and the first paint is already translated.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nextOptions(language, ADMIN_NAMESPACES), initAsync: false });
  return instance;
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
