import { useCallback, useEffect, useRef, useState } from 'react'
import { PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts'
import { useTranslation } from '../i18n'
import { requireWechatPrivacy } from '../platform/wechat-privacy'
import { useApi } from '../services/api-context'
import { ensureSession } from '../services/investor-session'
import { adoptServerConsent, agreeToNotice, consentGiven, consentRecord } from '../services/privacy-consent'
import { answerWechatPrivacy } from '../services/wechat-privacy'
import { useLanguage } from './use-language'

export type PrivacyNoticeText = { version: string; title: string; body: string }

export type ConsentState =
  | { status: 'checking' }
  /** the notice is shown: our agreement is missing, or WeChat holds an API until the user agrees */
  | { status: 'needed'; notice: PrivacyNoticeText; busy: boolean }
  | { status: 'declined'; notice: PrivacyNoticeText }
  | { status: 'given' }

/**
 * The privacy notice before anything personal is collected. The investor's agreement is asked
 * once per notice version (the server says which is current); offline, the notice bundled with
 * the app is shown and the agreement is sent later. Its agree button is WeChat's own, so agreeing
 * here also records WeChat's privacy agreement (and lets a call WeChat holds go on); requests WeChat
 * makes later, on any page, are answered by the privacy gate (components/privacy-gate).
 */
export function usePrivacyConsent() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const api = useApi()
  const [state, setState] = useState<ConsentState>({ status: 'checking' })
  const notice = useRef<PrivacyNoticeText | undefined>(undefined)
  const [check, setCheck] = useState(0)

  const bundled = useCallback(
    (version: string): PrivacyNoticeText => ({ version, title: t('intents:privacy.title'), body: t('intents:privacy.body') }),
    [t],
  )

  useEffect(() => {
    let current = true
    setState({ status: 'checking' })
    void Promise.all([
      ensureSession(api).catch(() => undefined),
      api.getPrivacyNotice({ query: { lang: language } }).catch(() => undefined),
    ]).then(([session, fetched]) => {
      if (!current) return
      if (session) adoptServerConsent(session)
      notice.current = fetched ? { version: fetched.version, title: fetched.title, body: fetched.body } : bundled(session?.privacyVersion ?? PRIVACY_NOTICE_VERSION)
      if (!consentGiven(session)) return setState({ status: 'needed', notice: notice.current, busy: false })
      setState({ status: 'given' })
      // WeChat keeps its own record of the agreement; if it is missing, its request shows the notice again
      void requireWechatPrivacy()
    })
    return () => {
      current = false
    }
    // checked on opening (and when asked again); a language switch does not ask again
  }, [api, check])

  const agree = useCallback(async () => {
    if (state.status !== 'needed') return
    setState({ ...state, busy: true })
    // shown for WeChat's sake only, our own agreement may already be on record
    if (consentRecord()?.version !== state.notice.version) await agreeToNotice(api, state.notice.version)
    answerWechatPrivacy(true)
    setState({ status: 'given' })
  }, [api, state])

  const decline = useCallback(() => {
    if (state.status !== 'needed') return
    setState({ status: 'declined', notice: state.notice })
  }, [state])

  const reopen = useCallback(() => {
    if (state.status === 'declined') setState({ status: 'needed', notice: state.notice, busy: false })
  }, [state])

  /** Asks again (the server said the agreement is missing). */
  const recheck = useCallback(() => setCheck((n) => n + 1), [])

  return { state, agree, decline, reopen, recheck }
}
