import { useEffect, useRef } from 'react'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useTranslation } from '../i18n'
import { translateTabBar } from '../services/tab-bar'

type Options = {
  /** key of the navigation bar title */
  titleKey: string
  /** tab pages also relabel the tab bar */
  tab?: boolean
}

/**
 * Navigation bar title and tab labels follow the language. Tab pages stay mounted when hidden,
 * so only the visible page writes them (in H5 the title is the document title).
 */
export function usePageChrome({ titleKey, tab = false }: Options): void {
  const { t, i18n } = useTranslation()
  const visible = useRef(false)

  const apply = () => {
    try {
      const pending: unknown = Taro.setNavigationBarTitle({ title: t(titleKey) })
      if (pending instanceof Promise) pending.catch(() => undefined)
    } catch {
      // no navigation bar on this platform
    }
    if (tab) translateTabBar(t)
  }

  useDidShow(() => {
    visible.current = true
    apply()
  })
  useDidHide(() => {
    visible.current = false
  })
  useEffect(() => {
    if (visible.current) apply()
    // `apply` reads t, which changes exactly when the language does
  }, [i18n.language, titleKey])
}
