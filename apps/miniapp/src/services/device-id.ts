import { IDEMPOTENCY_KEY_PATTERN } from '@zhaoshang/contracts'
import { readStored, removeStored, writeStored } from './device-storage'
import { uuidV4 } from './uuid'

/**
 * The H5 app's anonymous identity: a random UUID made on first use and kept in the browser, so
 * the same device finds its intents again after the token expires.
 */
export const DEVICE_ID_KEY = 'investor.deviceId'

export function deviceId(): string {
  const stored = readStored(DEVICE_ID_KEY)
  if (typeof stored === 'string' && IDEMPOTENCY_KEY_PATTERN.test(stored)) return stored
  const id = uuidV4()
  writeStored(DEVICE_ID_KEY, id)
  return id
}

export function forgetDeviceId(): void {
  removeStored(DEVICE_ID_KEY)
}
