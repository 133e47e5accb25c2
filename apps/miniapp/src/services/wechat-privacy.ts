import { listenForPrivacyRequests, PRIVACY_AGREE_BUTTON_ID, type PrivacyResolve } from '../platform/wechat-privacy'

/**
 * WeChat's privacy requests, held until the investor answers on whichever page shows the notice.
 * The listener is registered once per app run (WeChat keeps one); pages subscribe to the request.
 */
let pending: PrivacyResolve | undefined
let listening = false
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

export function watchWechatPrivacy(): void {
  if (listening) return
  listening = listenForPrivacyRequests((resolve) => {
    // a newer request replaces one nobody answered: WeChat fails the older call
    pending?.({ event: 'disagree' })
    pending = resolve
    notify()
  })
}

export function wechatPrivacyRequested(): boolean {
  return pending !== undefined
}

/** Gives WeChat the investor's answer to the notice (agree only after a tap on our agree button). */
export function answerWechatPrivacy(agreed: boolean): void {
  const resolve = pending
  pending = undefined
  resolve?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

export function subscribeWechatPrivacy(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Whether WeChat failed a call because the investor declined its privacy request (errno 104,
 * "privacy permission is not authorized") or the API is missing from the declared guide (112):
 * the caller then says why nothing happened instead of failing silently.
 */
export function isPrivacyRefusal(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { errno, errMsg } = error as { errno?: unknown; errMsg?: unknown }
  return errno === 104 || errno === 112 || (typeof errMsg === 'string' && /privacy/i.test(errMsg))
}
