import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { MyConcierge } from '@zhaoshang/contracts'
import type { Language } from '@zhaoshang/i18n'
import type { LoadState } from '../../hooks/use-load'
import { useApi } from '../../services/api-context'
import { authorized, storedSession } from '../../services/investor-session'

/**
 * The investor's own concierge, asked for only when the device has signed in (an investor with an
 * intent has): opening the tab never creates an identity. Asked again each time the tab shows, so
 * an intent just sent, or a handover, shows when the investor comes back.
 */
export function useMyConcierge(language: Language): { state: LoadState<MyConcierge>; reload: () => void } {
  const api = useApi()
  const [state, setState] = useState<LoadState<MyConcierge>>({ status: 'loading' })
  const latest = useRef(0)
  const loaded = useRef(false)

  const load = useCallback(() => {
    const request = ++latest.current
    const fetch: Promise<MyConcierge> = storedSession()
      ? authorized(api, (headers) => api.getMyConcierge({ query: { lang: language }, headers }))
      : Promise.resolve({ language, intent: null, concierge: null })
    fetch.then(
      (data) => {
        if (request !== latest.current) return
        loaded.current = true
        setState({ status: 'ready', data })
      },
      (error: unknown) => {
        // a failed refresh keeps what was shown
        if (request === latest.current) setState((current) => (current.status === 'ready' ? current : { status: 'error', error }))
      },
    )
  }, [api, language])

  useEffect(() => {
    load()
  }, [load])
  useDidShow(() => {
    // the first show is the opening load above
    if (loaded.current) load()
  })
  return { state, reload: load }
}
