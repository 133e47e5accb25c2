import Taro from '@tarojs/taro'
import type { TFunction } from '../i18n'

/** Same order as `tabBar.list` in app.config.ts. */
export const TAB_LABEL_KEYS = ['tab.home', 'tab.policies', 'tab.concierge', 'tab.me'] as const

/**
 * The tab bar is native UI configured in app.config.ts; its labels are translated at runtime.
 * Failures are expected where no tab bar is shown (a non-tab page on some platforms, tests).
 */
export function translateTabBar(t: TFunction): void {
  TAB_LABEL_KEYS.forEach((key, index) => {
    try {
      const pending: unknown = Taro.setTabBarItem({ index, text: t(key) })
      if (pending instanceof Promise) pending.catch(() => undefined)
    } catch {
      // no tab bar on this page or platform
    }
  })
}
