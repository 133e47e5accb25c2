import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { ApiError } from '@zhaoshang/api-client'
import type { MyIntent } from '@zhaoshang/contracts'
import { useApi } from '../services/api-context'
import { authorized } from '../services/investor-session'
import { uuidV4 } from '../services/uuid'
import { useLanguage } from './use-language'

export type PendingMessage = {
  /** made once per message; a retry sends the same one, so the server stores it once */
  clientId: string
  body: string
  status: 'sending' | 'failed'
  error?: unknown
}

export type MyIntentState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; intent: MyIntent; refreshing: boolean; refreshError?: unknown }

function stopPullDown(): void {
  try {
    const pending: unknown = Taro.stopPullDownRefresh()
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // not pulled down
  }
}

/**
 * One of the investor's intents with its thread: loaded on opening, refreshed each time the page
 * shows and on pull-down (what is shown stays while it refreshes), and messages sent from here.
 */
export function useMyIntent(id: number | undefined) {
  const api = useApi()
  const { language } = useLanguage()
  const [state, setState] = useState<MyIntentState>({ status: 'loading' })
  const [pending, setPending] = useState<PendingMessage[]>([])
  const latest = useRef(0)
  const loaded = useRef(false)

  const load = useCallback((): Promise<void> => {
    const request = ++latest.current
    const fetch = id === undefined ? Promise.reject(new ApiError(404, { code: 'NOT_FOUND', message: '', details: [] })) : authorized(api, (headers) => api.getMyIntent({ path: { id }, query: { lang: language }, headers }))
    setState((current) => (current.status === 'ready' ? { ...current, refreshing: true, refreshError: undefined } : { status: 'loading' }))
    return fetch.then(
      (intent) => {
        if (request !== latest.current) return
        loaded.current = true
        setState({ status: 'ready', intent, refreshing: false })
      },
      (error: unknown) => {
        if (request !== latest.current) return
        // a failed refresh keeps what was shown, with a note
        setState((current) => (current.status === 'ready' ? { ...current, refreshing: false, refreshError: error } : { status: 'error', error }))
      },
    )
  }, [api, id, language])

  useEffect(() => {
    void load()
  }, [load])

  useDidShow(() => {
    // the first show is the opening load above
    if (loaded.current) void load()
  })
  usePullDownRefresh(() => {
    void load().finally(stopPullDown)
  })

  const deliver = useCallback(
    (message: PendingMessage) => {
      if (id === undefined) return
      setPending((list) => list.map((m) => (m.clientId === message.clientId ? { ...m, status: 'sending', error: undefined } : m)))
      authorized(api, (headers) => api.sendMyMessage({ path: { id }, body: { body: message.body, clientId: message.clientId }, headers })).then(
        (intent) => {
          setPending((list) => list.filter((m) => m.clientId !== message.clientId))
          setState({ status: 'ready', intent, refreshing: false })
        },
        (error: unknown) => setPending((list) => list.map((m) => (m.clientId === message.clientId ? { ...m, status: 'failed', error } : m))),
      )
    },
    [api, id],
  )

  /** Sends a message; it shows at once as "sending", and stays with a retry if it fails. */
  const send = useCallback(
    (body: string) => {
      const message: PendingMessage = { clientId: uuidV4(), body: body.trim(), status: 'sending' }
      if (message.body === '') return
      setPending((list) => [...list, message])
      deliver(message)
    },
    [deliver],
  )

  const pendingRef = useRef(pending)
  pendingRef.current = pending
  /** Sends a failed message again, under the same clientId. */
  const retry = useCallback(
    (clientId: string) => {
      const message = pendingRef.current.find((m) => m.clientId === clientId)
      if (message) deliver(message)
    },
    [deliver],
  )

  return { state, pending, refresh: load, send, retry }
}
