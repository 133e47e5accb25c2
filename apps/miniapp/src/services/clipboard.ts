import Taro from '@tarojs/taro'

function toast(title: string): void {
  const pending: unknown = Taro.showToast({ title, icon: 'none' })
  if (pending instanceof Promise) pending.catch(() => undefined)
}

/**
 * Copies text and confirms it in the user's language. Both platforms show a toast of their own
 * (H5's is always in Chinese); ours replaces it.
 */
export async function copyText(text: string, messages: { done: string; failed: string }): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    toast(messages.done)
    return true
  } catch {
    toast(messages.failed)
    return false
  }
}
