import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { INTENT_DRAFT_KEY } from '../../services/intent-draft'
import { POLICY_PROFILE_KEY } from '../../services/policy-profile'
import IntentPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const draft = () => Taro.getStorageSync(INTENT_DRAFT_KEY) as Record<string, unknown>
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  taroMock.storage.clear()
  taroMock.router.params = {}
})

describe('intent page, opened about a policy', () => {
  it('keeps the policy in the device draft and says what the intent is about', async () => {
    taroMock.router.params = { policyId: '2' }
    renderWithApp(<IntentPage />, { language: 'en', server })

    await screen.findByText('About: Foreign R&D centre reward')
    expect(draft()).toEqual({ policyIds: [2] })
    // honest about what is not there yet
    expect(screen.getByText('This is kept on this device. Submitting an investment intent online arrives soon; it will be included then.')).toBeTruthy()
    // no saved profile, nothing to attach
    expect(document.getElementById('intent-attach-profile')).toBeNull()
  })

  it('attaches the saved matching profile to the draft on request, and takes it out again', async () => {
    const profile = { industry: 'biomedicine', enterpriseType: 'foreign_invested', highTech: true }
    taroMock.storage.set(POLICY_PROFILE_KEY, profile)
    taroMock.storage.set(INTENT_DRAFT_KEY, { policyIds: [1], timeline: '2027' })
    taroMock.router.params = { policyId: '2' }
    renderWithApp(<IntentPage />, { language: 'ja', server })

    await screen.findByText('相談する政策：外資系研究開発センター設立奨励金')
    expect(screen.getByText('相談する政策：研究開発投資補助金')).toBeTruthy()
    const toggle = document.getElementById('intent-attach-profile') as HTMLElement
    expect(toggle.dataset.checked).toBe('false')

    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.dataset.checked).toBe('true'))
    expect(draft()).toEqual({ policyIds: [2, 1], timeline: '2027', profile })

    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.dataset.checked).toBe('false'))
    expect(draft()).toEqual({ policyIds: [2, 1], timeline: '2027' })
  })

  it('stays a placeholder when opened without a policy', async () => {
    renderWithApp(<IntentPage />, { language: 'zh-CN', server })
    await act(async () => undefined)
    expect(screen.getByText('该功能即将上线')).toBeTruthy()
    expect(document.getElementById('intent-about')).toBeNull()
    expect(server.requests).toHaveLength(0)
  })
})
