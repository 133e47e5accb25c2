import type { InvestorApiClient } from '@zhaoshang/api-client'
import { deviceId } from '../services/device-id'

/** A web page has no WeChat identity: the investor is this browser, by its device id. */
export function signIn(api: InvestorApiClient) {
  return api.guestLogin({ body: { deviceId: deviceId() } })
}
