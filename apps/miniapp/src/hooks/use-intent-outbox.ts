import { useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useApi } from '../services/api-context'
import { intentOutbox, type OutboxEvent, type OutboxSnapshot } from '../services/intent-outbox'

/**
 * The device's queue of submitted intents, live: what waits to be sent, and what happened to it
 * (`onEvent`). While a page holds it, it retries when the network returns and on a timer; it
 * also retries each time the page shows.
 */
export function useIntentOutbox(onEvent?: (event: OutboxEvent) => void) {
  const api = useApi()
  const outbox = intentOutbox(api)
  const [snapshot, setSnapshot] = useState<OutboxSnapshot>(outbox.snapshot)
  const latest = useRef(onEvent)
  latest.current = onEvent

  useEffect(() => {
    const release = outbox.retain()
    const unsubscribe = outbox.subscribe(setSnapshot)
    const unlisten = outbox.onEvent((event) => latest.current?.(event))
    setSnapshot(outbox.snapshot())
    return () => {
      unlisten()
      unsubscribe()
      release()
    }
  }, [outbox])

  // back on the page (from another page, or the app from the background): a good moment to try
  useDidShow(() => {
    void outbox.flush({ force: true })
  })

  return {
    ...snapshot,
    submit: outbox.submit,
    /** the investor's "try now": everything queued, whatever the timer says */
    sendNow: () => outbox.flush({ force: true }),
  }
}
