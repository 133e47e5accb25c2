import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer } from '../../../../test/fake-server'
import type { TaroMock } from '../../../../test/taro-mock'
import { renderWithApp } from '../../../../test/render'
import { withFakeGuide } from '../test/fake-guide'
import GuideFaqPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../../test/taro-mock')>('../../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')

beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const open = (params: Record<string, string>, language: 'zh-CN' | 'en' | 'ja') => {
  taroMock.router.params = params
  const server = withFakeGuide(createFakeServer())
  return { ...renderWithApp(<GuideFaqPage />, { language, server }), server }
}
const searchBox = () => document.getElementById('guide-faq-input') as HTMLInputElement
const results = () => document.getElementById('guide-faq-results') as HTMLElement

describe('guide FAQ', () => {
  it("shows a page's questions and answers in Japanese", async () => {
    open({ slug: 'investor-faq' }, 'ja')
    await waitFor(() => expect(document.getElementById('guide-faq-page')?.dataset.state).toBe('ready'))
    expect([...document.querySelectorAll('.guide-faq__question')].map((q) => q.textContent)).toEqual(['地下鉄の計画は？', '容積率の要件は？'])
    expect(screen.getByText('15路線、総延長316.4km。')).toBeTruthy()
  })

  it('searches as the investor types, in their language, and shows all questions again', async () => {
    const { server } = open({ slug: 'investor-faq' }, 'en')
    await waitFor(() => expect(document.getElementById('guide-faq-page')?.dataset.state).toBe('ready'))
    fireEvent.input(searchBox(), { target: { value: 'plot ratio' } })
    await waitFor(() => expect(results()?.dataset.state).toBe('ready'))
    expect(results().dataset.total).toBe('1')
    expect(results().textContent).toContain('What plot ratio must a project reach?')
    expect(results().textContent).toContain('Answers for “plot ratio”: 1')
    const request = server.requestsTo('/api/v1/guide/faq/search').at(-1)
    expect(new URL(request?.url ?? '', 'http://x').searchParams.get('lang')).toBe('en')
    fireEvent.click(screen.getByText(resources.en.guide['faq.showAll']!))
    await waitFor(() => expect(document.getElementById('guide-faq-page')?.dataset.state).toBe('ready'))
    expect(document.querySelectorAll('.guide-faq__question')).toHaveLength(2)
  })

  it('starts with the search typed on the home page (passed encoded), and offers the concierge when nothing is found', async () => {
    open({ q: encodeURIComponent('zz 地下') }, 'ja')
    await waitFor(() => expect(results()?.dataset.state).toBe('ready'))
    expect(searchBox().value).toBe('zz 地下')
    expect(screen.getByText('「zz 地下」に該当する回答は見つかりませんでした。')).toBeTruthy()
    fireEvent.click(document.getElementById('guide-faq-concierge') as HTMLElement)
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/concierge/index' })
  })

  it('without a page or a query, asks what to search and loads nothing', async () => {
    const { server } = open({}, 'zh-CN')
    expect(screen.getByText(resources['zh-CN'].guide['faq.prompt']!)).toBeTruthy()
    await new Promise((r) => setTimeout(r, 0))
    expect(server.requests).toHaveLength(0)
  })
})
