import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { submittedIntent } from '../../../test/intent-builders'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { DEVICE_ID_KEY } from '../../services/device-id'
import { INTENT_DRAFT_KEY } from '../../services/intent-draft'
import { INVESTOR_SESSION_KEY } from '../../services/investor-session'
import { LANGUAGE_STORAGE_KEY } from '../../services/language'
import { POLICY_PROFILE_KEY } from '../../services/policy-profile'
import { PRIVACY_CONSENT_KEY } from '../../services/privacy-consent'
import MePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement

describe('me page', () => {
  it('shows the about block and lets the user switch language there too', async () => {
    renderWithApp(<MePage />, { language: 'zh-CN', server })
    expect(screen.getByText('关于')).toBeTruthy()
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '我的' })

    fireEvent.click(document.querySelector('#me [data-lang="en"]') as HTMLElement)

    await screen.findByText('About')
    expect(screen.getByText('The platform is open source: any district or county can run its own instance.')).toBeTruthy() // lint-allow: prose ("source: any"), not a type
    expect(Taro.getStorageSync(LANGUAGE_STORAGE_KEY)).toBe('en')
    await waitFor(() => expect(Taro.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: 'Me' }))
    expect(Taro.setTabBarItem).toHaveBeenCalledWith({ index: 3, text: 'Me' })
  })

  it('opens the investor\'s intents', () => {
    renderWithApp(<MePage />, { language: 'en', server })
    fireEvent.click(byTestId('me-my-intents'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/my-intents/index' })
  })

  it('downloads everything stored about the investor as a JSON file (H5), and shows it', async () => {
    await submittedIntent(server)
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:export')
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    const clicked: string[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    renderWithApp(<MePage />, { language: 'en', server })

    fireEvent.click(byTestId('me-export'))

    await waitFor(() => expect(byTestId('me-export-result')).toBeTruthy())
    const shown = JSON.parse(byTestId('me-export-result').textContent ?? '{}') as { intents: { id: number; company: { name: string } }[] }
    expect(shown.intents.map((i) => [i.id, i.company.name])).toEqual([[101, 'Sakura Robotics K.K.']])
    expect(clicked).toEqual([expect.stringMatching(/^zhaoshang-my-data-\d{4}-\d{2}-\d{2}\.json$/)])
    const blob = createObjectURL.mock.calls[0]?.[0]
    expect(blob?.type).toBe('application/json')
    await waitFor(() => expect(taro.showToast).toHaveBeenCalledWith({ title: 'Downloaded', icon: 'none' }))
    expect(server.requestsTo('/api/v1/me/export')[0]?.headers.authorization).toMatch(/^Bearer /)
    click.mockRestore()
  })

  it('deletes the account after confirming, and forgets the investor on the device', async () => {
    await submittedIntent(server)
    taroMock.storage.set(INTENT_DRAFT_KEY, { policyIds: [1], company: { name: 'Next Co.' } })
    taroMock.storage.set(POLICY_PROFILE_KEY, { industry: 'rnd' })
    taroMock.storage.set(LANGUAGE_STORAGE_KEY, 'ja')
    renderWithApp(<MePage />, { language: 'ja', server })

    fireEvent.click(byTestId('me-delete'))
    expect(screen.getByText('アカウントを削除しますか？')).toBeTruthy()
    fireEvent.click(byTestId('me-delete-cancel'))
    expect(byTestId('me-delete-dialog')).toBeNull()
    expect(server.requestsTo('/api/v1/me')).toHaveLength(0)

    fireEvent.click(byTestId('me-delete'))
    fireEvent.click(byTestId('me-delete-confirm'))

    await waitFor(() => expect(byTestId('me-deleted')).toBeTruthy())
    expect(byTestId('me-deleted').textContent).toBe('アカウントとデータを削除しました')
    expect(server.requestsTo('/api/v1/me').map((r) => r.method)).toEqual(['DELETE'])
    expect(server.investors.investors[0]?.deleted).toBe(true)
    for (const key of [INVESTOR_SESSION_KEY, DEVICE_ID_KEY, PRIVACY_CONSENT_KEY, INTENT_DRAFT_KEY, POLICY_PROFILE_KEY]) expect(taroMock.storage.has(key)).toBe(false)
    // the language choice is not personal data
    expect(taroMock.storage.get(LANGUAGE_STORAGE_KEY)).toBe('ja')
  })

  it('says what went wrong when the account cannot be deleted, and keeps the data on the device', async () => {
    await submittedIntent(server)
    server.setOffline(true)
    renderWithApp(<MePage />, { language: 'en', server })

    fireEvent.click(byTestId('me-delete'))
    fireEvent.click(byTestId('me-delete-confirm'))

    await screen.findByText('Network connection failed. Check your connection and try again.')
    expect(taroMock.storage.has(INVESTOR_SESSION_KEY)).toBe(true)
  })
})
