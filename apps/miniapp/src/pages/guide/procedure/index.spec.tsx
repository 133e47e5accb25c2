import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer } from '../../../../test/fake-server'
import type { TaroMock } from '../../../../test/taro-mock'
import { renderWithApp } from '../../../../test/render'
import { GUIDE_PROGRESS_KEY } from '../procedure-progress'
import { withFakeGuide } from '../test/fake-guide'
import GuideProcedurePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../../test/taro-mock')>('../../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const ja = resources.ja.guide

beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const open = async (slug: string, language: 'zh-CN' | 'en' | 'ja') => {
  taroMock.router.params = { slug }
  const server = withFakeGuide(createFakeServer())
  const result = renderWithApp(<GuideProcedurePage />, { language, server })
  await waitFor(() => expect(document.getElementById('guide-procedure')?.dataset.state).not.toBe('loading'))
  return { ...result, server }
}
const progress = () => document.getElementById('guide-progress') as HTMLElement
const step = (n: number) => document.querySelector<HTMLElement>(`.guide-step[data-step="${n}"]`) as HTMLElement
const check = (n: number) => document.getElementById(`guide-step-check-${n}`) as HTMLElement

describe('procedure page', () => {
  it('shows the numbered steps in Japanese with office, duration, documents and links, labelled as a sample', async () => {
    const { server } = await open('set-up-a-foreign-invested-company', 'ja')
    expect(screen.getByText('外資系企業の設立')).toBeTruthy()
    expect(screen.getByText(ja['sample.note']!)).toBeTruthy()
    expect([...document.querySelectorAll<HTMLElement>('.guide-step')].map((s) => s.dataset.step)).toEqual(['1', '2', '3'])
    expect(step(1).textContent).toContain('設立登記')
    expect(step(1).textContent).toContain(`${ja['step.office']}行政サービスセンター（サンプル）`)
    expect(step(1).textContent).toContain('約3営業日（サンプル）')
    expect(step(1).textContent).toContain('• 定款')
    expect(progress().textContent).toContain('3 手順中 0 手順完了')
    expect(document.querySelector('#guide-procedure .fallback-note')).toBeNull()
    expect(server.requestsTo('/api/v1/guide/set-up-a-foreign-invested-company')[0]?.url).toContain('lang=ja')

    fireEvent.click(step(1).querySelector('[data-copy-url]') as HTMLElement)
    await waitFor(() => expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://example.com/sample/online-service-hall' }))
    await waitFor(() => expect(taro.showToast).toHaveBeenCalledWith({ title: ja['page.copied'], icon: 'none' }))
  })

  it('ticks steps off and keeps the ticks on the device, across a reload', async () => {
    const first = await open('set-up-a-foreign-invested-company', 'ja')
    fireEvent.click(check(1))
    fireEvent.click(check(3))
    expect(step(1).dataset.done).toBe('true')
    expect(step(2).dataset.done).toBe('false')
    expect(check(1).getAttribute('aria-checked')).toBe('true')
    expect(progress().dataset.done).toBe('2')
    expect(progress().textContent).toContain('3 手順中 2 手順完了')
    expect(taro.getStorageSync(GUIDE_PROGRESS_KEY)).toEqual({ 'set-up-a-foreign-invested-company': [0, 2] })
    first.unmount()

    // the page opened again (a reload): the ticks are read back from the device
    await open('set-up-a-foreign-invested-company', 'en')
    expect(step(1).dataset.done).toBe('true')
    expect(step(3).dataset.done).toBe('true')
    expect(progress().textContent).toContain('2 of 3 steps done')
    fireEvent.click(check(1))
    expect(taro.getStorageSync(GUIDE_PROGRESS_KEY)).toEqual({ 'set-up-a-foreign-invested-company': [2] })
    fireEvent.click(check(2))
    fireEvent.click(check(1))
    expect(screen.getByText(resources.en.guide['page.progress.complete']!)).toBeTruthy()
    fireEvent.click(screen.getByText(resources.en.guide['page.progress.reset']!))
    expect(progress().dataset.done).toBe('0')
    expect(taro.getStorageSync(GUIDE_PROGRESS_KEY)).toEqual({})
  })

  it('keeps working in memory when the device refuses to store', async () => {
    await open('set-up-a-foreign-invested-company', 'en')
    taro.setStorageSync.mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size')
    })
    fireEvent.click(check(2))
    expect(step(2).dataset.done).toBe('true')
  })

  it('offers to copy the page link in H5, pointing at this procedure', async () => {
    await open('set-up-a-foreign-invested-company', 'en')
    await act(async () => {
      fireEvent.click(screen.getByText(resources.en.guide['page.copyLink']!))
    })
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: `${window.location.origin}${window.location.pathname}#/pages/guide/procedure/index?slug=set-up-a-foreign-invested-company` })
  })

  it('sends an article opened here to its own page, and a malformed address is not found without asking', async () => {
    taroMock.router.params = { slug: 'metro-plan' }
    const article = renderWithApp(<GuideProcedurePage />, { language: 'en', server: withFakeGuide(createFakeServer()) })
    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/guide/article/index?slug=metro-plan' }))
    expect(document.querySelector('.guide-step')).toBeNull()
    article.unmount()
    const { server } = await open('Not A Slug', 'ja')
    expect(screen.getByText(resources.ja.miniapp['notFound.item']!)).toBeTruthy()
    expect(server.requests).toHaveLength(0)
  })
})
