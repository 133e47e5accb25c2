import Taro from '@tarojs/taro'
import { DEFAULT_LANGUAGE, isLanguage, normalizeLanguage, type Language } from '@zhaoshang/i18n'
import type { I18n } from '../i18n'
import { applyDocumentLanguage } from '../platform/document-language'
import { systemLanguageTag } from '../platform/system-language'

export const LANGUAGE_STORAGE_KEY = 'zhaoshang.language'

function storedLanguage(): Language | undefined {
  try {
    const value: unknown = Taro.getStorageSync(LANGUAGE_STORAGE_KEY)
    return isLanguage(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The user's earlier choice; on first launch the system language; else the default. */
export function initialLanguage(): Language {
  return storedLanguage() ?? normalizeLanguage(systemLanguageTag()) ?? DEFAULT_LANGUAGE
}

export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}

/** Applies a language everywhere it shows and remembers it for the next launch. */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  try {
    Taro.setStorageSync(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Storage full or unavailable: the switch still applies to this session.
  }
  applyDocumentLanguage(language)
  await i18n.changeLanguage(language)
}
