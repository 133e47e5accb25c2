import Taro from '@tarojs/taro'
import { createInvestorApiClient } from '@zhaoshang/api-client'
import { createFakeServer } from '../../test/fake-server'
import type { TaroMock } from '../../test/taro-mock'
import { authorized, storedSession } from '../services/investor-session'
import { requestSubscribeMessages } from './subscribe-messages.weapp'
import { listenForPrivacyRequests, requireWechatPrivacy } from './wechat-privacy.weapp'

// The mini-program's own files, run here over the Taro mock (jest otherwise resolves the H5 ones).
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())
jest.mock('./investor-login', () => jest.requireActual<typeof import('./investor-login.weapp')>('./investor-login.weapp'))

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
/** APIs some base libraries have and others lack, set per test. */
const wx = Taro as unknown as Record<string, unknown>

beforeEach(() => {
  taroMock.storage.clear()
  jest.clearAllMocks()
  for (const name of ['requestSubscribeMessage', 'onNeedPrivacyAuthorization', 'requirePrivacyAuthorize']) delete wx[name]
})

describe('WeChat sign-in', () => {
  it('exchanges a fresh login code for the session, again after a 401', async () => {
    const server = createFakeServer()
    const api = createInvestorApiClient({ baseUrl: '', transport: server.transport })
    jest.mocked(Taro.login).mockResolvedValueOnce({ code: 'code-1', errMsg: 'login:ok' }).mockResolvedValueOnce({ code: 'code-2', errMsg: 'login:ok' })

    await authorized(api, (headers) => api.listMyIntents({ headers }))
    server.investors.expireTokens()
    await authorized(api, (headers) => api.listMyIntents({ headers }))

    expect(server.requestsTo('/api/v1/auth/wechat').map((r) => r.body)).toEqual(['{"code":"code-1"}', '{"code":"code-2"}'])
    expect(server.requestsTo('/api/v1/auth/guest')).toHaveLength(0)
    expect(storedSession()?.investor.kind).toBe('wechat')
  })
})

describe('subscribe messages', () => {
  it('resolves with the templates the investor accepted', async () => {
    const request = jest.fn((options: { tmplIds: string[]; success: (r: Record<string, string>) => void }) =>
      options.success({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-a': 'accept', 'tmpl-b': 'reject' }),
    )
    wx.requestSubscribeMessage = request

    await expect(requestSubscribeMessages(['tmpl-a', 'tmpl-b'])).resolves.toEqual(['tmpl-a'])
    expect(request.mock.calls[0]?.[0].tmplIds).toEqual(['tmpl-a', 'tmpl-b'])
  })

  it('accepts nothing when the dialog fails, and never asks where the API is missing', async () => {
    wx.requestSubscribeMessage = jest.fn((options: { fail: (r: unknown) => void }) => options.fail({ errMsg: 'requestSubscribeMessage:fail cancel' }))
    await expect(requestSubscribeMessages(['tmpl-a'])).resolves.toEqual([])
    delete wx.requestSubscribeMessage
    await expect(requestSubscribeMessages(['tmpl-a'])).resolves.toEqual([])
  })
})

describe('WeChat privacy authorization', () => {
  it('does nothing on base libraries without the privacy APIs', async () => {
    expect(listenForPrivacyRequests(() => undefined)).toBe(false)
    await expect(requireWechatPrivacy()).resolves.toBe(true)
  })

  it('hands WeChat\'s resolve to the listener and reports the check\'s outcome', async () => {
    let registered: ((resolve: (o: unknown) => void) => void) | undefined
    wx.onNeedPrivacyAuthorization = jest.fn((listener: typeof registered) => {
      registered = listener
    })
    wx.requirePrivacyAuthorize = jest.fn((options: { fail: () => void }) => options.fail())
    const heard = jest.fn()

    expect(listenForPrivacyRequests(heard)).toBe(true)
    const resolve = jest.fn()
    registered?.(resolve)

    expect(heard).toHaveBeenCalledWith(resolve)
    await expect(requireWechatPrivacy()).resolves.toBe(false)
  })
})
