import type { InvestorApiClient } from '@zhaoshang/api-client'
import { requestSubscribeMessages } from '../platform/subscribe-messages'
import { authorized, storedSession } from './investor-session'

/**
 * Offers WeChat subscribe messages for an intent's stage changes and replies (call from a tap)
 * and tells the server which templates the investor accepted. Resolves with those.
 */
export async function subscribeToIntent(api: InvestorApiClient, intentId: number): Promise<string[]> {
  const accepted = await requestSubscribeMessages(storedSession()?.subscribeTemplateIds ?? [])
  if (accepted.length > 0) await authorized(api, (headers) => api.subscribeMyIntent({ path: { id: intentId }, body: { accepted }, headers }))
  return accepted
}
