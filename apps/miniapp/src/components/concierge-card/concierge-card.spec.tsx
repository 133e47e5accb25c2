import { render, screen } from '@testing-library/react'
import type { ConciergeProfile } from '@zhaoshang/contracts'
import { I18nProvider } from '../../i18n'
import { createI18n } from '../../i18n'
import { INVESTOR_SESSION_KEY } from '../../services/investor-session'
import type { TaroMock } from '../../../test/taro-mock'
import { ConciergeCard } from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())
// WeChat's <button open-type="contact"> cannot render in jsdom: a stand-in shows what the card hands it
jest.mock('../../platform/contact-button', () => ({
  ContactButton: ({ sessionFrom, label }: { sessionFrom: string; label: string }) => (
    <button type='button' data-testid='concierge-chat' data-session-from={sessionFrom}>
      {label}
    </button>
  ),
}))

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')

const zhouMin: ConciergeProfile = {
  id: 8,
  name: 'Zhou Min',
  title: 'Investment officer',
  bio: '负责生物医药项目。',
  language: 'zh-CN',
  fallback: true,
  photoUrl: null,
  languages: ['zh-CN', 'en'],
  industries: [{ code: 'biomedicine', name: 'Biomedicine' }],
  areas: [],
  phone: '+8651200000103',
  wechatId: 'xc-concierge-zhoumin',
  officeHours: { days: [1, 3, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' },
  presence: { inOffice: false, backAt: '2026-12-01T00:30:00.000Z', backAtLocal: { date: '2026-12-01', weekday: 2, time: '08:30', day: 'today' }, utcOffset: '+08:00' },
  sample: true,
}

function show(props: Parameters<typeof ConciergeCard>[0], language: 'en' | 'ja' = 'en') {
  return render(
    <I18nProvider i18n={createI18n(language)}>
      <ConciergeCard {...props} />
    </I18nProvider>,
  )
}

beforeEach(() => taroMock.storage.clear())

describe('concierge card', () => {
  it('tells WeChat customer service which investor writes to which concierge about which intent', () => {
    taroMock.storage.set(INVESTOR_SESSION_KEY, { token: 't', expiresIn: 60, expiresAt: Date.now() + 60_000, privacyVersion: 'v', subscribeTemplateIds: [], investor: { id: 42, kind: 'wechat', consentVersion: 'v' } })
    show({ concierge: zhouMin, intentId: 101 })
    expect(screen.getByTestId('concierge-chat').dataset.sessionFrom).toBe('zs;investor=42;concierge=8;intent=101')
  })

  it('says so when the investor is not signed in and has no intent yet', () => {
    show({ concierge: zhouMin, role: 'suggested' })
    expect(screen.getByTestId('concierge-chat').dataset.sessionFrom).toBe('zs;investor=-;concierge=8;intent=-')
    // a suggestion is not "your concierge"
    expect(screen.queryByText('Your concierge')).toBeNull()
  })

  it('shows the bio in its fallback language with a note, the hours, presence and coverage', () => {
    show({ concierge: zhouMin, role: 'suggested' })
    expect(screen.getByText('负责生物医药项目。')).toBeTruthy()
    expect(document.querySelector('.fallback-note')?.getAttribute('data-fallback-language')).toBe('zh-CN')
    expect(screen.getByText('Office hours: Mon, Wed, Fri 08:30–17:30')).toBeTruthy()
    expect(screen.getByTestId('concierge-presence').textContent).toBe('Out of office · back today at 08:30')
    expect(screen.getByTestId('concierge-industries').textContent).toBe('Industries: Biomedicine')
    expect(screen.getByText('Sample')).toBeTruthy()
    // no "leave a message" unless the page says where it goes
    expect(screen.queryByTestId('concierge-message')).toBeNull()
  })

  it('shows an intent’s concierge card as before, without presence', () => {
    const { id, name, title, photoUrl, languages, phone, wechatId, officeHours } = zhouMin
    show({ concierge: { id, name, title, photoUrl, languages, phone, wechatId, officeHours, fallback: false }, intentId: 5 }, 'ja')
    expect(screen.getByText('あなたの専属コンシェルジュ')).toBeTruthy()
    expect(screen.queryByTestId('concierge-presence')).toBeNull()
    expect(screen.getByText('受付時間：月・水・金 08:30～17:30')).toBeTruthy()
  })
})
