import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { buildIntentRequest, signedInInvestor, submittedIntent } from '../../../test/intent-builders'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { INTENT_OUTBOX_KEY } from '../../services/intent-outbox'
import { uuidV4 } from '../../services/uuid'
import MyIntentsPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const items = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="my-intent"]'))

describe('my intents', () => {
  it('lists the investor\'s intents with stage, concierge and new replies, and opens one', async () => {
    await submittedIntent(server)
    await submittedIntent(server, buildIntentRequest({ company: { name: 'Sakura Materials', country: 'JP', type: 'foreign_invested' } }))
    server.investors.setStage(101, 'negotiating')
    server.investors.staffReply(101, 'Here is the draft agreement.')
    renderWithApp(<MyIntentsPage />, { language: 'en', server })

    await waitFor(() => expect(items()).toHaveLength(2))
    expect(items().map((i) => `${i.dataset.intentId}:${i.dataset.stage}`)).toEqual(['102:new', '101:negotiating'])
    expect(screen.getByText('Sakura Materials')).toBeTruthy()
    expect(screen.getAllByText('Concierge: Wang Li')).toHaveLength(2)
    expect(screen.getByText('New replies: 1')).toBeTruthy()
    fireEvent.click(items()[1] as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent-detail/index?id=101' })

    server.investors.setStage(102, 'contacted')
    act(() => taroMock.showPage())
    await waitFor(() => expect(items()[0]?.dataset.stage).toBe('contacted'))
  })

  it('shows an intent still waiting on the device to be sent', async () => {
    await signedInInvestor(server)
    // queued by the form earlier, on this device, and the network is still down
    taroMock.storage.set(INTENT_OUTBOX_KEY, [{ key: uuidV4(), request: buildIntentRequest(), queuedAt: 0, attempts: 1, nextAttemptAt: 0, lastError: 'NETWORK' }])
    server.setOffline(true)
    renderWithApp(<MyIntentsPage />, { language: 'ja', server })

    await screen.findByText('送信待ち')
    expect(document.querySelector('[data-testid="my-intent-queued"]')?.textContent).toContain('Sakura Robotics K.K.')
    // tried again on showing the page
    expect(server.requestsTo('/api/v1/intents').length).toBeGreaterThan(0)
  })

  it('invites the investor to send one when there is none', async () => {
    renderWithApp(<MyIntentsPage />, { language: 'zh-CN', server })
    await screen.findByText('您还没有提交投资意向。')
    fireEvent.click(document.querySelector('[data-testid="my-intents-new"]') as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent/index' })
  })
})
