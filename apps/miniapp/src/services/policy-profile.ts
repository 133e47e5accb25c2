import { enterpriseProfileSchema, type EnterpriseProfile } from '@zhaoshang/contracts'
import { readStored, writeStored } from './device-storage'
import { POLICY_PROFILE_KEY } from './stored-drafts'

/** The enterprise profile from the matching questionnaire, kept on the device only. */
export { POLICY_PROFILE_KEY } from './stored-drafts'

/** The saved profile, or undefined; a stored value the schema no longer accepts is ignored. */
export function loadProfile(): EnterpriseProfile | undefined {
  const parsed = enterpriseProfileSchema.safeParse(readStored(POLICY_PROFILE_KEY))
  return parsed.success ? parsed.data : undefined
}

export function saveProfile(profile: EnterpriseProfile): boolean {
  return writeStored(POLICY_PROFILE_KEY, profile)
}
