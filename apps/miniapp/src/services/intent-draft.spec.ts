import Taro from '@tarojs/taro'
import type { TaroMock } from '../../test/taro-mock'
import { addPolicyToDraft, INTENT_DRAFT_KEY, readIntentDraft, setDraftProfile } from './intent-draft'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const storage = jest.requireMock<TaroMock>('@tarojs/taro').storage

beforeEach(() => storage.clear())

describe('intent draft', () => {
  it('starts empty and keeps each policy once, the latest first', () => {
    expect(readIntentDraft()).toEqual({ policyIds: [] })
    addPolicyToDraft(3)
    addPolicyToDraft(5)
    expect(addPolicyToDraft(3)).toEqual({ policyIds: [3, 5] })
    expect(Taro.getStorageSync(INTENT_DRAFT_KEY)).toEqual({ policyIds: [3, 5] })
  })

  it('leaves fields it does not know alone (the intent form owns them)', () => {
    storage.set(INTENT_DRAFT_KEY, { company: 'ACME', policyIds: [1] })
    setDraftProfile({ size: 'small' })
    expect(Taro.getStorageSync(INTENT_DRAFT_KEY)).toEqual({ company: 'ACME', policyIds: [1], profile: { size: 'small' } })
    setDraftProfile(undefined)
    expect(Taro.getStorageSync(INTENT_DRAFT_KEY)).toEqual({ company: 'ACME', policyIds: [1] })
  })

  it('ignores what it cannot read: a broken draft or an outdated profile', () => {
    storage.set(INTENT_DRAFT_KEY, 'not an object')
    expect(readIntentDraft()).toEqual({ policyIds: [] })
    storage.set(INTENT_DRAFT_KEY, { policyIds: [1, 'x', -2], profile: { size: 'huge' } })
    expect(readIntentDraft()).toEqual({ policyIds: [1] })
  })
})
