import { ApiError, type InvestorApiClient } from '@zhaoshang/api-client'
import { IDEMPOTENCY_KEY_PATTERN, type IntentRequest, type MyIntent } from '@zhaoshang/contracts'
import { watchConnectivity } from '../platform/connectivity'
import { readStored, writeStored } from './device-storage'
import { authorized } from './investor-session'
import { forgetConsent, sendPendingConsent } from './privacy-consent'
import { clearIntentDraft } from './stored-drafts'
import { uuidV4 } from './uuid'

/**
 * Submitted intents waiting for the server's confirmation, kept on the device. Each has its
 * Idempotency-Key, made once when the investor submits and sent with every retry, so a retry
 * after a timeout (the server may have stored it already) answers the same intent instead of a
 * second one. An item leaves the queue only when the server has answered: with the intent
 * (then the draft is cleared too) or with a refusal of its content (then the draft stays for
 * the investor to correct). Anything else — no network, server trouble, rate limit — is tried
 * again: when the network returns, when the app or page shows, and on a growing timer.
 */
export const INTENT_OUTBOX_KEY = 'intent.outbox'

export type OutboxItem = {
  /** Idempotency-Key: one per submission, reused for every retry */
  key: string
  /** the exact body sent each time (the server compares it with the key's first one) */
  request: IntentRequest
  queuedAt: number
  attempts: number
  nextAttemptAt: number
  /** code of the last failure, for the "waiting to send" note */
  lastError?: string
}

export type OutboxSnapshot = {
  /** sending: a request is on its way; waiting: queued for a retry; idle: nothing queued */
  status: 'idle' | 'sending' | 'waiting'
  items: OutboxItem[]
}

export type OutboxEvent = { kind: 'sent'; item: OutboxItem; intent: MyIntent } | { kind: 'refused'; item: OutboxItem; error: ApiError }

/** Answers that say the content itself is refused: sending it again cannot help. */
const REFUSALS: ReadonlySet<string> = new Set(['VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'CONSENT_REQUIRED', 'IDEMPOTENCY_KEY_REUSED'])

export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && REFUSALS.has(error.code)
}

/** 2 s, 4 s, 8 s … up to a minute between automatic retries. */
export function retryDelay(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 60_000)
}

function isItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.key === 'string' && IDEMPOTENCY_KEY_PATTERN.test(v.key) && typeof v.request === 'object' && v.request !== null && typeof v.attempts === 'number' && typeof v.nextAttemptAt === 'number'
}

export function queuedIntents(): OutboxItem[] {
  const stored = readStored(INTENT_OUTBOX_KEY)
  return Array.isArray(stored) ? stored.filter(isItem) : []
}

function writeItems(items: OutboxItem[]): void {
  writeStored(INTENT_OUTBOX_KEY, items)
}

function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'NETWORK'
}

export type IntentOutbox = ReturnType<typeof createIntentOutbox>

export function createIntentOutbox(api: InvestorApiClient, clock: { now: () => number } = { now: () => Date.now() }) {
  const snapshotListeners = new Set<(snapshot: OutboxSnapshot) => void>()
  const eventListeners = new Set<(event: OutboxEvent) => void>()
  let sending = false
  let running: Promise<void> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let watchers = 0
  let stopWatching: (() => void) | undefined

  const snapshot = (): OutboxSnapshot => {
    const items = queuedIntents()
    return { status: sending ? 'sending' : items.length ? 'waiting' : 'idle', items }
  }
  const notify = () => {
    const current = snapshot()
    snapshotListeners.forEach((listener) => listener(current))
  }
  const emit = (event: OutboxEvent) => eventListeners.forEach((listener) => listener(event))

  const deliver = async (item: OutboxItem): Promise<MyIntent> => {
    // agreed while offline: the server must have the agreement before the intent
    await sendPendingConsent(api)
    return authorized(api, (headers) => api.submitIntent({ body: item.request, headers: { ...headers, 'Idempotency-Key': item.key } }))
  }

  const attempt = async (item: OutboxItem): Promise<void> => {
    try {
      const intent = await deliver(item)
      writeItems(queuedIntents().filter((i) => i.key !== item.key))
      clearIntentDraft()
      emit({ kind: 'sent', item, intent })
    } catch (error) {
      if (isRefusal(error)) {
        writeItems(queuedIntents().filter((i) => i.key !== item.key))
        if (error.code === 'CONSENT_REQUIRED') forgetConsent()
        emit({ kind: 'refused', item, error })
        return
      }
      const attempts = item.attempts + 1
      writeItems(queuedIntents().map((i) => (i.key === item.key ? { ...i, attempts, nextAttemptAt: clock.now() + retryDelay(attempts), lastError: errorCode(error) } : i)))
    }
  }

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const items = queuedIntents()
    if (watchers === 0 || items.length === 0) return
    const next = Math.min(...items.map((i) => i.nextAttemptAt))
    timer = setTimeout(() => void flush(), Math.max(0, next - clock.now()))
  }

  /** Sends what is due (everything with `force`); one run at a time, a second call joins it. */
  const flush = ({ force = false }: { force?: boolean } = {}): Promise<void> => {
    if (running) return running
    const due = queuedIntents().filter((item) => force || item.nextAttemptAt <= clock.now())
    if (due.length === 0) {
      schedule()
      return Promise.resolve()
    }
    running = (async () => {
      sending = true
      notify()
      for (const item of due) await attempt(item)
    })().finally(() => {
      sending = false
      running = undefined
      schedule()
      notify()
    })
    return running
  }

  return {
    snapshot,
    /** Queues a submission under a new Idempotency-Key and tries to send it at once. */
    submit(request: IntentRequest): Promise<OutboxItem> {
      const now = clock.now()
      const item: OutboxItem = { key: uuidV4(), request, queuedAt: now, attempts: 0, nextAttemptAt: now }
      writeItems([...queuedIntents(), item])
      notify()
      return flush().then(() => item)
    },
    flush,
    /** Retries on network return and on a timer while someone holds it (the app, an open page). */
    retain(): () => void {
      watchers += 1
      if (watchers === 1) stopWatching = watchConnectivity(() => void flush({ force: true }))
      schedule()
      let released = false
      return () => {
        if (released) return
        released = true
        watchers -= 1
        if (watchers > 0) return
        stopWatching?.()
        stopWatching = undefined
        if (timer !== undefined) clearTimeout(timer)
        timer = undefined
      }
    },
    subscribe(listener: (snapshot: OutboxSnapshot) => void): () => void {
      snapshotListeners.add(listener)
      return () => snapshotListeners.delete(listener)
    },
    onEvent(listener: (event: OutboxEvent) => void): () => void {
      eventListeners.add(listener)
      return () => eventListeners.delete(listener)
    },
  }
}

const outboxes = new WeakMap<InvestorApiClient, IntentOutbox>()

/** The one outbox of an API client (the app's, or a test's over a fake server). */
export function intentOutbox(api: InvestorApiClient): IntentOutbox {
  let outbox = outboxes.get(api)
  if (!outbox) {
    outbox = createIntentOutbox(api)
    outboxes.set(api, outbox)
  }
  return outbox
}
