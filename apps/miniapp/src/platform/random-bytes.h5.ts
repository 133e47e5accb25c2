/** Cryptographically random bytes from the browser (the guest device id must not be guessable). */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length))
}
