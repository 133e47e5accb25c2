import type { Language } from '@zhaoshang/i18n'

/** Screen readers, hyphenation and CJK font choice follow `<html lang>`. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language
}
