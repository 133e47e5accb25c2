import Taro from '@tarojs/taro'
import { isPrivacyRefusal } from '../services/wechat-privacy'

/** WeChat can push stage changes and replies as subscribe messages, one grant per tap. */
export const SUBSCRIBE_MESSAGES = true

/**
 * Asks the investor to allow the templates (must run inside a tap handler: WeChat refuses it
 * otherwise) and resolves with the ones accepted. Nothing is accepted where the API is missing
 * or the investor closes the dialog; it rejects when the investor declined WeChat's privacy
 * request, so the page can say why nothing was asked.
 */
export function requestSubscribeMessages(templateIds: readonly string[]): Promise<string[]> {
  if (templateIds.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return Promise.resolve([])
  return new Promise((resolve, reject) => {
    Taro.requestSubscribeMessage({
      tmplIds: [...templateIds],
      // Taro's option type is shared with Alipay, which names them entityIds; WeChat ignores it
      entityIds: [],
      success: (result) => resolve(templateIds.filter((id) => result[id] === 'accept')),
      fail: (error) => (isPrivacyRefusal(error) ? reject(error) : resolve([])),
    })
  })
}
