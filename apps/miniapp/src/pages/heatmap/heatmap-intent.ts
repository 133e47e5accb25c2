import type { Language } from '@zhaoshang/contracts'
import { readIntentForm, saveIntentForm } from '../../services/intent-draft'

export type PlaceForIntent = {
  /** the area the investor looked at (the intent's `areaCode`) */
  areaCode?: string
  /** the map's industry filter: the project's industry when none is chosen yet */
  industry?: string
  /** premises asked about: their kind becomes the space need, when none is chosen yet */
  spaceKind?: string
  /** a first line for the message, when the investor has not written one */
  message?: string
}

/**
 * Puts a place into the device's intent draft, as the policy page puts a policy: the area always
 * (the latest place looked at), everything else only where the investor has not chosen yet.
 */
export function addPlaceToDraft(place: PlaceForIntent, language: Language): void {
  const { form, step } = readIntentForm(language)
  saveIntentForm(
    {
      ...form,
      areaCode: place.areaCode ?? form.areaCode,
      project: {
        ...form.project,
        industries: form.project.industries.length || !place.industry ? form.project.industries : [place.industry],
        spaceKind: form.project.spaceKind ?? place.spaceKind,
      },
      message: form.message.trim() || !place.message ? form.message : place.message,
    },
    step,
  )
}
