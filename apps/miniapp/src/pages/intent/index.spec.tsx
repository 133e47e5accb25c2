import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { buildIntentForm, signedInInvestor } from '../../../test/intent-builders'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { INTENT_DRAFT_KEY, saveIntentForm } from '../../services/intent-draft'
import { INTENT_OUTBOX_KEY } from '../../services/intent-outbox'
import { POLICY_PROFILE_KEY } from '../../services/policy-profile'
import { PRIVACY_CONSENT_KEY } from '../../services/privacy-consent'
import IntentPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
  taroMock.router.params = {}
})

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null
const tap = (id: string) => fireEvent.click(byTestId(id) as HTMLElement)
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLElement, { target: { value } })
const chip = (group: string, value: string) => fireEvent.click(document.querySelector(`[data-choice="${group}"][data-value="${value}"]`) as HTMLElement)
const fieldError = (field: string) => document.querySelector(`[data-error-for="${field}"]`)?.textContent
const step = () => byTestId('intent-form')?.dataset.step
const draft = () => taroMock.storage.get(INTENT_DRAFT_KEY) as Record<string, unknown> | undefined

/** An investor who has signed in and agreed before (the notice is not shown again). */
const returningInvestor = () => signedInInvestor(server)

const open = async (language: 'zh-CN' | 'en' | 'ja') => {
  const view = renderWithApp(<IntentPage />, { language, server })
  await waitFor(() => expect(byTestId('intent-form') ?? byTestId('privacy-notice')).toBeTruthy())
  return view
}

describe('privacy consent before the form', () => {
  it('shows the notice first, keeps the form closed when declined, and opens it once agreed', async () => {
    await open('en')

    expect(screen.getByText('Privacy notice')).toBeTruthy()
    expect(screen.getByText(translate('en', 'intents', 'privacy.body'))).toBeTruthy()
    expect(byTestId('intent-form')).toBeNull()
    expect(document.getElementById('intent-company-name')).toBeNull()

    tap('privacy-decline')
    expect(screen.getByText('Without your agreement we cannot receive your investment intent. You can still browse policies and the investment guide.')).toBeTruthy()
    expect(byTestId('intent-form')).toBeNull()
    expect(server.requestsTo('/api/v1/me/consent')).toHaveLength(0)

    tap('privacy-reopen')
    tap('privacy-agree')

    await waitFor(() => expect(byTestId('intent-step-company')).toBeTruthy())
    const consent = server.requestsTo('/api/v1/me/consent')
    expect(consent.map((r) => JSON.parse(r.body ?? '{}') as unknown)).toEqual([{ version: PRIVACY_NOTICE_VERSION }])
    expect(consent[0]?.headers.authorization).toMatch(/^Bearer /)
    expect(taroMock.storage.get(PRIVACY_CONSENT_KEY)).toMatchObject({ version: PRIVACY_NOTICE_VERSION, sent: true })
  })

  it('does not ask again once agreed, on this device or another one', async () => {
    await returningInvestor()
    taroMock.storage.delete(PRIVACY_CONSENT_KEY) // the server remembers it

    await open('ja')

    expect(byTestId('intent-step-company')).toBeTruthy()
    expect(byTestId('privacy-notice')).toBeNull()
  })

  it('shows the notice bundled with the app when offline, and keeps the agreement to send later', async () => {
    server.setOffline(true)
    await open('ja')

    expect(screen.getByText('プライバシーポリシー')).toBeTruthy()
    tap('privacy-agree')

    // the form's lists need the network the first time
    await screen.findByText('ネットワークに接続できません。接続を確認してもう一度お試しください。')
    expect(taroMock.storage.get(PRIVACY_CONSENT_KEY)).toMatchObject({ version: PRIVACY_NOTICE_VERSION, sent: false })
    server.setOffline(false)
    fireEvent.click(document.querySelector('[data-action="retry"]') as HTMLElement)
    await waitFor(() => expect(byTestId('intent-step-company')).toBeTruthy())
  })
})

describe('the intent form', () => {
  beforeEach(returningInvestor)

  it('checks each step on the device and says what to fix in Japanese', async () => {
    await open('ja')

    type('intent-company-name', 'さくらロボティクス株式会社')
    type('intent-company-uscc', '91320507MA1MXXXX0A')
    chip('country', 'JP')
    chip('enterpriseType', 'foreign_invested')
    tap('intent-next')

    expect(fieldError('company.uscc')).toBe('統一社会信用コード（18桁）が正しくありません。')
    expect(step()).toBe('company')
    expect(screen.getByText('入力内容に誤りがあります。表示された項目をご確認ください。')).toBeTruthy()

    type('intent-company-uscc', '')
    tap('intent-next')
    expect(step()).toBe('contact')

    type('intent-contact-name', '佐藤 花')
    // choosing Japan chose +81 for the phone too; taken off, the number has no country code
    chip('callingCode', '81')
    type('intent-contact-phone', '090-1234-5678')
    tap('intent-next')

    expect(fieldError('contact.phone')).toBe('国番号付きの電話番号を入力してください（例：+81 90 1234 5678）。')
    chip('callingCode', '81')
    expect(screen.getByText('+819012345678 として送信します')).toBeTruthy()
    tap('intent-next')
    expect(step()).toBe('project')
    expect(server.requestsTo('/api/v1/intents')).toHaveLength(0)
  })

  it('keeps everything typed on the device and comes back to the same step', async () => {
    const first = await open('en')
    type('intent-company-name', 'Sakura Robotics K.K.')
    chip('country', 'JP')
    chip('enterpriseType', 'foreign_invested')
    tap('intent-next')
    type('intent-contact-name', 'Sato Hana')
    type('intent-contact-phone', '090-12')

    expect(draft()).toMatchObject({ step: 'contact', company: { name: 'Sakura Robotics K.K.', country: 'JP' }, contact: { name: 'Sato Hana', callingCode: '81', phone: '090-12' } })
    first.unmount()

    await open('en')
    expect(step()).toBe('contact')
    expect((document.getElementById('intent-contact-phone') as HTMLInputElement).value).toBe('090-12')
    expect(document.querySelector('[data-choice="callingCode"][data-value="81"]')?.getAttribute('data-selected')).toBe('true')
    tap('intent-back')
    expect((document.getElementById('intent-company-name') as HTMLInputElement).value).toBe('Sakura Robotics K.K.')
  })

  it('opens with the draft when offline, once the form has been seen online', async () => {
    const first = await open('en')
    type('intent-company-name', 'Sakura Robotics K.K.')
    first.unmount()
    server.setOffline(true)

    await open('en')

    expect((document.getElementById('intent-company-name') as HTMLInputElement).value).toBe('Sakura Robotics K.K.')
    expect(document.querySelector('[data-choice="enterpriseType"][data-value="foreign_invested"]')).toBeTruthy()
  })

  it('lists the policies asked about by title and attaches the saved matching profile on request', async () => {
    const profile = { industry: 'biomedicine', enterpriseType: 'foreign_invested', highTech: true }
    taroMock.storage.set(POLICY_PROFILE_KEY, profile)
    taroMock.storage.set(INTENT_DRAFT_KEY, { policyIds: [1], step: 'message' })
    taroMock.router.params = { policyId: '2' }
    await open('ja')

    await screen.findByText('外資系研究開発センター設立奨励金')
    expect(screen.getByText('研究開発投資補助金')).toBeTruthy()
    const toggle = document.getElementById('intent-attach-profile') as HTMLElement
    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.dataset.checked).toBe('true'))
    expect(draft()).toMatchObject({ policyIds: [2, 1], profile })

    fireEvent.click(document.querySelector('[data-remove-policy="1"]') as HTMLElement)
    expect(draft()).toMatchObject({ policyIds: [2] })
  })
})

describe('sending the intent', () => {
  beforeEach(async () => {
    await returningInvestor()
    saveIntentForm(buildIntentForm({ contact: { ...buildIntentForm().contact, language: 'en' } }), 'consent')
  })

  it('waits to send while offline, keeps the draft, and sends under the same key when the network returns', async () => {
    await open('en')
    expect(screen.getByText('Sakura Robotics K.K.')).toBeTruthy()
    expect(screen.getByText('+819012345678')).toBeTruthy()

    server.setOffline(true)
    tap('intent-submit')

    await screen.findByText('Waiting to send')
    expect(screen.getByText('No network connection. It will be sent automatically when you are back online.')).toBeTruthy()
    expect(screen.getByText('Investment intent: Sakura Robotics K.K.')).toBeTruthy()
    expect(draft()).toMatchObject({ company: { name: 'Sakura Robotics K.K.' } })
    const [queued] = taroMock.storage.get(INTENT_OUTBOX_KEY) as { key: string }[]

    server.setOffline(false)
    act(() => taroMock.setNetwork(true))

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/intent-detail/index?id=101' }))
    expect(screen.getByText('Your investment intent has been sent')).toBeTruthy()
    expect(screen.getByText('Your concierge Wang Li will contact you.')).toBeTruthy()
    // no WeChat in a browser: no subscribe offer
    expect(byTestId('intent-subscribe')).toBeNull()
    const keys = server.requestsTo('/api/v1/intents').map((r) => r.headers['Idempotency-Key'])
    expect(keys).toEqual([queued?.key, queued?.key])
    expect(server.investors.intents).toHaveLength(1)
    expect(draft()).toBeUndefined()
    expect(taroMock.storage.get(INTENT_OUTBOX_KEY)).toEqual([])
  })

  it('retries when the page shows again, and lets the investor try at once', async () => {
    const busy = { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'busy', details: [] } }
    server.queue('/api/v1/intents', busy, busy)
    await open('en')
    tap('intent-submit')

    await screen.findByText('The server could not take it just now; it will be retried automatically.')
    act(() => taroMock.showPage())
    await waitFor(() => expect(server.requestsTo('/api/v1/intents')).toHaveLength(2))
    await screen.findByText('Waiting to send')

    tap('intent-send-now')

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledTimes(1))
    expect(server.requestsTo('/api/v1/intents')).toHaveLength(3)
    expect(server.investors.intents).toHaveLength(1)
  })

  it('shows the server\'s field errors on the right field and step', async () => {
    saveIntentForm(buildIntentForm({ company: { ...buildIntentForm().company, type: 'state_owned' } }), 'consent')
    await open('en')
    tap('intent-submit')

    await waitFor(() => expect(step()).toBe('company'))
    expect(fieldError('company.type')).toBe('This value is not allowed.')
    expect(screen.getByText('Some of the information is not valid. Please check the marked fields.')).toBeTruthy()
    expect(taroMock.storage.get(INTENT_OUTBOX_KEY)).toEqual([])
    expect(draft()).toMatchObject({ company: { type: 'state_owned' } })

    chip('enterpriseType', 'foreign_invested')
    tap('intent-next')
    tap('intent-next')
    tap('intent-next')
    tap('intent-next')
    tap('intent-submit')
    await waitFor(() => expect(server.investors.intents).toHaveLength(1))
    // a corrected intent is a new submission, under a new key
    const keys = server.requestsTo('/api/v1/intents').map((r) => r.headers['Idempotency-Key'])
    expect(new Set(keys).size).toBe(2)
  })
})
