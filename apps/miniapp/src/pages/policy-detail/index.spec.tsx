import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { INTENT_DRAFT_KEY } from '../../services/intent-draft'
import PolicyPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const open = async (id: string, language: 'zh-CN' | 'en' | 'ja') => {
  taroMock.router.params = { id }
  const result = renderWithApp(<PolicyPage />, { language, server })
  await waitFor(() => expect(document.getElementById('policy-detail')?.dataset.state).not.toBe('loading'))
  return result
}
const section = (id: string) => document.getElementById(id) as HTMLElement

describe('policy detail', () => {
  it('shows the policy in Japanese: facts, benefits, eligibility, how to apply, documents and full text', async () => {
    await open('1', 'ja')

    expect(screen.getByText('研究開発投資補助金')).toBeTruthy()
    expect(screen.getByText('区科学技術局')).toBeTruthy()
    expect(screen.getByText('相科〔2024〕1号')).toBeTruthy()
    expect(section('policy-validity').textContent).toContain('2099-12-31 まで有効')
    expect(section('policy-benefits').textContent).toContain('補助金')
    expect(section('policy-benefits').textContent).toContain('最大 500 万元')
    expect(section('policy-eligibility').textContent).toContain('ハイテク企業の認定が必要です')
    expect(section('policy-eligibility').textContent).toContain('研究開発費が売上高の 3% 以上')
    const steps = Array.from(section('policy-apply').querySelectorAll('[data-step]')).map((s) => s.textContent)
    expect(steps).toEqual(['1研究開発投資補助金: 1', '2研究開発投資補助金: 2'])
    expect(section('policy-apply').textContent).toContain('0512-0000 0000')
    expect(section('policy-body').querySelector('taro-rich-text-core')?.getAttribute('nodes')).toBe('<p>研究開発投資の10%を補助します。</p>')
    expect(document.querySelector('#policy-detail .fallback-note')).toBeNull()
    expect(document.getElementById('policy-expired')).toBeNull()
    expect(server.requestsTo('/api/v1/policies/1')[0]?.url).toContain('lang=ja')
  })

  it('copies a document link and the page link, confirming in the user\'s language', async () => {
    await open('1', 'en')

    fireEvent.click(section('policy-attachments').querySelector('[data-copy-url]') as HTMLElement)
    await waitFor(() => expect(taro.showToast).toHaveBeenCalledWith({ title: 'Link copied', icon: 'none' }))
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://zhaoshang.example.com/files/1.pdf' })

    fireEvent.click(screen.getByText('Copy page link'))
    await waitFor(() => expect(taro.setClipboardData).toHaveBeenCalledTimes(2))
    expect(taro.setClipboardData).toHaveBeenLastCalledWith({ data: `${window.location.origin}${window.location.pathname}#/pages/policy-detail/index?id=1` })
  })

  it('says clearly that an expired policy has expired', async () => {
    await open('4', 'en')
    expect(section('policy-expired').textContent).toBe('This policy has expired and no longer accepts applications.')
    expect(section('policy-validity').textContent).toContain('Expired')
  })

  it('notes that a policy not yet translated is shown in another language', async () => {
    await open('3', 'ja')
    expect(screen.getByText('High-skill talent subsidy')).toBeTruthy()
    expect(document.querySelector('#policy-detail .fallback-note')?.textContent).toBe('この内容はまだ翻訳されていません。英語版を表示しています。')
  })

  it('"ask my concierge" keeps the policy in the intent draft and opens the intent page about it', async () => {
    taroMock.storage.set(INTENT_DRAFT_KEY, { policyIds: [2], company: 'Kept as typed' })
    await open('1', 'en')

    fireEvent.click(screen.getByText('Ask my concierge about this policy'))

    expect(taro.getStorageSync(INTENT_DRAFT_KEY)).toEqual({ policyIds: [1, 2], company: 'Kept as typed' })
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent/index?policyId=1' })
  })

  it('explains a policy that does not exist and leads on to the policy finder', async () => {
    await open('999', 'en')
    expect(screen.getByText('What you are looking for does not exist or has been withdrawn.')).toBeTruthy()
    fireEvent.click(screen.getByText('Find policies in the Policy finder'))
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/policies/index' })
  })

  it('treats a malformed id as not found without asking the server', async () => {
    await open('abc', 'zh-CN')
    expect(screen.getByText('您要找的内容不存在或已下线。')).toBeTruthy()
    expect(server.requests).toHaveLength(0)
  })
})
