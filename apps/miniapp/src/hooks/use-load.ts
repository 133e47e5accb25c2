import { useCallback, useEffect, useRef, useState } from 'react'

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown }

/**
 * Runs `load` whenever `deps` change (and on `reload`); only the latest answer is shown, so a
 * slow answer to an earlier request never overwrites a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { state: LoadState<T>; reload: () => void } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)

  useEffect(() => {
    const request = ++latest.current
    setState({ status: 'loading' })
    load().then(
      (data) => {
        if (request === latest.current) setState({ status: 'ready', data })
      },
      (error: unknown) => {
        if (request === latest.current) setState({ status: 'error', error })
      },
    )
    // `load` is a fresh closure each render; `deps` say when it asks for something else
  }, [...deps, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload }
}
