import { enterpriseProfileSchema, type EnterpriseProfile } from '@zhaoshang/contracts'
import { readStored, writeStored } from './device-storage'

/** The enterprise profile from the matching questionnaire, kept on the device only. */
export const POLICY_PROFILE_KEY = 'policy.profile'

/** The saved profile, or undefined; a stored value the schema no longer accepts is ignored. */
export function loadProfile(): EnterpriseProfile | undefined {
  const parsed = enterpriseProfileSchema.safeParse(readStored(POLICY_PROFILE_KEY))
  return parsed.success ? parsed.data : undefined
}

export function saveProfile(profile: EnterpriseProfile): boolean {
  return writeStored(POLICY_PROFILE_KEY, profile)
}
