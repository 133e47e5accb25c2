import { FALLBACK_CHAIN, LANGUAGES, type Language } from '@zhaoshang/contracts';
import { NAMESPACES, type Namespace, type NamespaceBundle, type ResourceBundle } from './options';

/**
 * A small translator for the mini-program, whose main package WeChat limits in size: i18next and
 * react-i18next are about 65 KB of it, and the mini-program needs only what is here — flat
 * dotted keys, `ns:key` prefixes, `{{name}}` interpolation, the fallback chain ja → en → zh-CN and
 * namespaces added by subpackages. It follows i18next's rules for those, so the console (which
 * keeps i18next) and the mini-program read the same resources the same way.
 */

export type TOptions = { lng?: Language } & Record<string, unknown>;
export type TFunction = (key: string, options?: TOptions) => string;
export type TranslatorEvent = 'languageChanged';

export type Translator = {
  /** the current language */
  readonly language: Language;
  /** `t` over the default namespace, then `common` */
  t: TFunction;
  /** `t` over these namespaces in order (then `common`), in the current language unless `lng` is given */
  getFixedT(lng: Language | null, namespaces: readonly Namespace[]): TFunction;
  changeLanguage(language: Language): Promise<void>;
  hasResourceBundle(language: Language, ns: Namespace): boolean;
  addResourceBundle(language: Language, ns: Namespace, bundle: ResourceBundle): void;
  on(event: TranslatorEvent, listener: () => void): void;
  off(event: TranslatorEvent, listener: () => void): void;
};

export const FALLBACK_NAMESPACE: Namespace = 'common';

/** `{{ name }}` → the value; a value that is not given becomes empty, as in i18next with escaping off. */
export function interpolate(text: string, values: Record<string, unknown> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * The text of `key` (or `ns:key`) in the first of the namespaces, then of the languages along the
 * fallback chain, that has it; the key itself when none does (as i18next answers a missing key).
 */
export function lookup(
  texts: (language: Language, ns: Namespace) => ResourceBundle | undefined,
  language: Language,
  namespaces: readonly Namespace[],
  key: string,
  values?: Record<string, unknown>,
): string {
  const colon = key.indexOf(':');
  const prefix = colon > 0 ? key.slice(0, colon) : undefined;
  const scoped = prefix !== undefined && isNamespace(prefix);
  const bare = scoped ? key.slice(colon + 1) : key;
  const order = scoped ? [prefix] : namespaces;
  for (const ns of order) {
    for (const lang of FALLBACK_CHAIN[language]) {
      const text = texts(lang, ns)?.[bare];
      if (typeof text === 'string' && text !== '') return interpolate(text, values);
    }
  }
  return bare;
}

function isNamespace(value: string): value is Namespace {
  return (NAMESPACES as readonly string[]).includes(value);
}

/** A translator over bundled namespaces; subpackages add theirs with `addResourceBundle`. */
export function createTranslator(
  initial: Language,
  bundles: Partial<Record<Namespace, NamespaceBundle>>,
  defaultNamespace: Namespace,
): Translator {
  const store = new Map<string, ResourceBundle>();
  const id = (language: Language, ns: Namespace) => `${language}\u0000${ns}`;
  const texts = (language: Language, ns: Namespace) => store.get(id(language, ns));
  const listeners: Record<TranslatorEvent, Set<() => void>> = { languageChanged: new Set() };
  const emit = (event: TranslatorEvent) => listeners[event].forEach((listener) => listener());
  let language = initial;

  const translator: Translator = {
    get language() {
      return language;
    },
    t: (key, options) => translator.getFixedT(null, [defaultNamespace])(key, options),
    getFixedT: (lng, namespaces) => {
      const order = [...namespaces, FALLBACK_NAMESPACE];
      return (key, options) => lookup(texts, options?.lng ?? lng ?? language, order, key, options);
    },
    async changeLanguage(next) {
      if (next === language) return;
      language = next;
      emit('languageChanged');
    },
    hasResourceBundle: (lang, ns) => store.has(id(lang, ns)),
    addResourceBundle(lang, ns, bundle) {
      store.set(id(lang, ns), bundle);
    },
    on: (event, listener) => void listeners[event].add(listener),
    off: (event, listener) => void listeners[event].delete(listener),
  };
  for (const [ns, bundle] of Object.entries(bundles) as [Namespace, NamespaceBundle][]) {
    for (const lang of LANGUAGES) translator.addResourceBundle(lang, ns, bundle[lang]);
  }
  return translator;
}
