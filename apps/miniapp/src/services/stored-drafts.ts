import { readStored, removeStored, writeStored } from './device-storage'

// What the investor is preparing on the device, by key, and the edits that need no validation.
// Apart from intent-draft.ts and policy-profile.ts, which check what they read with the shared
// schemas: the app shell (the outbox, "my data") and the policy page only name, extend or forget
// these, without loading the schemas.

export const INTENT_DRAFT_KEY = 'intent.draft'
export const POLICY_PROFILE_KEY = 'policy.profile'

export type StoredDraft = Record<string, unknown>

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored intent draft as it is; whatever is not an object reads as empty. */
export function storedDraft(): StoredDraft {
  const value = readStored(INTENT_DRAFT_KEY)
  return isObject(value) ? value : {}
}

/** Writes the change over the stored draft and gives the new one (it holds even if storage is unavailable). */
export function changeDraft(change: (draft: StoredDraft) => StoredDraft): StoredDraft {
  const next = change(storedDraft())
  writeStored(INTENT_DRAFT_KEY, next)
  return next
}

/** The policies the investor asked about, most recent first; ids that cannot be right are dropped. */
export function draftPolicyIds(draft: StoredDraft): number[] {
  return Array.isArray(draft.policyIds) ? draft.policyIds.filter((id): id is number => Number.isInteger(id) && id > 0) : []
}

/** Puts a policy first in the draft (once); the rest of the draft stays as it was. */
export function addPolicyToDraft(policyId: number): number[] {
  return draftPolicyIds(changeDraft((draft) => ({ ...draft, policyIds: [policyId, ...draftPolicyIds(draft).filter((id) => id !== policyId)] })))
}

/** The server has the intent: the draft is done. */
export function clearIntentDraft(): void {
  removeStored(INTENT_DRAFT_KEY)
}
