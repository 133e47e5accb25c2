/**
 * Build-time configuration. Only `TARO_APP_*` variables reach the bundle (see config/index.ts and
 * .env.example); they are checked here once so a bad value fails at launch, not on first request.
 */
export type AppConfig = {
  /** origin of the API, without trailing slash; '' means the origin the H5 page came from */
  apiBaseUrl: string
}

export function parseConfig(env: { TARO_APP_API_BASE?: string }): AppConfig {
  const raw = (env.TARO_APP_API_BASE ?? '').trim()
  if (raw !== '' && !/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(raw)) {
    throw new Error(`TARO_APP_API_BASE must be empty or an http(s) origin, got "${raw}"`)
  }
  return { apiBaseUrl: raw.replace(/\/+$/, '') }
}

// Written out in full: the bundler replaces this exact expression at build time.
export const appConfig: AppConfig = parseConfig({ TARO_APP_API_BASE: process.env.TARO_APP_API_BASE })
