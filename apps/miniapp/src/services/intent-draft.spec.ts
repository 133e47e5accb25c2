import Taro from '@tarojs/taro'
import type { TaroMock } from '../../test/taro-mock'
import { buildIntentForm } from '../../test/intent-builders'
import { addPolicyToDraft, clearIntentDraft, INTENT_DRAFT_KEY, readIntentDraft, readIntentForm, saveIntentForm, setDraftProfile } from './intent-draft'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const storage = jest.requireMock<TaroMock>('@tarojs/taro').storage

beforeEach(() => storage.clear())

describe('intent draft', () => {
  it('starts empty and keeps each policy once, the latest first', () => {
    expect(readIntentDraft()).toEqual({ policyIds: [] })
    addPolicyToDraft(3)
    addPolicyToDraft(5)
    expect(addPolicyToDraft(3)).toEqual([3, 5])
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

  it('keeps the whole form as typed, with its step, and gives it back on reopening', () => {
    addPolicyToDraft(3)
    const form = buildIntentForm({ policyIds: [3], areaCode: 'sino-japan-zone' })
    form.contact.phone = '090-12'
    form.project.spaceSize = '12a'
    saveIntentForm(form, 'project')

    expect(readIntentForm('en')).toEqual({ form, step: 'project' })
    // the policy pages still read and add to the same draft
    expect(addPolicyToDraft(5)).toEqual([5, 3])
    expect(readIntentForm('en').form).toMatchObject({ policyIds: [5, 3], contact: { phone: '090-12' }, project: { spaceSize: '12a' } })
  })

  it('starts an empty form in the investor\'s language, and forgets it once sent', () => {
    expect(readIntentForm('ja')).toEqual({
      form: { company: { name: '', uscc: '', country: '' }, contact: { name: '', callingCode: '', phone: '', email: '', language: 'ja' }, project: { industries: [], spaceSize: '' }, message: '', policyIds: [] },
      step: 'company',
    })
    saveIntentForm(buildIntentForm(), 'contact')
    clearIntentDraft()
    expect(storage.has(INTENT_DRAFT_KEY)).toBe(false)
    expect(readIntentForm('ja').step).toBe('company')
  })

  it('reads what it can of a damaged draft', () => {
    storage.set(INTENT_DRAFT_KEY, { company: { name: 'ACME', country: 7 }, project: { industries: ['rnd', 3], timeline: 'someday' }, step: 'nowhere' })
    const { form, step } = readIntentForm('en')
    expect(form.company).toEqual({ name: 'ACME', uscc: '', country: '', type: undefined })
    expect(form.project).toMatchObject({ industries: ['rnd'], timeline: undefined })
    expect(step).toBe('company')
  })
})
