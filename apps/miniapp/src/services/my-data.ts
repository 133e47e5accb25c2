import type { InvestorApiClient } from '@zhaoshang/api-client'
import type { Language } from '@zhaoshang/contracts'
import { removeStored } from './device-storage'
import { forgetDeviceId } from './device-id'
import { INTENT_OUTBOX_KEY } from './intent-outbox'
import { authorized, forgetSession } from './investor-session'
import { PRIVACY_CONSENT_KEY } from './privacy-consent'
import { INTENT_DRAFT_KEY, POLICY_PROFILE_KEY } from './stored-drafts'

/** Everything the server stores about the investor, as readable JSON. */
export async function fetchMyData(api: InvestorApiClient, language: Language): Promise<string> {
  // the generated client does not type this answer (see the report): it is the server's JSON as sent
  const data: unknown = await authorized(api, (headers) => api.exportMyData({ query: { lang: language }, headers }))
  return JSON.stringify(data, null, 2)
}

/** What this device keeps about the investor: identity, agreement, drafts, queue, matching profile. */
export function forgetInvestorOnDevice(): void {
  forgetSession()
  forgetDeviceId()
  for (const key of [PRIVACY_CONSENT_KEY, INTENT_DRAFT_KEY, INTENT_OUTBOX_KEY, POLICY_PROFILE_KEY]) removeStored(key)
}

/** Deletes the investor's account on the server, then everything this device keeps about them. */
export async function deleteMyAccount(api: InvestorApiClient): Promise<void> {
  await authorized(api, (headers) => api.deleteMe({ headers }))
  forgetInvestorOnDevice()
}
