import { enterpriseProfileSchema, type EnterpriseProfile } from '@zhaoshang/contracts'
import { readStored, writeStored } from './device-storage'

/**
 * The investment intent the investor is preparing, kept on the device until it is submitted.
 * The intent form will add its own fields to the same object; fields this module does not know
 * are kept as they are.
 */
export const INTENT_DRAFT_KEY = 'intent.draft'

export type IntentDraft = {
  /** policies the investor asked about, most recent first */
  policyIds: number[]
  /** the matching profile, when the investor chose to attach it */
  profile?: EnterpriseProfile
}

type StoredDraft = Record<string, unknown>

function storedDraft(): StoredDraft {
  const value = readStored(INTENT_DRAFT_KEY)
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as StoredDraft) : {}
}

function parseDraft(stored: StoredDraft): IntentDraft {
  const policyIds = Array.isArray(stored.policyIds) ? stored.policyIds.filter((id): id is number => Number.isInteger(id) && id > 0) : []
  const profile = stored.profile === undefined ? undefined : enterpriseProfileSchema.safeParse(stored.profile)
  return profile?.success ? { policyIds, profile: profile.data } : { policyIds }
}

/** Writes the change over the stored draft; the result holds even if storage is unavailable. */
function updateDraft(change: (draft: StoredDraft) => StoredDraft): IntentDraft {
  const next = change(storedDraft())
  writeStored(INTENT_DRAFT_KEY, next)
  return parseDraft(next)
}

export function readIntentDraft(): IntentDraft {
  return parseDraft(storedDraft())
}

/** Puts a policy first in the draft (once). */
export function addPolicyToDraft(policyId: number): IntentDraft {
  return updateDraft((draft) => ({ ...draft, policyIds: [policyId, ...parseDraft(draft).policyIds.filter((id) => id !== policyId)] }))
}

/** Attaches the profile to the draft, or takes it out again with undefined. */
export function setDraftProfile(profile: EnterpriseProfile | undefined): IntentDraft {
  return updateDraft(({ profile: _previous, ...rest }) => (profile ? { ...rest, profile } : rest))
}
