import Taro from '@tarojs/taro'
import { GUIDE_SLUG_PATTERN, type GuidePageKind } from '@zhaoshang/contracts'

export const GUIDE_HOME = '/pages/guide/index'
const PAGES: Record<GuidePageKind, string> = {
  section: '/pages/guide/article/index',
  article: '/pages/guide/article/index',
  procedure: '/pages/guide/procedure/index',
  faq: '/pages/guide/faq/index',
}

/** The page that shows a guide node, as a path a share card or a link can carry. */
export function guidePath(kind: GuidePageKind, slug: string): string {
  return `${PAGES[kind]}?slug=${slug}`
}

/** `?slug=` as a guide address, or undefined for anything else (never sent to the server). */
export function slugParam(value: string | undefined): string | undefined {
  return value && value.length <= 80 && GUIDE_SLUG_PATTERN.test(value) ? value : undefined
}

/** A query value as typed: WeChat and Taro's H5 router hand page parameters over still encoded. */
export function decodedParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function push(url: string): void {
  const pending: unknown = Taro.navigateTo({ url })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

export function openGuidePage(page: { kind: GuidePageKind; slug: string }): void {
  push(guidePath(page.kind, page.slug))
}

/** The right page for a node opened on the wrong one (an old link): it takes this one's place. */
export function redirectToGuidePage(page: { kind: GuidePageKind; slug: string }): void {
  const pending: unknown = Taro.redirectTo({ url: guidePath(page.kind, page.slug) })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

/** The FAQ search, with a first query typed on the guide's home. */
export function openGuideFaqSearch(q: string): void {
  push(`${PAGES.faq}?q=${encodeURIComponent(q)}`)
}
