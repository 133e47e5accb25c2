import Taro from '@tarojs/taro'
import { toast } from './toast'
import { isPrivacyRefusal } from './wechat-privacy'

/**
 * Copies text and confirms it in the user's language; both platforms show a toast of their own,
 * ours replaces it. In WeChat the clipboard waits for the privacy agreement: when the investor
 * declines, `declined` says why nothing was copied.
 */
export async function copyText(text: string, messages: { done: string; failed: string; declined: string }): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    toast(messages.done)
    return true
  } catch (error) {
    toast(isPrivacyRefusal(error) ? messages.declined : messages.failed)
    return false
  }
}
