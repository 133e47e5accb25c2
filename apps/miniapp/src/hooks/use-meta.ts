import { useCallback, useEffect, useRef, useState } from 'react'
import type { MetaResponse } from '@zhaoshang/contracts'
import type { Language } from '@zhaoshang/i18n'
import { useApi } from '../services/api-context'

export type MetaState =
  | { status: 'loading' }
  | { status: 'ready'; meta: MetaResponse }
  | { status: 'error'; error: unknown }

/** District reference data in the given language; reloads when the language changes. */
export function useMeta(language: Language): { state: MetaState; reload: () => void } {
  const api = useApi()
  const [state, setState] = useState<MetaState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)

  useEffect(() => {
    const request = ++latest.current
    setState({ status: 'loading' })
    api.getMeta({ query: { lang: language } }).then(
      (meta) => {
        if (request === latest.current) setState({ status: 'ready', meta })
      },
      (error: unknown) => {
        if (request === latest.current) setState({ status: 'error', error })
      },
    )
  }, [api, language, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload }
}
