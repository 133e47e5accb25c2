import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { buildMeta } from '../test/builders'
import type { TaroMock } from '../test/taro-mock'
import App from './app'
import HomePage from './pages/index'
import { LANGUAGE_STORAGE_KEY } from './services/language'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../test/taro-mock')>('../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const storage = jest.requireMock<TaroMock>('@tarojs/taro').storage
const browserLanguages = jest.spyOn(window.navigator, 'languages', 'get')

type RequestResult = Awaited<ReturnType<typeof Taro.request>>

beforeEach(() => {
  storage.clear()
  document.documentElement.lang = ''
  // the wire under the app's own client: answers /api/v1/meta in the language asked for
  taro.request.mockImplementation(((options: { url: string }) => {
    const lang = new URL(options.url, 'http://h5.test').searchParams.get('lang')
    const language = lang === 'ja' || lang === 'en' ? lang : 'zh-CN'
    return Promise.resolve({ statusCode: 200, data: buildMeta(language), header: {}, errMsg: 'request:ok' } as RequestResult)
  }) as unknown as typeof Taro.request)
})

const launch = () =>
  render(
    <App>
      <HomePage />
    </App>,
  )

describe('app launch', () => {
  it('starts in the language remembered from the last launch', async () => {
    browserLanguages.mockReturnValue(['en-US'])
    storage.set(LANGUAGE_STORAGE_KEY, 'ja')

    launch()

    expect(screen.getByText('投資誘致ミニプログラム')).toBeTruthy()
    expect(document.documentElement.lang).toBe('ja')
    await screen.findByText('蘇州市相城区の概要')
    expect(taro.request.mock.calls[0]?.[0].header).toMatchObject({ 'accept-language': 'ja' })
  })

  it('starts in the system language on first launch', async () => {
    browserLanguages.mockReturnValue(['en-GB', 'zh-CN'])

    launch()

    expect(screen.getByText('Invest mini-program')).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    await screen.findByText('Xiangcheng District, Suzhou at a glance')
  })
})
