import type { Language } from '@zhaoshang/i18n'

/** A mini-program page has no document; the language is carried by the rendered text alone. */
export function applyDocumentLanguage(_language: Language): void {}
