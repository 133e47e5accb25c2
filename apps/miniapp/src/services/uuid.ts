import { randomBytes } from '../platform/random-bytes'

const hex = (byte: number) => byte.toString(16).padStart(2, '0')

/** A random (version 4) UUID, as the API expects for Idempotency-Key, clientId and deviceId. */
export function uuidV4(): string {
  const b = randomBytes(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = Array.from(b, hex).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
