import { intentFormTexts } from '@zhaoshang/i18n'
import { useFeatureTexts } from '../../i18n'

/** This subpackage's texts: imported here so they travel in the subpackage, not the main package. */
export const useIntentFormTexts = () => useFeatureTexts('intent-form', intentFormTexts)
