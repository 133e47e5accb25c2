import { useEffect } from 'react'
import { metaResponseSchema, type Language } from '@zhaoshang/contracts'
import { useMeta, type MetaState } from '../../hooks/use-meta'
import { readStored, writeStored } from '../../services/device-storage'

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
