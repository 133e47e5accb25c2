import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { buildErrorBody } from '../../../test/builders'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import type { TaroMock } from '../../../test/taro-mock'
import { renderWithApp } from '../../../test/render'
import { POLICY_PROFILE_KEY } from '../../services/policy-profile'
import PolicyMatchPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
let server: FakeServer

beforeEach(() => {
  server = createFakeServer()
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const page = () => document.getElementById('policy-match') as HTMLElement
const chip = (group: string, value: string) => page().querySelector(`[data-choice="${group}"][data-value="${value}"]`) as HTMLElement
const numberInput = (field: string) => document.getElementById(`match-${field}`) as HTMLInputElement
const fieldError = (field: string) => page().querySelector(`[data-error-for="${field}"]`)?.textContent
const results = () => Array.from(page().querySelectorAll<HTMLElement>('.match-result'))
const criteria = (result: HTMLElement | undefined, kind: string) =>
  Array.from(result?.querySelectorAll(`[data-criteria="${kind}"] .match-result__criterion-text`) ?? []).map((e) => e.textContent)

const openForm = async (language: 'zh-CN' | 'en' | 'ja') => {
  renderWithApp(<PolicyMatchPage />, { language, server })
  await waitFor(() => expect(document.getElementById('policy-match-submit')).toBeTruthy())
}

describe('policy matching questionnaire', () => {
  it('refuses an out-of-range percentage on the device, with the translated message, without asking the server', async () => {
    await openForm('ja')

    fireEvent.input(numberInput('rndStaffPercent'), { target: { value: '150' } })
    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)

    expect(fieldError('rndStaffPercent')).toBe('100 以下にしてください。')
    expect(taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#match-field-rndStaffPercent', duration: 300 })
    expect(screen.getByText('入力内容に誤りがあります。表示された項目をご確認ください。')).toBeTruthy()
    expect(server.requestsTo('/api/v1/policies/match')).toHaveLength(0)
    expect(taro.getStorageSync(POLICY_PROFILE_KEY)).toBe('')

    fireEvent.input(numberInput('rndStaffPercent'), { target: { value: '15' } })
    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)
    await waitFor(() => expect(server.requestsTo('/api/v1/policies/match')).toHaveLength(1))
  })

  it('ranks the policies for the profile with what is met, not yet met and still to confirm', async () => {
    await openForm('en')

    fireEvent.click(chip('industry', 'biomedicine'))
    fireEvent.click(chip('enterpriseType', 'foreign_invested'))
    fireEvent.click(chip('highTech', 'yes'))
    fireEvent.input(numberInput('rndSpendingPercent'), { target: { value: '2' } })
    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)

    await screen.findByText('Policies for your company')
    await waitFor(() => expect(results().length).toBeGreaterThan(0))
    // near misses rank below the first page: see the whole ranking
    fireEvent.click(document.getElementById('policy-match-more') as HTMLElement)
    await waitFor(() => expect(document.getElementById('policy-match-more')).toBeNull())
    const [first, second] = results()
    expect(first?.dataset.policyId).toBe('2')
    expect(within(first as HTMLElement).getByText('You qualify')).toBeTruthy()
    expect(criteria(first, 'met')).toEqual(['Enterprise type: Foreign-invested enterprise', 'Industry: Biomedicine, Research & development'])
    // the R&D subsidy: high-tech met, R&D spending 2% below the 3% asked
    const rnd = results().find((r) => r.dataset.policyId === '1')
    expect(criteria(rnd, 'met')).toEqual(['Must be a certified high-tech enterprise'])
    expect(criteria(rnd, 'unmet')).toEqual(['R&D spending at least 3% of revenue'])
    expect(within(rnd as HTMLElement).getByText('Some conditions not met yet')).toBeTruthy()
    // the talent subsidy asks about R&D staff, which the investor left open
    const talent = results().find((r) => r.dataset.policyId === '3')
    expect(criteria(talent, 'unknown')).toEqual(['R&D staff at least 10% of employees'])
    expect(second).toBeTruthy()
    // the expired policy is not offered
    expect(results().some((r) => r.dataset.policyId === '4')).toBe(false)

    const request = server.requestsTo('/api/v1/policies/match')[0]
    expect(request?.url).toContain('lang=en')
    expect(JSON.parse(request?.body ?? '{}')).toEqual({ industry: 'biomedicine', enterpriseType: 'foreign_invested', highTech: true, rndSpendingPercent: 2 })
    expect(taro.getStorageSync(POLICY_PROFILE_KEY)).toEqual({ industry: 'biomedicine', enterpriseType: 'foreign_invested', highTech: true, rndSpendingPercent: 2 })

    fireEvent.click(first as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/policy-detail/index?id=2' })
  })

  it('shows the best twenty first and the rest of the ranking on "show more"', async () => {
    await openForm('ja')
    fireEvent.click(chip('enterpriseType', 'foreign_invested'))
    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)

    await waitFor(() => expect(results()).toHaveLength(20))
    const total = Number(page().querySelector('[data-total]')?.getAttribute('data-total'))
    expect(total).toBeGreaterThan(20)
    expect(screen.getByText(`${total} 件（適合度の高い順）`)).toBeTruthy()
    const firstPage = results().map((r) => r.dataset.policyId)

    fireEvent.click(screen.getByText(`さらに表示（残り ${total - 20} 件）`))
    await waitFor(() => expect(results()).toHaveLength(total))
    expect(results().slice(0, 20).map((r) => r.dataset.policyId)).toEqual(firstPage)
    expect(new Set(results().map((r) => r.dataset.policyId)).size).toBe(total)
    expect(results().at(-1)?.querySelector('[data-rank]')?.getAttribute('data-rank')).toBe(String(total))
    expect(server.requestsTo('/api/v1/policies/match').map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual([null, '2'])
    expect(document.getElementById('policy-match-more')).toBeNull()
  })

  it('fills in the profile saved last time, and lets the investor edit it after seeing results', async () => {
    taroMock.storage.set(POLICY_PROFILE_KEY, { industry: 'rnd', size: 'small', talentCategories: ['high_skill'], investmentAmount: 5000, highTech: false })
    await openForm('zh-CN')

    expect(chip('industry', 'rnd').dataset.selected).toBe('true')
    expect(chip('size', 'small').dataset.selected).toBe('true')
    expect(chip('talentCategories', 'high_skill').dataset.selected).toBe('true')
    expect(chip('highTech', 'no').dataset.selected).toBe('true')
    expect(numberInput('investmentAmount').value).toBe('5000')

    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)
    await screen.findByText('适合您企业的政策')
    fireEvent.click(document.getElementById('policy-match-edit') as HTMLElement)
    expect(chip('size', 'small').dataset.selected).toBe('true')
  })

  it('shows the server\'s field errors on the form if it refuses the profile after all', async () => {
    server.queue('/api/v1/policies/match', {
      status: 400,
      body: { ...buildErrorBody('VALIDATION_FAILED'), details: [{ field: 'industry', code: 'invalid_value', message: 'This value is not allowed.' }] },
    })
    await openForm('en')
    fireEvent.click(chip('industry', 'culture'))
    fireEvent.click(document.getElementById('policy-match-submit') as HTMLElement)

    await waitFor(() => expect(fieldError('industry')).toBe('This value is not allowed.'))
    expect(page().dataset.view).toBe('form')
  })
})
