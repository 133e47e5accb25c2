import type { PropsWithChildren } from 'react'
import { usePageChrome } from '../../hooks/use-page-chrome'
import { PageNav } from '../../platform/page-nav'
import { WechatPrivacyGate } from '../privacy-gate'

type Props = PropsWithChildren<{
  /** the page's title, in the investor's language (also the navigation bar's and the document's) */
  title: string
  /** what the page offers, for a browser's description and share preview (default: the app's) */
  description?: string
  /** a tab page: relabels the tab bar, and needs no back or home */
  tab?: boolean
}>

/**
 * What every page has around its content: title and description in the investor's language, a
 * way back and home below the tab pages where the platform has none (a browser), and the privacy
 * notice whenever WeChat holds a privacy-related call until the investor agrees.
 */
export function PageFrame({ title, description, tab = false, children }: Props) {
  usePageChrome({ title, description, tab })
  return (
    <>
      {!tab && <PageNav title={title} />}
      {children}
      <WechatPrivacyGate />
    </>
  )
}
