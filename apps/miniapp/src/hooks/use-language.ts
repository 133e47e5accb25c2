import { useCallback } from 'react'
import type { Language } from '@zhaoshang/i18n'
import { useTranslation } from '../i18n'
import { currentLanguage, switchLanguage } from '../services/language'

/** The current language and a setter that applies and remembers it. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation()
  const setLanguage = useCallback((language: Language) => switchLanguage(i18n, language), [i18n])
  return { language: currentLanguage(i18n), setLanguage }
}
