import { useEffect, useState } from 'react'
import { answerWechatPrivacy, subscribeWechatPrivacy, watchWechatPrivacy, wechatPrivacyRequested } from '../services/wechat-privacy'

/**
 * On pages with privacy-related actions (call, copy) but no form: whether WeChat is holding one
 * until the investor agrees, and the answers. Never requested outside WeChat.
 */
export function useWechatPrivacyRequest() {
  const [requested, setRequested] = useState(wechatPrivacyRequested)
  useEffect(() => {
    watchWechatPrivacy()
    const update = () => setRequested(wechatPrivacyRequested())
    update()
    return subscribeWechatPrivacy(update)
  }, [])
  return { requested, agree: () => answerWechatPrivacy(true), decline: () => answerWechatPrivacy(false) }
}
