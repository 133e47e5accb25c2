import { useEffect, useRef } from 'react'

/** Handlers a page registers with a Taro hook; tests call them as the platform would. */
function handlerSet() {
  const handlers = new Set<() => void>()
  const useHandler = (callback: () => void) => {
    const latest = useRef(callback)
    latest.current = callback
    useEffect(() => {
      const handler = () => latest.current()
      handlers.add(handler)
      return () => {
        handlers.delete(handler)
      }
    }, [])
  }
  return { useHandler, fire: () => handlers.forEach((handler) => handler()) }
}

/**
 * Factory for `jest.mock('@tarojs/taro', ...)`: the real module only gets its APIs from a
 * platform plugin at build time. Storage behaves like WeChat's ('' for a missing key).
 */
export function createTaroMock() {
  const storage = new Map<string, unknown>()
  /** what `useRouter().params` returns: set it before rendering a page that reads its query */
  const router = { params: {} as Record<string, string | undefined> }
  const reachBottom = handlerSet()
  const pullDown = handlerSet()
  const didShow = handlerSet()
  const pageNotFound = handlerSet()
  const networkListeners = new Set<(result: { isConnected: boolean; networkType: string }) => void>()
  const ok = (api: string) => jest.fn(() => Promise.resolve({ errMsg: `${api}:ok` }))
  const taro = {
    getStorageSync: jest.fn((key: string): unknown => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => {
      // storage keeps a copy (WeChat serialises), never the caller's object
      storage.set(key, value === undefined ? value : JSON.parse(JSON.stringify(value)))
    }),
    removeStorageSync: jest.fn((key: string) => {
      storage.delete(key)
    }),
    getAppBaseInfo: jest.fn(() => ({ language: 'zh_CN' })),
    setTabBarItem: jest.fn(() => Promise.resolve({ errMsg: 'setTabBarItem:ok' })),
    setNavigationBarTitle: jest.fn(() => Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' })),
    navigateTo: jest.fn(() => Promise.resolve({ errMsg: 'navigateTo:ok' })),
    redirectTo: jest.fn(() => Promise.resolve({ errMsg: 'redirectTo:ok' })),
    switchTab: jest.fn(() => Promise.resolve({ errMsg: 'switchTab:ok' })),
    reLaunch: jest.fn(() => Promise.resolve({ errMsg: 'reLaunch:ok' })),
    navigateBack: jest.fn(() => Promise.resolve({ errMsg: 'navigateBack:ok' })),
    /** the page stack; tests set how deep it is */
    getCurrentPages: jest.fn((): unknown[] => [{}]),
    setClipboardData: ok('setClipboardData'),
    showToast: ok('showToast'),
    pageScrollTo: ok('pageScrollTo'),
    makePhoneCall: ok('makePhoneCall'),
    stopPullDownRefresh: ok('stopPullDownRefresh'),
    login: jest.fn(() => Promise.resolve({ code: 'wx-login-code', errMsg: 'login:ok' })),
    onNetworkStatusChange: jest.fn((listener: (result: { isConnected: boolean; networkType: string }) => void) => {
      networkListeners.add(listener)
    }),
    offNetworkStatusChange: jest.fn((listener: (result: { isConnected: boolean; networkType: string }) => void) => {
      networkListeners.delete(listener)
    }),
    request: jest.fn(),
  }
  return {
    __esModule: true,
    default: taro,
    // A rendered page is a shown page; `showPage()` shows it again (back from another page, app to foreground).
    useDidShow: (callback: () => void) => {
      didShow.useHandler(callback)
      useEffect(() => callback(), [])
    },
    useDidHide: () => undefined,
    useRouter: () => router,
    // the page's onReachBottom: tests scroll to the end with `reachBottom()`
    useReachBottom: reachBottom.useHandler,
    usePullDownRefresh: pullDown.useHandler,
    // the app's onPageNotFound: tests open a page that does not exist with `pageNotFound()`
    usePageNotFound: pageNotFound.useHandler,
    useShareAppMessage: jest.fn(),
    storage,
    router,
    reachBottom: reachBottom.fire,
    pullDown: pullDown.fire,
    showPage: didShow.fire,
    pageNotFound: pageNotFound.fire,
    /** WeChat reports a change of network (the H5 build also hears the window's `online`) */
    setNetwork: (isConnected: boolean) => networkListeners.forEach((listener) => listener({ isConnected, networkType: isConnected ? 'wifi' : 'none' })),
    networkListenerCount: () => networkListeners.size,
  }
}

export type TaroMock = ReturnType<typeof createTaroMock>
