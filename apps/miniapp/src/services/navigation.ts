import Taro from '@tarojs/taro'

export const FEATURES = ['heatmap', 'policies', 'intent', 'guide', 'concierge'] as const
export type Feature = (typeof FEATURES)[number]

type Route = { url: string; tab: boolean }

export const FEATURE_ROUTES: Record<Feature, Route> = {
  heatmap: { url: '/pages/heatmap/index', tab: false },
  policies: { url: '/pages/policies/index', tab: true },
  intent: { url: '/pages/intent/index', tab: false },
  guide: { url: '/pages/guide/index', tab: false },
  concierge: { url: '/pages/concierge/index', tab: true },
}

export const HOME_PAGE = '/pages/index/index'
export const NOT_FOUND_PAGE = '/pages/not-found/index'

function switchTo(url: string): void {
  const pending: unknown = Taro.switchTab({ url })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

/** The home tab, closing the pages above it. */
export function goHome(): void {
  switchTo(HOME_PAGE)
}

/** Tab pages can only be reached with switchTab; the others are pushed on the stack. */
export function openFeature(feature: Feature): void {
  const { url, tab } = FEATURE_ROUTES[feature]
  if (!tab) return push(url)
  switchTo(url)
}

export const POLICY_PAGE = '/pages/policy-detail/index'
export const POLICY_MATCH_PAGE = '/pages/policy-match/index'

/** The detail page of one policy, as a path a share card or a link can carry. */
export function policyPath(id: number): string {
  return `${POLICY_PAGE}?id=${id}`
}

function push(url: string): void {
  const pending: unknown = Taro.navigateTo({ url })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

export function openPolicy(id: number): void {
  push(policyPath(id))
}

export function openPolicyMatch(): void {
  push(POLICY_MATCH_PAGE)
}

/** The intent page, about one policy (it keeps the policy in the device draft). */
export function openIntentAbout(policyId: number): void {
  push(`${FEATURE_ROUTES.intent.url}?policyId=${policyId}`)
}

export const MY_INTENTS_PAGE = '/pages/my-intents/index'
export const INTENT_DETAIL_PAGE = '/pages/intent-detail/index'

export function openIntentForm(): void {
  push(FEATURE_ROUTES.intent.url)
}

export function openMyIntents(): void {
  push(MY_INTENTS_PAGE)
}

/** An intent's page; `replace` takes the place of the current page (the form, once it is sent). */
export function openIntentDetail(id: number, { replace = false }: { replace?: boolean } = {}): void {
  const url = `${INTENT_DETAIL_PAGE}?id=${id}`
  if (!replace) return push(url)
  const pending: unknown = Taro.redirectTo({ url })
  if (pending instanceof Promise) pending.catch(() => undefined)
}
