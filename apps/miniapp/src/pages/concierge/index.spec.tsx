import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer } from '../../../test/fake-server'
import { CONCIERGE } from '../../../test/investor-fixtures'
import { submittedIntent } from '../../../test/intent-builders'
import { renderWithApp } from '../../../test/render'
import type { TaroMock } from '../../../test/taro-mock'
import ConciergePage from './index'
import { withDirectory } from './test/fake-directory'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const ja = resources.ja.concierges
const en = resources.en.concierges

beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const page = () => document.getElementById('concierge') as HTMLElement
const cards = () => Array.from(document.querySelectorAll<HTMLElement>('#concierge-list [data-testid="concierge-card"]'))
const cardOf = (id: number) => document.querySelector(`[data-testid="concierge-card"][data-concierge-id="${id}"]`) as HTMLElement
const chip = (value: string) => document.querySelector(`#concierge-industries [data-choice="industry"][data-value="${value}"]`) as HTMLElement
const fill = (text: string | undefined, values: Record<string, string | number>) => (text ?? '').replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(values[k] ?? ''))

async function open(language: 'zh-CN' | 'en' | 'ja', server = withDirectory(createFakeServer())) {
  renderWithApp(<ConciergePage />, { language, server })
  await waitFor(() => expect(document.querySelector('#concierge-list')?.getAttribute('data-state')).toBe('ready'))
  return server
}

describe('concierge page', () => {
  it('suggests concierges who speak Japanese first, without signing anyone in', async () => {
    const server = await open('ja')
    expect(page().dataset.mine).toBe('none')
    expect(screen.getByText(ja['page.find']!)).toBeTruthy()
    expect(screen.getByText(fill(ja['page.hint'], { language: '日本語' }))).toBeTruthy()
    expect(cards().map((c) => c.dataset.conciergeId)).toEqual(['7', '8', '9'])
    expect(within(cardOf(7)).getByText('王麗')).toBeTruthy()
    expect(within(cardOf(7)).getByText('中日協力モデル区の案件を担当。')).toBeTruthy()
    expect(within(cardOf(7)).getByText('受付時間：月～金 09:00～17:30')).toBeTruthy()
    // opening the tab creates no identity and asks nobody's concierge
    expect(server.requestsTo('/api/v1/auth/guest')).toHaveLength(0)
    expect(server.requestsTo('/api/v1/me/concierge')).toHaveLength(0)
  })

  it('finds the biomedicine concierges with the industry chip, and says who is in and when the others are back', async () => {
    const server = await open('ja')
    fireEvent.click(chip('biomedicine'))
    await waitFor(() => expect(cards().map((c) => c.dataset.conciergeId)).toEqual(['7', '8']))
    expect(new URL(server.requestsTo('/api/v1/concierges').at(-1)?.url ?? '', 'http://x').searchParams.get('industry')).toBe('biomedicine')
    expect(chip('biomedicine').dataset.selected).toBe('true')
    expect(within(cardOf(7)).getByTestId('concierge-presence').textContent).toBe(ja['card.presence.in'])
    expect(within(cardOf(8)).getByTestId('concierge-presence').textContent).toBe(fill(ja['card.presence.tomorrow'], { time: '08:30' }))
    expect(within(cardOf(8)).getByTestId('concierge-industries').textContent).toBe('担当産業：ヘルスケア · バイオ医薬')

    fireEvent.click(within(cardOf(8)).getByTestId('concierge-call'))
    expect(taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '+8651200000103' })
    fireEvent.click(within(cardOf(8)).getByTestId('concierge-copy-wechat'))
    await waitFor(() => expect(taro.showToast).toHaveBeenCalledWith({ title: 'WeChat IDをコピーしました', icon: 'none' }))
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'xc-concierge-zhoumin' })

    // tapping the chosen chip again shows everyone
    fireEvent.click(chip('biomedicine'))
    await waitFor(() => expect(cards()).toHaveLength(3))
  })

  it('gives the day and the concierge’s UTC offset when they are back after tomorrow in another zone', async () => {
    await open('en')
    expect(within(cardOf(9)).getByTestId('concierge-presence').textContent).toBe(
      `${fill(en['card.presence.later'], { day: 'Mon', time: '08:30' })}${fill(en['card.presence.zone'], { offset: '+09:00' })}`,
    )
    // no Japanese speaker: last for a Japanese reader, and no WeChat ID to copy
    expect(within(cardOf(9)).queryByTestId('concierge-copy-wechat')).toBeNull()
  })

  it('shows the investor their own concierge first, and "leave a message" opens their intent’s thread', async () => {
    const server = withDirectory(createFakeServer())
    await submittedIntent(server)
    await open('ja', server)
    await waitFor(() => expect(page().dataset.mine).toBe('concierge'))
    const mine = document.getElementById('concierge-mine') as HTMLElement
    expect(within(mine).getByText(fill(ja['page.yours.about'], { id: 101, company: 'Sakura Robotics K.K.' }))).toBeTruthy()
    const card = within(mine).getByTestId('concierge-card')
    expect(card.dataset.conciergeId).toBe(String(CONCIERGE.id))
    expect(within(card).getByText('あなたの専属コンシェルジュ')).toBeTruthy()
    // the others below, without them
    expect(screen.getByText(ja['page.others']!)).toBeTruthy()
    expect(cards().map((c) => c.dataset.conciergeId)).toEqual(['8', '9'])

    fireEvent.click(within(card).getByTestId('concierge-message'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent-detail/index?id=101' })
    fireEvent.click(within(cardOf(8)).getByTestId('concierge-message'))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/intent-detail/index?id=101' })
  })

  it('opens a new intent to leave a message when the investor has none, also when nobody covers an industry', async () => {
    await open('en')
    fireEvent.click(within(cardOf(7)).getByTestId('concierge-message'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent/index' })

    fireEvent.click(chip('culture'))
    expect(await screen.findByText(en['page.empty']!)).toBeTruthy()
    fireEvent.click(document.getElementById('concierge-empty-message') as HTMLElement)
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/intent/index' })
    fireEvent.click(document.getElementById('concierge-empty-all') as HTMLElement)
    await waitFor(() => expect(cards()).toHaveLength(3))
    expect(chip('').dataset.selected).toBe('true')
  })

  it('speaks Chinese and English as well', async () => {
    await open('zh-CN')
    expect(screen.getByText('找店小二')).toBeTruthy()
    expect(within(cardOf(8)).getByTestId('concierge-presence').textContent).toBe('非工作时间 · 明天 08:30 回来')
    expect(within(cardOf(7)).getByText('拨打电话')).toBeTruthy()
  })

  it('says so when the directory cannot be loaded, and loads it on retry', async () => {
    const server = withDirectory(createFakeServer())
    server.failNext('/api/v1/concierges')
    renderWithApp(<ConciergePage />, { language: 'en', server })
    await waitFor(() => expect(document.querySelector('#concierge-list')?.getAttribute('data-state')).toBe('error'))
    fireEvent.click(document.querySelector('#concierge-list [data-action="retry"]') as HTMLElement)
    await waitFor(() => expect(cards()).toHaveLength(3))
  })
})
