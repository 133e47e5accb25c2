import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer } from '../../../test/fake-server'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { GUIDE_PROGRESS_KEY } from './procedure-progress'
import { withFakeGuide } from './test/fake-guide'
import GuidePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')

beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const open = async (language: 'zh-CN' | 'en' | 'ja', server = withFakeGuide(createFakeServer())) => {
  const result = renderWithApp(<GuidePage />, { language, server })
  await waitFor(() => expect(document.getElementById('guide')?.dataset.state).not.toBe('loading'))
  return { ...result, server }
}
const item = (slug: string) => document.querySelector<HTMLElement>(`.guide-item[data-slug="${slug}"]`) as HTMLElement

describe('guide home', () => {
  it('shows the sections and their pages in Japanese, with kinds, counts and the sample label', async () => {
    const { server } = await open('ja')
    const ja = resources.ja.guide
    // the page's own heading (the browser's navigation bar above it has the same title)
    expect(within(document.getElementById('guide') as HTMLElement).getByText(ja['home.title']!)).toBeTruthy()
    expect([...document.querySelectorAll<HTMLElement>('.guide-section')].map((s) => s.dataset.slug)).toEqual(['location-and-transport', 'procedures', 'faq'])
    expect(screen.getByText('立地と交通')).toBeTruthy()
    expect(item('suzhou-north-station').textContent).toContain('蘇州北駅')
    expect(item('set-up-a-foreign-invested-company').textContent).toContain(ja['kind.procedure'])
    expect(item('set-up-a-foreign-invested-company').textContent).toContain(ja['sample.badge'])
    expect(item('set-up-a-foreign-invested-company').textContent).toContain('3 手順')
    expect(item('investor-faq').textContent).toContain('2 件の質問')
    expect(server.requestsTo('/api/v1/guide')[0]?.url).toContain('lang=ja')
  })

  it('says that some texts fall back, and marks the page shown in another language', async () => {
    await open('ja')
    expect(screen.getByText(resources.ja.guide['home.someFallback']!)).toBeTruthy()
    expect(item('metro-plan').dataset.fallback).toBe('true')
    expect(item('metro-plan').textContent).toContain('The metro plan')
    expect(item('metro-plan').textContent).toContain(resources.ja.miniapp['content.language.en'])
    expect(item('suzhou-north-station').dataset.fallback).toBeUndefined()
  })

  it("shows a procedure's progress from the device", async () => {
    taroMock.storage.set(GUIDE_PROGRESS_KEY, { 'set-up-a-foreign-invested-company': [0, 2] })
    await open('en')
    expect(item('set-up-a-foreign-invested-company').textContent).toContain('2/3 done')
  })

  it('opens a page by its kind, and the FAQ search with what was typed', async () => {
    await open('en')
    fireEvent.click(item('set-up-a-foreign-invested-company'))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/guide/procedure/index?slug=set-up-a-foreign-invested-company' })
    fireEvent.click(item('metro-plan'))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/guide/article/index?slug=metro-plan' })
    const input = document.getElementById('guide-search-input') as HTMLInputElement
    fireEvent.input(input, { target: { value: 'plot ratio' } })
    fireEvent.click(screen.getByText(resources.en.guide['home.search.button']!))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/guide/faq/index?q=plot%20ratio' })
  })

  it('explains a failed load in the user language and retries', async () => {
    const server = withFakeGuide(createFakeServer())
    server.queue('/api/v1/guide', 'network-error')
    await open('zh-CN', server)
    expect(screen.getByText(resources['zh-CN'].errors.NETWORK!)).toBeTruthy()
    fireEvent.click(screen.getByText(resources['zh-CN'].common['action.retry']!))
    await waitFor(() => expect(document.getElementById('guide')?.dataset.state).toBe('ready'))
    expect(screen.getByText('区位与交通')).toBeTruthy()
  })
})
