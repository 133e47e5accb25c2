/** A web page has no WeChat privacy agreement: our own notice is the only one. */
export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export function listenForPrivacyRequests(_listener: (resolve: PrivacyResolve) => void): boolean {
  return false
}

export function requireWechatPrivacy(): Promise<boolean> {
  return Promise.resolve(true)
}

export function openPrivacyGuide(): void {}

export const HAS_PRIVACY_GUIDE = false
