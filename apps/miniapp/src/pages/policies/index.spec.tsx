import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { localDay } from '../../services/format'
import PoliciesPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
})

const page = () => document.getElementById('policies') as HTMLElement
const cards = () => Array.from(page().querySelectorAll<HTMLElement>('.policy-card'))
const card = (id: number) => page().querySelector<HTMLElement>(`.policy-card[data-policy-id="${id}"]`)
const searchBox = () => document.getElementById('policy-search-input') as HTMLInputElement
const type = (text: string) => fireEvent.input(searchBox(), { target: { value: text } })
const chip = (group: string, value: string) => page().querySelector(`[data-choice="${group}"][data-value="${value}"]`) as HTMLElement
const searches = () => server.requestsTo('/api/v1/policies').map((r) => new URL(r.url, 'http://x').searchParams)
const ready = () => waitFor(() => expect(page().querySelector('.policies-page__results')?.getAttribute('data-state')).toBe('ready'))

describe('policy finder', () => {
  it('lists the newest policies first, then searches once the investor pauses typing', async () => {
    renderWithApp(<PoliciesPage />, { language: 'en', server })
    await screen.findByText('Policies found: 26')
    expect(cards()).toHaveLength(10)
    expect(cards()[0]?.textContent).toContain('R&D spending subsidy')

    type('R')
    type('R&')
    type('R&D')

    await screen.findByText('Policies found: 2')
    expect(cards().map((c) => c.dataset.policyId)).toEqual(['1', '2'])
    expect(card(1)?.textContent).toContain('R&D and innovation')
    expect(card(1)?.textContent).toContain('Up to CNY 500 × 10,000')
    expect(card(1)?.textContent).toContain('Valid until 2099-12-31')
    // one request for the whole word, none for what was typed on the way
    expect(searches().map((s) => s.get('q'))).toEqual([null, 'R&D'])
    expect(searches()[1]?.get('lang')).toBe('en')
  })

  it('says when nothing matches, and offers to clear the search or ask the concierge', async () => {
    renderWithApp(<PoliciesPage />, { language: 'en', server })
    await screen.findByText('Policies found: 26')

    type('blockchain lottery')

    await screen.findByText('No policies match your search')
    expect(cards()).toHaveLength(0)
    expect(screen.getByText('Try other words or clear the filters. Your concierge can also tell you which support fits your project.')).toBeTruthy()

    fireEvent.click(document.getElementById('policies-empty-concierge') as HTMLElement)
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/concierge/index' })

    fireEvent.click(document.getElementById('policies-empty-clear') as HTMLElement)
    await screen.findByText('Policies found: 26')
    expect(searchBox().value).toBe('')
  })

  it('shows the answer to the latest search even when an earlier answer arrives after it', async () => {
    renderWithApp(<PoliciesPage />, { language: 'en', server })
    await screen.findByText('Policies found: 26')
    const releaseFirst = server.hold('/api/v1/policies')

    type('R&D')
    await waitFor(() => expect(searches()).toHaveLength(2))
    type('talent')
    await screen.findByText('Policies found: 1')
    expect(card(3)).toBeTruthy()

    await act(async () => {
      releaseFirst()
      await new Promise((resolve) => setTimeout(resolve, 0))
    })

    expect(screen.getByText('Policies found: 1')).toBeTruthy()
    expect(cards().map((c) => c.dataset.policyId)).toEqual(['3'])
  })

  it('loads the next page when the investor scrolls to the bottom, and stops at the end', async () => {
    renderWithApp(<PoliciesPage />, { language: 'zh-CN', server })
    await screen.findByText('共 26 条政策')
    expect(cards()).toHaveLength(10)

    act(() => taroMock.reachBottom())
    await waitFor(() => expect(cards()).toHaveLength(20))
    act(() => taroMock.reachBottom())
    await waitFor(() => expect(cards()).toHaveLength(26))
    expect(searches().map((s) => s.get('page'))).toEqual(['1', '2', '3'])
    expect(new Set(cards().map((c) => c.dataset.policyId)).size).toBe(26)
    expect(screen.getByText('已显示全部结果')).toBeTruthy()

    act(() => taroMock.reachBottom())
    expect(searches()).toHaveLength(3)
  })

  it('marks a policy shown in another language because it is not translated yet', async () => {
    renderWithApp(<PoliciesPage />, { language: 'ja', server })
    await screen.findByText('26 件の政策')

    expect(card(3)?.textContent).toContain('High-skill talent subsidy')
    expect(card(3)?.querySelector('.fallback-note')?.textContent).toBe('この内容はまだ翻訳されていません。英語版を表示しています。')
    expect(card(1)?.textContent).toContain('研究開発投資補助金')
    expect(card(1)?.querySelector('.fallback-note')).toBeNull()
    // and says clearly which policy has expired
    expect(card(4)?.querySelector('[data-validity="expired"]')?.textContent).toBe('期限切れ')
  })

  it('filters by category, industry, department and validity, sorts, and clears the filters', async () => {
    renderWithApp(<PoliciesPage />, { language: 'en', server })
    await screen.findByText('Policies found: 26')
    fireEvent.click(document.getElementById('policies-filter-toggle') as HTMLElement)

    await waitFor(() => expect(chip('category', 'talent')).toBeTruthy())
    fireEvent.click(chip('category', 'talent'))
    await screen.findByText('Policies found: 1')
    expect(searches().at(-1)?.get('category')).toBe('talent')
    expect(screen.getByText('Filters (1)')).toBeTruthy()

    fireEvent.click(chip('category', ''))
    await screen.findByText('Policies found: 26')
    fireEvent.click(chip('industry', 'biomedicine'))
    await ready()
    expect(searches().at(-1)?.get('industry')).toBe('biomedicine')

    fireEvent.click(chip('department', 'District Science and Technology Bureau'))
    await screen.findByText('Policies found: 1')
    expect(searches().at(-1)?.get('department')).toBe('District Science and Technology Bureau')

    fireEvent.click(chip('department', 'District Science and Technology Bureau'))
    fireEvent.click(chip('industry', ''))
    fireEvent.click(document.getElementById('policies-filter-valid') as HTMLElement)
    await screen.findByText('Policies found: 25')
    expect(searches().at(-1)?.get('validOn')).toBe(localDay())
    expect(card(4)).toBeNull()

    fireEvent.click(chip('sort', 'newest'))
    await ready()
    expect(searches().at(-1)?.get('sort')).toBe('newest')

    fireEvent.click(document.getElementById('policies-filter-clear') as HTMLElement)
    await screen.findByText('Policies found: 26')
    expect(searches().at(-1)?.get('validOn')).toBeNull()
  })

  it('opens a policy and the matching questionnaire', async () => {
    renderWithApp(<PoliciesPage />, { language: 'en', server })
    await screen.findByText('Policies found: 26')

    fireEvent.click(card(2) as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/policy-detail/index?id=2' })

    fireEvent.click(document.getElementById('policies-match-entry') as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/policy-match/index' })
  })

  it('explains a failure in the user\'s language and tries again', async () => {
    server.queue('/api/v1/policies', 'network-error')
    renderWithApp(<PoliciesPage />, { language: 'ja', server })

    await screen.findByText('ネットワークに接続できません。接続を確認してもう一度お試しください。')
    fireEvent.click(screen.getByText('再試行'))
    await screen.findByText('26 件の政策')
  })
})
