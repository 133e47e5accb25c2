import type { ApiClient } from '@zhaoshang/api-client'
import { deviceId } from '../services/device-id'

/** A web page has no WeChat identity: the investor is this browser, by its device id. */
export function signIn(api: ApiClient) {
  return api.guestLogin({ body: { deviceId: deviceId() } })
}
