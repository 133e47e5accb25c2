import { changeDraft, isObject } from '../../services/stored-drafts'

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
 * (the latest place looked at), everything else only where the investor has not chosen yet. It
 * edits the stored draft as it is (the form reads and checks it when it opens), so the map's
 * subpackage does not load the form's schemas.
 */
export function addPlaceToDraft(place: PlaceForIntent): void {
  changeDraft((draft) => {
    const project = isObject(draft.project) ? draft.project : {}
    const industries = Array.isArray(project.industries) ? project.industries : []
    const spaceKind = typeof project.spaceKind === 'string' && project.spaceKind !== '' ? project.spaceKind : place.spaceKind
    const message = typeof draft.message === 'string' ? draft.message : ''
    return {
      ...draft,
      ...(place.areaCode ? { areaCode: place.areaCode } : {}),
      project: { ...project, industries: industries.length || !place.industry ? industries : [place.industry], ...(spaceKind ? { spaceKind } : {}) },
      message: message.trim() || !place.message ? message : place.message,
    }
  })
}
