import { createInvestorApiClient } from '@zhaoshang/api-client'
import { IDEMPOTENCY_KEY_PATTERN } from '@zhaoshang/contracts'
import { createFakeServer, type FakeServer } from '../../test/fake-server'
import type { TaroMock } from '../../test/taro-mock'
import { DEVICE_ID_KEY } from './device-id'
import { authorized, INVESTOR_SESSION_KEY, storedSession } from './investor-session'
import { uuidV4 } from './uuid'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer
let sut: ReturnType<typeof createInvestorApiClient>

beforeEach(() => {
  taroMock.storage.clear()
  server = createFakeServer()
  sut = createInvestorApiClient({ baseUrl: '', transport: server.transport, getLanguage: () => 'en' })
})

const auth = (path: string) => server.requestsTo(path).map((r) => r.headers.authorization)
const listMine = () => authorized(sut, (headers) => sut.listMyIntents({ headers }))

describe('uuidV4', () => {
  it('makes random version-4 UUIDs, as the API requires for keys and ids', () => {
    const ids = Array.from({ length: 50 }, uuidV4)
    ids.forEach((id) => expect(id).toMatch(IDEMPOTENCY_KEY_PATTERN))
    expect(new Set(ids).size).toBe(50)
  })
})

describe('investor session (H5: guest by device id)', () => {
  it('signs in once with a device id kept on the device, and sends the token only on the investor\'s calls', async () => {
    await listMine()
    await listMine()
    await sut.getMeta({ query: { lang: 'en' } })

    const logins = server.requestsTo('/api/v1/auth/guest')
    expect(logins).toHaveLength(1)
    const deviceId = taroMock.storage.get(DEVICE_ID_KEY)
    expect(deviceId).toMatch(IDEMPOTENCY_KEY_PATTERN)
    expect(JSON.parse(logins[0]?.body ?? '{}')).toEqual({ deviceId })
    expect(auth('/api/v1/me/intents')).toEqual(['Bearer investor-token-1', 'Bearer investor-token-1'])
    expect(auth('/api/v1/meta')).toEqual([undefined])
    expect(storedSession()?.investor.kind).toBe('guest')
  })

  it('signs in again once on a 401 and repeats the call with the new token', async () => {
    await listMine()
    server.investors.expireTokens()

    await expect(listMine()).resolves.toEqual({ items: [] })

    expect(auth('/api/v1/me/intents')).toEqual(['Bearer investor-token-1', 'Bearer investor-token-1', 'Bearer investor-token-2'])
    const logins = server.requestsTo('/api/v1/auth/guest').map((r) => JSON.parse(r.body ?? '{}') as unknown)
    // the same device, so the same investor and their intents
    expect(logins).toEqual([{ deviceId: taroMock.storage.get(DEVICE_ID_KEY) }, { deviceId: taroMock.storage.get(DEVICE_ID_KEY) }])
    expect(server.investors.investors).toHaveLength(1)
    expect(storedSession()?.token).toBe('investor-token-2')
  })

  it('gives up after the second 401 instead of signing in forever', async () => {
    await listMine()
    server.queue('/api/v1/me/intents', { status: 401, body: { code: 'SESSION_EXPIRED', message: 'x', details: [] } }, { status: 401, body: { code: 'SESSION_EXPIRED', message: 'x', details: [] } })

    await expect(listMine()).rejects.toMatchObject({ status: 401, code: 'SESSION_EXPIRED' })
    expect(server.requestsTo('/api/v1/auth/guest')).toHaveLength(2)
  })

  it('lets calls made at the same time share one sign-in', async () => {
    await Promise.all([listMine(), listMine(), listMine()])
    expect(server.requestsTo('/api/v1/auth/guest')).toHaveLength(1)
  })

  it('signs in anew when the stored token has expired, without asking the server with it first', async () => {
    await listMine()
    taroMock.storage.set(INVESTOR_SESSION_KEY, { ...storedSession(), expiresAt: Date.now() - 1000 })

    await listMine()

    expect(server.requestsTo('/api/v1/auth/guest')).toHaveLength(2)
    expect(auth('/api/v1/me/intents')).toEqual(['Bearer investor-token-1', 'Bearer investor-token-2'])
  })
})
