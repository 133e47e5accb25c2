/**
 * Random bytes for request and message ids. The mini-program has no synchronous CSPRNG
 * (wx.getRandomValues is asynchronous and recent); these ids only make retries recognisable,
 * the investor's identity comes from the WeChat login code, so Math.random is enough here.
 */
export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}
