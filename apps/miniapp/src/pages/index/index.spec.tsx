import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { buildErrorBody, districtName, industryNames } from '../../../test/builders'
import { renderWithApp } from '../../../test/render'
import { LANGUAGE_STORAGE_KEY } from '../../services/language'
import HomePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  document.documentElement.lang = ''
})

const home = () => document.getElementById('home') as HTMLElement
const feature = (name: string) => home().querySelector(`[data-feature="${name}"]`) as HTMLElement
const languageButton = (code: string) => home().querySelector(`[data-lang="${code}"]`) as HTMLElement

describe('home page', () => {
  it('shows the app name and the five features in the chosen language', async () => {
    renderWithApp(<HomePage />, { language: 'en', server })

    expect(within(home()).getByText('Invest mini-program')).toBeTruthy()
    expect(feature('heatmap').textContent).toContain('Investment heatmap')
    expect(feature('policies').textContent).toContain('Policy finder')
    expect(feature('intent').textContent).toContain('Investment intent')
    expect(feature('guide').textContent).toContain('Investment guide')
    expect(feature('concierge').textContent).toContain('Concierge')
    expect(home().querySelectorAll('[data-feature]')).toHaveLength(5)
    await screen.findByText('Xiangcheng District, Suzhou at a glance')
  })

  it('switches to 日本語: the page is in Japanese, the choice is stored, <html lang> follows', async () => {
    renderWithApp(<HomePage />, { language: 'zh-CN', server })
    expect(feature('policies').textContent).toContain('政策通')
    await screen.findByText('苏州市相城区概览')

    fireEvent.click(languageButton('ja'))

    await waitFor(() => expect(feature('policies').textContent).toContain('政策ナビ'))
    expect(feature('heatmap').textContent).toContain('投資ヒートマップ')
    expect(feature('concierge').textContent).toContain('専属コンシェルジュ')
    expect(within(home()).getByText('投資誘致ミニプログラム')).toBeTruthy()
    expect(taro.setStorageSync).toHaveBeenCalledWith(LANGUAGE_STORAGE_KEY, 'ja')
    expect(taro.getStorageSync(LANGUAGE_STORAGE_KEY)).toBe('ja')
    expect(document.documentElement.lang).toBe('ja')
    // tab labels follow, with the glossary terms
    expect(taro.setTabBarItem).toHaveBeenCalledWith({ index: 1, text: '政策ナビ' })
    // district data is fetched again in Japanese
    await screen.findByText('蘇州市相城区の概要')
    expect(server.requestsTo('/api/v1/meta').map((r) => new URL(r.url, 'http://x').searchParams.get('lang'))).toEqual(['zh-CN', 'ja'])
  })

  it('marks the active language button', async () => {
    renderWithApp(<HomePage />, { language: 'en', server })
    expect(languageButton('en').className).toContain('language-switcher__option--active')
    expect(languageButton('ja').className).not.toContain('language-switcher__option--active')
    // each button is labelled in its own language
    expect(languageButton('zh-CN').textContent).toBe('简体中文')
    expect(languageButton('ja').textContent).toBe('日本語')
    await screen.findByText('Xiangcheng District, Suzhou at a glance')
  })

  it('shows the district and the "3+6" industries from the server, labelled as sample data', async () => {
    renderWithApp(<HomePage />, { language: 'en', server })

    expect(screen.getByText('Loading…')).toBeTruthy()
    await screen.findByText('Xiangcheng District, Suzhou at a glance')
    const chips = Array.from(home().querySelectorAll('[data-industry]')).map((el) => el.textContent)
    expect(chips).toEqual(industryNames('en'))
    expect(screen.getByText('Leading industries')).toBeTruthy()
    expect(screen.getByText('Future industries')).toBeTruthy()
    expect(screen.getByText('Sample data')).toBeTruthy()
    expect(server.requestsTo('/api/v1/meta')[0]?.headers['accept-language']).toBe('en')
  })

  it('shows a translated error with a retry button when the server fails, and recovers on retry', async () => {
    server.queue('/api/v1/meta', { status: 503, body: buildErrorBody('SERVICE_UNAVAILABLE') })
    renderWithApp(<HomePage />, { language: 'ja', server })

    await screen.findByText('読み込めませんでした')
    expect(screen.getByText('サービスが一時的に利用できません。しばらくしてからお試しください。')).toBeTruthy()
    expect(screen.queryByText(districtName('ja'))).toBeNull()

    fireEvent.click(screen.getByText('再試行'))

    await screen.findByText('蘇州市相城区の概要')
    expect(screen.queryByText('読み込めませんでした')).toBeNull()
    expect(server.requestsTo('/api/v1/meta')).toHaveLength(2)
  })

  it('explains a network failure in the current language, and re-translates it when the language changes', async () => {
    server.queue('/api/v1/meta', 'network-error', 'network-error')
    const { i18n } = renderWithApp(<HomePage />, { language: 'en', server })

    await screen.findByText('Network connection failed. Check your connection and try again.')
    expect(screen.getByText('Retry')).toBeTruthy()

    await act(async () => {
      await i18n.changeLanguage('zh-CN')
    })
    await screen.findByText('网络连接失败，请检查网络后重试。')
    expect(screen.getByText('重试')).toBeTruthy()
  })

  it('opens a feature: tab pages with switchTab, the others with navigateTo', async () => {
    renderWithApp(<HomePage />, { language: 'en', server })
    fireEvent.click(feature('policies'))
    fireEvent.click(feature('heatmap'))
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/policies/index' })
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/heatmap/index' })
    await screen.findByText('Xiangcheng District, Suzhou at a glance')
  })
})
