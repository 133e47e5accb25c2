import Taro from '@tarojs/taro'

export type PrivacyResolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

/** The id of our agree button, which WeChat checks was tapped before accepting `resolve({ event: 'agree' })`. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

/**
 * WeChat holds a privacy-related API (clipboard, phone call…) until the user agrees to the
 * mini-program's privacy guide; it tells us through this listener (base library 2.32.3+; older
 * ones have neither the listener nor the hold). False when the API does not exist.
 */
export function listenForPrivacyRequests(listener: (resolve: PrivacyResolve) => void): boolean {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return false
  Taro.onNeedPrivacyAuthorization((resolve) => listener(resolve))
  return true
}

/**
 * Asks WeChat to check its own privacy agreement now (it calls the listener above when one is
 * needed). Resolves true when agreed or when the base library has no such check.
 */
export function requireWechatPrivacy(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
  })
}

/** WeChat's page with the mini-program's full privacy guide (用户隐私保护指引), as declared in its admin console. */
export function openPrivacyGuide(): void {
  if (typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({ fail: () => undefined })
}

/** WeChat has a privacy guide of its own to open (a browser has only our notice). */
export const HAS_PRIVACY_GUIDE = true
