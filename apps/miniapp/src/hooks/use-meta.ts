import { useCallback, useEffect, useRef, useState } from 'react'
import { metaResponseSchema, type MetaResponse } from '@zhaoshang/contracts'
import type { Language } from '@zhaoshang/i18n'
import { useApi } from '../services/api-context'
import { readStored, writeStored } from '../services/device-storage'

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

const metaCacheKey = (language: Language) => `meta.cache.${language}`

/**
 * Reference data that still answers offline: the last copy received in this language is kept on
 * the device, so a form with a draft opens without a network (the intent form).
 */
export function useMetaWithCache(language: Language): { state: MetaState; reload: () => void } {
  const { state, reload } = useMeta(language)
  useEffect(() => {
    if (state.status === 'ready') writeStored(metaCacheKey(language), state.meta)
  }, [state, language])
  if (state.status !== 'error') return { state, reload }
  const cached = readStored(metaCacheKey(language))
  const parsed = metaResponseSchema.safeParse(cached)
  return { state: parsed.success ? { status: 'ready', meta: parsed.data } : state, reload }
}
