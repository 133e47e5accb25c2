import Taro from '@tarojs/taro'

/** A short message in the user's language (H5's own toasts are always in Chinese). */
export function toast(title: string): void {
  const pending: unknown = Taro.showToast({ title, icon: 'none' })
  if (pending instanceof Promise) pending.catch(() => undefined)
}
