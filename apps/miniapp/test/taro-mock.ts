import { useEffect, useRef } from 'react'

/**
 * Factory for `jest.mock('@tarojs/taro', ...)`: the real module only gets its APIs from a
 * platform plugin at build time. Storage behaves like WeChat's ('' for a missing key).
 */
export function createTaroMock() {
  const storage = new Map<string, unknown>()
  /** what `useRouter().params` returns: set it before rendering a page that reads its query */
  const router = { params: {} as Record<string, string | undefined> }
  const reachBottomHandlers = new Set<() => void>()
  const ok = (api: string) => jest.fn(() => Promise.resolve({ errMsg: `${api}:ok` }))
  const taro = {
    getStorageSync: jest.fn((key: string): unknown => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => {
      storage.set(key, value)
    }),
    getSystemInfoSync: jest.fn(() => ({ language: 'zh_CN' })),
    setTabBarItem: jest.fn(() => Promise.resolve({ errMsg: 'setTabBarItem:ok' })),
    setNavigationBarTitle: jest.fn(() => Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' })),
    navigateTo: jest.fn(() => Promise.resolve({ errMsg: 'navigateTo:ok' })),
    switchTab: jest.fn(() => Promise.resolve({ errMsg: 'switchTab:ok' })),
    setClipboardData: ok('setClipboardData'),
    showToast: ok('showToast'),
    pageScrollTo: ok('pageScrollTo'),
    request: jest.fn(),
  }
  return {
    __esModule: true,
    default: taro,
    // A rendered page is a shown page.
    useDidShow: (callback: () => void) => {
      useEffect(() => callback(), [])
    },
    useDidHide: () => undefined,
    useRouter: () => router,
    // the page's onReachBottom: tests scroll to the end with `reachBottom()`
    useReachBottom: (callback: () => void) => {
      const latest = useRef(callback)
      latest.current = callback
      useEffect(() => {
        const handler = () => latest.current()
        reachBottomHandlers.add(handler)
        return () => {
          reachBottomHandlers.delete(handler)
        }
      }, [])
    },
    useShareAppMessage: jest.fn(),
    storage,
    router,
    reachBottom: () => reachBottomHandlers.forEach((handler) => handler()),
  }
}

export type TaroMock = ReturnType<typeof createTaroMock>
