import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { IDEMPOTENCY_KEY_PATTERN } from '@zhaoshang/contracts'
import { CONCIERGE } from '../../../test/investor-fixtures'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { submittedIntent } from '../../../test/intent-builders'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import IntentDetailPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(async () => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
  await submittedIntent(server)
  taroMock.router.params = { id: '101' }
})

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement
const all = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))
const stages = () => all('stage-item').map((item) => `${item.dataset.stage}:${item.dataset.state}`)
const messages = () => all('message').map((m) => `${m.dataset.from}:${m.querySelector('.message__body')?.textContent}`)

const open = async (language: 'zh-CN' | 'en' | 'ja') => {
  renderWithApp(<IntentDetailPage />, { language, server })
  await waitFor(() => expect(byTestId('intent-detail').dataset.state).toBe('ready'))
}

describe('intent detail', () => {
  it('shows the stage, the reply deadline and the concierge, in Japanese', async () => {
    await open('ja')

    expect(byTestId('intent-company').textContent).toBe('Sakura Robotics K.K.')
    expect(within(byTestId('intent-detail')).getAllByText('受付済み').length).toBeGreaterThan(0)
    expect(stages()).toEqual(['new:current', 'contacted:todo', 'negotiating:todo', 'site_visit:todo', 'signed:todo', 'landed:todo'])
    // due 24 h after submitting (02:01 UTC), shown on the device's clock (Asia/Shanghai in tests)
    expect(byTestId('intent-reply-due').textContent).toBe('回答期限：2026-12-02 10:01')
    const card = within(byTestId('concierge-card'))
    expect(card.getByText('王麗')).toBeTruthy()
    expect(card.getByText('投資誘致担当')).toBeTruthy()
    expect(card.getByText('対応言語：简体中文 · English · 日本語')).toBeTruthy()
    expect(card.getByText('受付時間：月～金 09:00～17:30')).toBeTruthy()
    expect(all('intent-event').map((e) => e.dataset.kind)).toEqual(['assigned', 'submitted'])
    expect(screen.getByText('専属コンシェルジュ：王麗')).toBeTruthy()
  })

  it('calls the concierge and copies their WeChat ID; WeChat\'s own chat is not offered in a browser', async () => {
    await open('en')

    fireEvent.click(byTestId('concierge-call'))
    expect(taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: CONCIERGE.phone })
    fireEvent.click(byTestId('concierge-copy-wechat'))
    await waitFor(() => expect(taro.showToast).toHaveBeenCalledWith({ title: 'WeChat ID copied', icon: 'none' }))
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: CONCIERGE.wechatId })
    expect(byTestId('concierge-chat')).toBeNull()
  })

  it('shows stage changes and staff replies when the page shows again and on pull-down', async () => {
    await open('en')
    expect(all('message')).toHaveLength(0)

    server.investors.setStage(101, 'contacted')
    server.investors.staffReply(101, 'Welcome! Could we visit you next Tuesday?')
    act(() => taroMock.showPage())

    await waitFor(() => expect(stages()).toEqual(['new:done', 'contacted:current', 'negotiating:todo', 'site_visit:todo', 'signed:todo', 'landed:todo']))
    expect(messages()).toEqual(['staff:Welcome! Could we visit you next Tuesday?'])
    expect(screen.getByText('Stage: Contacted')).toBeTruthy()

    server.investors.setStage(101, 'site_visit')
    act(() => taroMock.pullDown())
    await waitFor(() => expect(byTestId('intent-detail').dataset.stage).toBe('site_visit'))
    expect(taro.stopPullDownRefresh).toHaveBeenCalled()
  })

  it('shows a closed intent with the reason, after the stage it had reached, and no deadline', async () => {
    server.investors.setStage(101, 'contacted')
    server.investors.setStage(101, 'negotiating')
    server.investors.setStage(101, 'closed', 'chose_elsewhere')
    await open('en')

    expect(stages()).toEqual(['new:done', 'contacted:done', 'negotiating:done', 'closed:current'])
    expect(byTestId('stage-close-reason').textContent).toBe('Chose another location')
    expect(byTestId('intent-reply-due')).toBeNull()
  })

  it('sends a message, and retries a failed one under the same clientId so it is stored once', async () => {
    await open('en')

    fireEvent.input(byTestId('message-input'), { target: { value: 'We would like to see the factory.' } })
    server.queue('/api/v1/me/intents/101/messages', 'lost-answer')
    fireEvent.click(byTestId('message-send'))

    await waitFor(() => expect(all('message')[0]?.dataset.status).toBe('failed'))
    expect(screen.getByText('Network connection failed. Check your connection and try again.')).toBeTruthy()
    expect((byTestId('message-input') as HTMLTextAreaElement).value).toBe('')

    fireEvent.click(byTestId('message-retry'))

    await waitFor(() => expect(all('message')[0]?.dataset.status).toBe('sent'))
    expect(messages()).toEqual(['investor:We would like to see the factory.'])
    const ids = server.requestsTo('/api/v1/me/intents/101/messages').map((r) => (JSON.parse(r.body ?? '{}') as { clientId: string }).clientId)
    expect(ids).toHaveLength(2)
    expect(ids[0]).toMatch(IDEMPOTENCY_KEY_PATTERN)
    expect(ids[1]).toBe(ids[0])
    expect(server.investors.intents[0]?.events.filter((e) => e.kind === 'message')).toHaveLength(1)
  })

  it('says so when the intent is not the investor\'s', async () => {
    taroMock.router.params = { id: '999' }
    renderWithApp(<IntentDetailPage />, { language: 'en', server })
    await screen.findByText('What you are looking for does not exist or has been withdrawn.')
  })
})
