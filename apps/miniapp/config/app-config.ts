/**
 * The mini-program's build-time configuration. Only `TARO_APP_*` variables reach the bundle (see
 * .env.example). The same check runs in the build (config/index.ts refuses a WeChat build without
 * a usable origin) and at launch (src/services/config.ts); it lives here because Taro loads the
 * build configuration from this folder only.
 */
export type AppConfig = {
  /** origin of the API, without trailing slash; '' means the origin the H5 page came from */
  apiBaseUrl: string
}

export type Platform = 'weapp' | 'h5'

const ORIGIN = /^https?:\/\/[^/\s]+(\/[^\s]*)?$/

/**
 * H5 defaults to the page's own origin. WeChat has no such origin and its `wx.request` accepts only
 * https URLs on a registered domain, so a WeChat build needs an https origin.
 */
export function parseConfig(env: { TARO_APP_API_BASE?: string }, platform: Platform): AppConfig {
  const raw = (env.TARO_APP_API_BASE ?? '').trim()
  if (platform === 'weapp' && !raw.startsWith('https://')) {
    throw new Error(`TARO_APP_API_BASE must be the API's https:// origin for a WeChat build (e.g. TARO_APP_API_BASE=https://invest.example.gov.cn), got "${raw}"`)
  }
  if (raw !== '' && !ORIGIN.test(raw)) {
    throw new Error(`TARO_APP_API_BASE must be empty or an http(s) origin, got "${raw}"`)
  }
  return { apiBaseUrl: raw.replace(/\/+$/, '') }
}
