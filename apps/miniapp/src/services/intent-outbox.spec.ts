import { createInvestorApiClient } from '@zhaoshang/api-client'
import { IDEMPOTENCY_KEY_PATTERN, PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts'
import { buildErrorBody } from '../../test/builders'
import { createFakeServer, type FakeServer } from '../../test/fake-server'
import { buildIntentRequest } from '../../test/intent-builders'
import type { TaroMock } from '../../test/taro-mock'
import { INTENT_DRAFT_KEY } from './intent-draft'
import { createIntentOutbox, INTENT_OUTBOX_KEY, retryDelay, type OutboxEvent, type OutboxSnapshot } from './intent-outbox'
import { ensureSession } from './investor-session'
import { agreeToNotice, consentRecord } from './privacy-consent'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer
let api: ReturnType<typeof createInvestorApiClient>
const clock = { now: () => 1_000_000 }
let sut: ReturnType<typeof createIntentOutbox>
let events: OutboxEvent[]
let snapshots: OutboxSnapshot['status'][]

beforeEach(async () => {
  taroMock.storage.clear()
  server = createFakeServer()
  api = createInvestorApiClient({ baseUrl: '', transport: server.transport, getLanguage: () => 'ja' })
  clock.now = () => 1_000_000
  sut = createIntentOutbox(api, clock)
  events = []
  snapshots = []
  sut.onEvent((event) => events.push(event))
  sut.subscribe((snapshot) => snapshots.push(snapshot.status))
  taroMock.storage.set(INTENT_DRAFT_KEY, { policyIds: [2], company: { name: 'Sakura Robotics K.K.' }, step: 'consent' })
  // signed in and agreed, as the form leaves things before submitting
  await ensureSession(api)
  await agreeToNotice(api, PRIVACY_NOTICE_VERSION)
})

const submissions = () => server.requestsTo('/api/v1/intents')
const keysSent = () => submissions().map((r) => r.headers['Idempotency-Key'])
const stored = () => taroMock.storage.get(INTENT_OUTBOX_KEY) as unknown[]

describe('intent outbox', () => {
  it('keeps a submission that fails on the network, then sends it again under the same key and only then lets go', async () => {
    server.queue('/api/v1/intents', 'network-error')

    const item = await sut.submit(buildIntentRequest())

    expect(item.key).toMatch(IDEMPOTENCY_KEY_PATTERN)
    expect(sut.snapshot()).toMatchObject({ status: 'waiting', items: [{ key: item.key, attempts: 1, lastError: 'NETWORK', nextAttemptAt: 1_000_000 + 2000 }] })
    expect(stored()).toHaveLength(1)
    expect(taroMock.storage.get(INTENT_DRAFT_KEY)).toMatchObject({ company: { name: 'Sakura Robotics K.K.' } })
    expect(events).toEqual([])

    await sut.flush({ force: true })

    expect(keysSent()).toEqual([item.key, item.key])
    expect(submissions().map((r) => r.body)).toEqual([submissions()[0]?.body, submissions()[0]?.body])
    expect(stored()).toEqual([])
    expect(taroMock.storage.has(INTENT_DRAFT_KEY)).toBe(false)
    expect(events).toEqual([{ kind: 'sent', item: expect.objectContaining({ key: item.key }), intent: expect.objectContaining({ id: 101, stage: 'new' }) }])
    expect(server.investors.intents).toHaveLength(1)
    expect(snapshots).toEqual(['waiting', 'sending', 'waiting', 'sending', 'idle'])
  })

  it('retries after a timeout with the same key, so the server answers the intent it already stored', async () => {
    // the server stores the intent; its answer is lost on the way back
    server.queue('/api/v1/intents', 'lost-answer')
    const item = await sut.submit(buildIntentRequest())
    expect(server.investors.intents).toHaveLength(1)
    expect(sut.snapshot().items).toHaveLength(1)

    await sut.flush({ force: true })

    expect(keysSent()).toEqual([item.key, item.key])
    expect(server.investors.intents).toHaveLength(1)
    expect(events.map((e) => e.kind === 'sent' && e.intent.id)).toEqual([101])
    expect(sut.snapshot()).toEqual({ status: 'idle', items: [] })
  })

  it('waits longer after each failure and sends only what is due', async () => {
    server.setOffline(true)
    await sut.submit(buildIntentRequest())
    expect(retryDelay(1)).toBe(2000)
    const before = submissions().length

    clock.now = () => 1_000_000 + 1999
    await sut.flush()
    expect(submissions().length).toBe(before)

    clock.now = () => 1_000_000 + 2000
    await sut.flush()
    expect(sut.snapshot().items[0]).toMatchObject({ attempts: 2, nextAttemptAt: 1_000_000 + 2000 + 4000 })
    expect([retryDelay(3), retryDelay(10)]).toEqual([8000, 60_000])
  })

  it('drops a submission the server refuses for its content, and keeps the draft to correct', async () => {
    server.queue('/api/v1/intents', {
      status: 400,
      body: { ...buildErrorBody('VALIDATION_FAILED'), details: [{ field: 'company.type', code: 'invalid_value', message: 'この値は使用できません。' }] },
    })

    await sut.submit(buildIntentRequest())

    expect(stored()).toEqual([])
    expect(taroMock.storage.get(INTENT_DRAFT_KEY)).toMatchObject({ company: { name: 'Sakura Robotics K.K.' } })
    expect(events).toEqual([{ kind: 'refused', item: expect.anything(), error: expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'company.type' })] }) }])
  })

  it('sends an agreement made offline before the intent that needs it', async () => {
    taroMock.storage.clear()
    server = createFakeServer()
    api = createInvestorApiClient({ baseUrl: '', transport: server.transport, getLanguage: () => 'en' })
    sut = createIntentOutbox(api, clock)
    server.setOffline(true)
    await agreeToNotice(api, PRIVACY_NOTICE_VERSION)
    expect(consentRecord()).toMatchObject({ version: PRIVACY_NOTICE_VERSION, sent: false })
    await sut.submit(buildIntentRequest())
    expect(sut.snapshot().status).toBe('waiting')

    server.setOffline(false)
    await sut.flush({ force: true })

    const paths = server.requests.map((r) => new URL(r.url, 'http://x').pathname).filter((_, i) => i >= server.requests.length - 3)
    expect(paths).toEqual(['/api/v1/auth/guest', '/api/v1/me/consent', '/api/v1/intents'])
    expect(consentRecord()?.sent).toBe(true)
    expect(server.investors.intents).toHaveLength(1)
  })

  it('tries again when the network comes back, while someone holds it', async () => {
    server.setOffline(true)
    await sut.submit(buildIntentRequest())
    const release = sut.retain()
    server.setOffline(false)

    taroMock.setNetwork(true)
    await new Promise((resolve) => setTimeout(resolve, 0))

    expect(events.map((e) => e.kind)).toEqual(['sent'])
    release()
    expect(taroMock.networkListenerCount()).toBe(0)
  })

  it('hears the browser\'s "online" event too', async () => {
    server.setOffline(true)
    await sut.submit(buildIntentRequest())
    const release = sut.retain()
    server.setOffline(false)

    window.dispatchEvent(new Event('online'))
    await new Promise((resolve) => setTimeout(resolve, 0))

    expect(server.investors.intents).toHaveLength(1)
    release()
  })
})
