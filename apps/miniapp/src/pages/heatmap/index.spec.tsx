import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { buildErrorBody } from '../../../test/builders'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { FAKE_PREMISES, withHeatmap } from '../../../test/heatmap-fixtures'
import { renderWithApp } from '../../../test/render'
import type { TaroMock } from '../../../test/taro-mock'
import { INTENT_DRAFT_KEY } from '../../services/intent-draft'
import { wgs84ToGcj02 } from './coordinates'
import HeatmapPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const wx = Taro as unknown as Record<string, unknown>

// jsdom draws nothing (no 2D context): the map's drawing is tested through map-renderer; here the
// canvas stays blank and everything around it is checked.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext
})

beforeEach(() => {
  taroMock.storage.clear()
  jest.clearAllMocks()
  wx.openLocation = jest.fn(() => Promise.resolve({ errMsg: 'openLocation:ok' }))
})

function renderPage(language: 'zh-CN' | 'en' | 'ja' = 'en', server: FakeServer = withHeatmap(createFakeServer())) {
  const view = renderWithApp(<HeatmapPage />, { language, server })
  return { ...view, server, page: () => view.container.querySelector('#heatmap') as HTMLElement }
}

const ready = (page: () => HTMLElement) => waitFor(() => expect(page().getAttribute('data-state')).toBe('ready'))
const chip = (page: HTMLElement, group: string, value: string) => page.querySelector(`[data-choice="${group}"][data-value="${value}"]`) as HTMLElement
const lastQuery = (server: FakeServer) => new URL(server.requestsTo('/api/v1/heatmap').at(-1)?.url ?? '', 'http://miniapp.test').searchParams
const rows = (page: HTMLElement) =>
  Array.from(page.querySelectorAll('#heatmap-list .heatmap-list__row')).map((r) => ({
    rank: r.getAttribute('data-rank'),
    name: r.querySelector('.heatmap-list__name')?.textContent,
    value: r.querySelector('.heatmap-list__value')?.textContent,
  }))

describe('investment heatmap page', () => {
  it('draws on a 2D canvas, with the legend of the server\'s breaks, the data date and the sample-data label', async () => {
    const { page } = renderPage('en')
    await ready(page)
    expect(page().querySelector('taro-canvas-core#heatmap-canvas')?.getAttribute('type')).toBe('2d')
    expect(page().getAttribute('data-resolution')).toBe('7')
    const legend = page().querySelector('#heatmap-legend') as HTMLElement
    expect(within(legend).getByText('Landed investment (CNY 100 million)')).toBeTruthy()
    expect(Array.from(legend.querySelectorAll('.heatmap-legend__label')).map((l) => l.textContent)).toEqual(['up to 3', '3–11', '11–25', '25–52.5'])
    // the top-ranked cell is what the map says it drew first
    expect(page().querySelector('.heatmap-map')?.getAttribute('data-top-cell')).toBe('8730e1d8bffffff')
    expect(page().querySelector('#heatmap-updated')?.textContent).toBe('Data updated 2026-11-20')
    expect(within(page()).getByText('Figures and locations shown are sample data')).toBeTruthy()
  })

  it('ranks the hexagons in a list, named after the area they lie in, and the areas by their own figures', async () => {
    const { page } = renderPage('en')
    await ready(page)
    fireEvent.click(chip(page(), 'view', 'list'))
    expect(rows(page())).toEqual([
      { rank: '1', name: 'Around China-Japan (Suzhou) Local Development Cooperation Demonstration Zone', value: 'CNY 52.5 × 100 million' },
      { rank: '2', name: 'Around Huangqiao Street', value: 'CNY 25 × 100 million' },
      { rank: '3', name: 'Around Weitang Town', value: 'CNY 11 × 100 million' },
      { rank: '4', name: 'Around Yuanhe Street', value: 'CNY 3 × 100 million' },
    ])
    expect(page().querySelector('.heatmap-map')).toBeNull()

    fireEvent.click(chip(page(), 'list', 'areas'))
    expect(rows(page()).map((r) => `${r.rank} ${r.name}: ${r.value}`)).toEqual([
      '1 China-Japan (Suzhou) Local Development Cooperation Demonstration Zone: CNY 52.5 × 100 million',
      '2 Huangqiao Street: CNY 25 × 100 million',
      '3 Weitang Town: CNY 11 × 100 million',
      '4 Yuanhe Street: CNY 3 × 100 million',
    ])
  })

  it('asks the server for the metric and industry chosen and shows what it answered', async () => {
    const { page, server } = renderPage('en')
    await ready(page)
    fireEvent.click(chip(page(), 'view', 'list'))

    fireEvent.click(chip(page(), 'metric', 'projects'))
    await waitFor(() => expect(page().getAttribute('data-metric')).toBe('projects'))
    expect(lastQuery(server).get('metric')).toBe('projects')
    expect(rows(page()).map((r) => r.value)).toEqual(['2', '2', '1', '1'])
    fireEvent.click(chip(page(), 'view', 'map'))
    expect(page().querySelector('#heatmap-legend .heatmap-legend__title')?.textContent).toBe('Number of projects')
    fireEvent.click(chip(page(), 'view', 'list'))

    fireEvent.click(chip(page(), 'industry', 'biomedicine'))
    await waitFor(() => expect(page().getAttribute('data-cells')).toBe('1'))
    expect(Object.fromEntries(lastQuery(server))).toMatchObject({ metric: 'projects', industry: 'biomedicine', lang: 'en' })
    expect(chip(page(), 'industry', 'biomedicine').getAttribute('data-selected')).toBe('true')
    // area figures are the areas' own: the list says the industry filter does not apply to them
    fireEvent.click(chip(page(), 'list', 'areas'))
    expect(within(page()).getByText('Area figures count every industry: the industry filter does not apply to them.')).toBeTruthy()

    // space: premises types instead of industries, and no industry sent
    fireEvent.click(chip(page(), 'metric', 'space'))
    await waitFor(() => expect(page().getAttribute('data-metric')).toBe('space'))
    expect(lastQuery(server).has('industry')).toBe(false)
    expect(page().querySelector('[data-choice-group="industry"]')).toBeNull()
    fireEvent.click(chip(page(), 'kind', 'factory'))
    await waitFor(() => expect(lastQuery(server).get('kind')).toBe('factory'))
    await waitFor(() => expect(page().getAttribute('data-cells')).toBe('1'))
  })

  it('says when a filter finds nothing, and clears it in one tap', async () => {
    const { page, server } = renderPage('en')
    await ready(page)
    fireEvent.click(chip(page(), 'industry', 'fintech'))
    await waitFor(() => expect(page().querySelector('#heatmap-empty')).not.toBeNull())
    expect(within(page()).getByText('Nothing to show for this filter')).toBeTruthy()
    fireEvent.click(page().querySelector('#heatmap-empty-clear') as HTMLElement)
    await waitFor(() => expect(page().getAttribute('data-cells')).toBe('4'))
    expect(lastQuery(server).has('industry')).toBe(false)
  })

  it('opens a hexagon\'s sheet with its figures, premises and policies, opens a premises on the map in GCJ-02, and starts an intent about the place', async () => {
    const { page, server } = renderPage('en')
    await ready(page)
    fireEvent.click(chip(page(), 'view', 'list'))
    fireEvent.click(page().querySelector('#heatmap-list [data-h3="8730e1d8bffffff"]') as HTMLElement)

    const sheet = () => page().querySelector('#heatmap-sheet') as HTMLElement
    await waitFor(() => expect(sheet().getAttribute('data-state')).toBe('ready'))
    expect(server.requestsTo('/api/v1/heatmap/cells/8730e1d8bffffff')).toHaveLength(1)
    expect(sheet().querySelector('.heatmap-sheet__title')?.textContent).toBe('Around China-Japan (Suzhou) Local Development Cooperation Demonstration Zone')
    expect(sheet().querySelector('.heatmap-sheet__rank')?.textContent).toBe('Landed investment: no. 1 of 4 hexagons')
    const figure = (key: string) => sheet().querySelector(`[data-figure="${key}"] .heatmap-sheet__figure-value`)?.textContent
    expect([figure('investment'), figure('projects'), figure('space'), figure('premises')]).toEqual(['CNY 52.5 × 100 million', '2', '6,200 m²', '2'])
    expect(Array.from(sheet().querySelectorAll('#heatmap-sheet-areas [data-area]')).map((a) => a.getAttribute('data-area'))).toEqual(['china_japan_zone', 'yuanhe'])
    const premises = sheet().querySelector('[data-premises="PR-1"]') as HTMLElement
    expect(within(premises).getByText('5,000 m² of 8,000 m² available')).toBeTruthy()
    expect(within(premises).getByText('CNY 25–30 per m² a month · Plot ratio 2.3')).toBeTruthy()
    expect(within(sheet()).getByText('Biomedicine support')).toBeTruthy()

    fireEvent.click(premises.querySelector('[data-action="open-location"]') as HTMLElement)
    const pr1 = FAKE_PREMISES[0] as (typeof FAKE_PREMISES)[number]
    const gcj = wgs84ToGcj02(pr1.lat, pr1.lng)
    await waitFor(() => expect(wx.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: gcj.latitude, longitude: gcj.longitude, name: 'Standard factory 1' })))
    expect(gcj.latitude).not.toBe(pr1.lat)

    fireEvent.click(sheet().querySelector('#heatmap-sheet-intent') as HTMLElement)
    expect(taroMock.storage.get(INTENT_DRAFT_KEY)).toMatchObject({ areaCode: 'china_japan_zone' })
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/intent/index' })

    fireEvent.click(sheet().querySelector('[data-policy-id="2"]') as HTMLElement)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy-detail/index?id=2' })
    fireEvent.click(sheet().querySelector('#heatmap-sheet-close') as HTMLElement)
    expect(page().querySelector('#heatmap-sheet')).toBeNull()
  })

  it('asks about one premises: its area, type and a first line join the intent draft without overwriting what the investor wrote', async () => {
    taroMock.storage.set(INTENT_DRAFT_KEY, { message: 'We need a plant by spring.', project: { industries: ['health'] } })
    const { page } = renderPage('en')
    await ready(page)
    fireEvent.click(chip(page(), 'industry', 'biomedicine'))
    await waitFor(() => expect(page().getAttribute('data-cells')).toBe('1'))
    fireEvent.click(chip(page(), 'view', 'list'))
    fireEvent.click(page().querySelector('#heatmap-list [data-h3="8730e1d8bffffff"]') as HTMLElement)
    await waitFor(() => expect(page().querySelector('#heatmap-sheet')?.getAttribute('data-state')).toBe('ready'))
    const sheet = page().querySelector('#heatmap-sheet') as HTMLElement
    expect(within(sheet).getByText('Biomedicine only')).toBeTruthy()
    fireEvent.click(sheet.querySelector('[data-premises="PR-2"] [data-action="ask-premises"]') as HTMLElement)
    expect(taroMock.storage.get(INTENT_DRAFT_KEY)).toMatchObject({ areaCode: 'china_japan_zone', message: 'We need a plant by spring.', project: { industries: ['health'], spaceKind: 'office' } })

    taroMock.storage.clear()
    fireEvent.click(sheet.querySelector('[data-premises="PR-2"] [data-action="ask-premises"]') as HTMLElement)
    expect(taroMock.storage.get(INTENT_DRAFT_KEY)).toMatchObject({ message: 'I am interested in the premises “R&D office” (PR-2).', project: { industries: ['biomedicine'], spaceKind: 'office' } })
  })

  it('opens an area\'s sheet in Japanese from the ranking by area', async () => {
    const { page, server } = renderPage('ja')
    await ready(page)
    fireEvent.click(chip(page(), 'view', 'list'))
    fireEvent.click(chip(page(), 'list', 'areas'))
    fireEvent.click(page().querySelector('#heatmap-list [data-area="china_japan_zone"]') as HTMLElement)
    const sheet = () => page().querySelector('#heatmap-sheet') as HTMLElement
    await waitFor(() => expect(sheet().getAttribute('data-state')).toBe('ready'))
    expect(server.requestsTo('/api/v1/areas/5')).toHaveLength(1)
    expect(sheet().getAttribute('data-kind')).toBe('area')
    expect(sheet().querySelector('.heatmap-sheet__title')?.textContent).toBe('中日（蘇州）地方発展協力モデル区')
    expect(within(sheet()).getByText('日中協力の拠点です。')).toBeTruthy()
    expect(within(sheet()).getByText('この場所について投資意向を送る')).toBeTruthy()
    expect(sheet().querySelector('[data-figure="investment"] .heatmap-sheet__figure-value')?.textContent).toBe('52.5億元')
    expect(within(page()).getAllByText('サンプルデータ').length).toBeGreaterThan(0)
  })

  it('shows a failed load in the user\'s language and loads again on retry', async () => {
    const server = withHeatmap(createFakeServer())
    server.queue('/api/v1/heatmap', { status: 503, body: buildErrorBody('SERVICE_UNAVAILABLE') })
    const { page } = renderPage('zh-CN', server)
    await waitFor(() => expect(page().getAttribute('data-state')).toBe('error'))
    const error = page().querySelector('.load-error') as HTMLElement
    expect(error.getAttribute('data-error-code')).toBe('SERVICE_UNAVAILABLE')
    fireEvent.click(error.querySelector('[data-action="retry"]') as HTMLElement)
    await ready(page)
    expect(screen.getByText('落地投资（亿元）')).toBeTruthy()
    expect(page().querySelector('.load-error')).toBeNull()
  })

  it('shows the sheet\'s own failure inside the sheet, with a retry', async () => {
    const server = withHeatmap(createFakeServer())
    server.queue('/api/v1/heatmap/cells/8730e1d8affffff', 'network-error')
    const { page } = renderPage('en', server)
    await ready(page)
    fireEvent.click(chip(page(), 'view', 'list'))
    fireEvent.click(page().querySelector('#heatmap-list [data-h3="8730e1d8affffff"]') as HTMLElement)
    const sheet = () => page().querySelector('#heatmap-sheet') as HTMLElement
    await waitFor(() => expect(sheet().getAttribute('data-state')).toBe('error'))
    expect(sheet().querySelector('.load-error')?.getAttribute('data-error-code')).toBe('NETWORK')
    fireEvent.click(sheet().querySelector('[data-action="retry"]') as HTMLElement)
    await waitFor(() => expect(sheet().getAttribute('data-state')).toBe('ready'))
    expect(sheet().querySelector('.heatmap-sheet__title')?.textContent).toBe('Around Huangqiao Street')
  })
})
