import { useLayoutEffect, useRef } from 'react'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useTranslation } from '../i18n'
import { applyDocumentMeta } from '../platform/document-meta'
import { translateTabBar } from '../services/tab-bar'

type Options = {
  /** the page's title, in the investor's language */
  title: string
  /** what the page offers, for a browser's description and share preview */
  description?: string
  /** tab pages also relabel the tab bar */
  tab?: boolean
}

/** Sets the navigation bar's title; platforms without one (tests) ignore it. */
export function setPageTitle(title: string): void {
  try {
    const pending: unknown = Taro.setNavigationBarTitle({ title })
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // no navigation bar on this platform
  }
}

/**
 * Navigation bar title, tab labels and (in a browser) the description and share tags follow the
 * language. WeChat's page configuration cannot hold one title per language, so the title is set
 * when the page first renders: in a layout effect, which runs before Taro sends that render to
 * WeChat, so the first paint already has it. Tab pages stay mounted when hidden, so afterwards
 * only the visible page writes them.
 */
export function usePageChrome({ title, description, tab = false }: Options): void {
  const { t } = useTranslation()
  const visible = useRef(true)

  const apply = () => {
    setPageTitle(title)
    applyDocumentMeta({ title, description: description ?? t('meta.description'), siteName: t('common:app.name') })
    if (tab) translateTabBar(t)
  }

  useDidShow(() => {
    visible.current = true
    apply()
  })
  useDidHide(() => {
    visible.current = false
  })
  useLayoutEffect(() => {
    if (visible.current) apply()
    // the texts change exactly when the language does
  }, [title, description, t])
}
