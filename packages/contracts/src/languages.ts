/** The three languages every screen, message and content field exists in. */
export const LANGUAGES = ['zh-CN', 'en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Where a translation is missing, readers get the next language in their chain. */
export const FALLBACK_CHAIN: Readonly<Record<Language, readonly Language[]>> = {
  'zh-CN': ['zh-CN'],
  en: ['en', 'zh-CN'],
  ja: ['ja', 'en', 'zh-CN'],
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps a loose tag (`ja-JP`, `zh`, `en-US,en;q=0.9`) to a supported language, or undefined.
 * Accept-Language lists are read in the caller's order of preference.
 */
export function normalizeLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const candidates = tag
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { range: range.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((c) => c.range && !Number.isNaN(c.q) && c.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { range } of candidates) {
    if (range.startsWith('zh')) return 'zh-CN';
    if (range.startsWith('en')) return 'en';
    if (range.startsWith('ja')) return 'ja';
  }
  return undefined;
}

/** Text stored per language; any language may be missing until translated. */
export type Translated<T = string> = Partial<Record<Language, T>>;

export type Resolved<T> = {
  value: T;
  /** the language the value is actually in */
  language: Language;
  /** true when the requested language was missing and a fallback was used */
  fallback: boolean;
};

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/** Picks the requested language or the first present one along its fallback chain. */
export function resolveTranslation<T>(values: Translated<T>, requested: Language): Resolved<T> | undefined {
  for (const language of FALLBACK_CHAIN[requested]) {
    const value = values[language];
    if (isPresent(value)) return { value: value as T, language, fallback: language !== requested };
  }
  return undefined;
}
