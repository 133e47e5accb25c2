import Taro from '@tarojs/taro'
import { ApiError, createInvestorApiClient } from '@zhaoshang/api-client'
import { buildErrorBody, buildMeta } from '../../test/builders'
import { taroTransport } from './api'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const request = jest.mocked(Taro.request)
// The real generated client over the Taro transport; only Taro.request (the wire) is faked.
const sut = createInvestorApiClient({ baseUrl: 'https://invest.example.gov.cn', transport: taroTransport, getLanguage: () => 'ja' })

type RequestResult = Awaited<ReturnType<typeof Taro.request>>
const answer = (statusCode: number, data: unknown) =>
  Promise.resolve({ statusCode, data, header: {}, errMsg: 'request:ok' } as RequestResult) as ReturnType<typeof Taro.request>

beforeEach(() => request.mockReset())

describe('taroTransport', () => {
  it('sends the request through Taro.request and returns the parsed answer', async () => {
    request.mockReturnValueOnce(answer(200, buildMeta('ja')))

    const meta = await sut.getMeta({ query: { lang: 'ja' } })

    expect(meta.district.name).toBe('蘇州市相城区')
    expect(request).toHaveBeenCalledTimes(1)
    const [options] = request.mock.calls[0] ?? []
    expect(options).toMatchObject({ method: 'GET', dataType: 'json' })
    expect(options?.url).toBe('https://invest.example.gov.cn/api/v1/meta?lang=ja')
    expect(options?.header).toMatchObject({ accept: 'application/json', 'accept-language': 'ja' })
    expect(options && 'data' in options).toBe(false)
  })

  it('turns an error answer into an ApiError with the server code and message', async () => {
    request.mockReturnValueOnce(answer(404, buildErrorBody('NOT_FOUND', '見つかりません')))

    const error: unknown = await sut.getMeta({ query: { lang: 'ja' } }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: '見つかりません' })
  })

  it('reports a failed request (no answer) as NETWORK', async () => {
    request.mockReturnValueOnce(Promise.reject({ errMsg: 'request:fail timeout' }) as ReturnType<typeof Taro.request>)

    const error: unknown = await sut.getMeta({ query: { lang: 'ja' } }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', message: 'request:fail timeout' })
  })

  it('maps an empty body to null', async () => {
    request.mockReturnValueOnce(answer(502, ''))

    const error: unknown = await sut.getMeta({ query: { lang: 'en' } }).catch((e: unknown) => e)

    expect(error).toMatchObject({ status: 502, code: 'BAD_RESPONSE' })
  })
})
