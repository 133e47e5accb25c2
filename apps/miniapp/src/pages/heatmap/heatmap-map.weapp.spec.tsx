import type { ReactElement } from 'react'
import { act, fireEvent, waitFor } from '@testing-library/react'
import type { MapProps } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { FAKE_AREAS, FAKE_CELLS, withHeatmap } from '../../../test/heatmap-fixtures'
import { renderWithApp } from '../../../test/render'
import type { TaroMock } from '../../../test/taro-mock'
import { wgs84ToGcj02 } from './coordinates'
import HeatmapPage from './index'
import { toMapPoint, type GeoPoint, type Region } from './map-overlays'

// The page as WeChat runs it: the weapp map over the Taro mock (jest otherwise resolves the H5 canvas).
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())
jest.mock('./heatmap-map', () => jest.requireActual<typeof import('./heatmap-map.weapp')>('./heatmap-map.weapp'))

/**
 * WeChat's native `map` cannot run in jsdom. Its stand-in renders an empty element and keeps the
 * props of its latest render: what the page asks WeChat to draw, and the handlers WeChat calls.
 */
const mockMap: { props?: MapProps & { id?: string } } = {}
jest.mock('@tarojs/components', () => {
  const react = jest.requireActual<typeof import('react')>('react')
  const actual = jest.requireActual<Record<string, unknown>>('@tarojs/components')
  const Map = (props: MapProps & { id?: string }): ReactElement => {
    mockMap.props = props
    return react.createElement('div', { id: props.id, 'data-testid': 'wechat-map' })
  }
  return { ...actual, __esModule: true, Map }
})

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const wx = Taro as unknown as Record<string, unknown>

/** The map context WeChat hands out: zooming and fitting go through `includePoints`. */
const mapContext = {
  includePoints: jest.fn(),
  getScale: jest.fn((o: { success: (r: { scale: number }) => void }) => o.success({ scale: 12.2 })),
  getRegion: jest.fn((o: { success: (r: Region) => void }) => o.success({ northeast: toMapPoint([31.46, 120.64]), southwest: toMapPoint([31.4, 120.56]) })),
}

beforeEach(() => {
  taroMock.storage.clear()
  jest.clearAllMocks()
  mockMap.props = undefined
  wx.createMapContext = jest.fn(() => mapContext)
})

function renderPage(server: FakeServer = withHeatmap(createFakeServer())) {
  const view = renderWithApp(<HeatmapPage />, { language: 'en', server })
  return { ...view, server, page: () => view.container.querySelector('#heatmap') as HTMLElement }
}

const map = (): MapProps & { id?: string } => {
  if (!mockMap.props) throw new Error('the map is not rendered')
  return mockMap.props
}
/** the page has its answer and the map has been given its outlines */
const drawn = async (page: () => HTMLElement) => {
  await waitFor(() => expect(page().getAttribute('data-state')).toBe('ready'))
  await waitFor(() => expect(map().polygons?.length).toBe(FAKE_CELLS.length + FAKE_AREAS.length))
}
/** WeChat reporting a tap on the ground spot `[lat, lng]` (WGS-84): in GCJ-02, as its map does */
const tapGround = (lat: number, lng: number) => act(() => map().onTap?.({ detail: wgs84ToGcj02(lat, lng) } as never))
const viewAt = (scale: number, [lat, lng]: [number, number]): { scale: number; centerLocation: GeoPoint; region: Region } => ({
  scale,
  centerLocation: toMapPoint([lat, lng]),
  region: { northeast: toMapPoint([lat + 0.02, lng + 0.03]), southwest: toMapPoint([lat - 0.02, lng - 0.03]) },
})
const regionChange = (type: 'begin' | 'end', detail: object) => act(() => map().onRegionChange?.({ type, detail } as never))
const lastRes = (server: FakeServer) => new URL(server.requestsTo('/api/v1/heatmap').at(-1)?.url ?? '', 'http://miniapp.test').searchParams.get('res')
const sheet = (page: () => HTMLElement) => page().querySelector('#heatmap-sheet') as HTMLElement
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`

describe('the heatmap on WeChat\'s own map', () => {
  it('draws the hexagons in the legend\'s colours and the area outlines on WeChat\'s map, in GCJ-02, with the areas named', async () => {
    const { page } = renderPage()
    await drawn(page)
    expect(page().querySelector('taro-canvas-core')).toBeNull()
    expect(page().querySelector('.heatmap-map')?.getAttribute('data-ready')).toBe('true')

    // each hexagon in the colour the legend gives its class: the top cell in the darkest
    const swatch = (cls: number) => hex((page().querySelector(`#heatmap-legend [data-class="${cls}"] .heatmap-legend__swatch`) as HTMLElement).style.background)
    const polygons = map().polygons ?? []
    expect(polygons[0]?.fillColor?.slice(0, 7)).toBe(swatch(3))
    expect(polygons[3]?.fillColor?.slice(0, 7)).toBe(swatch(0))
    // the top cell's outline where a Chinese map has it, not where GPS has it
    const top = FAKE_CELLS[0] as (typeof FAKE_CELLS)[number]
    const first = polygons[0]?.points[0] as GeoPoint
    const vertex = wgs84ToGcj02(top.center[0], top.center[1] + 0.008 * 1.17)
    expect(first.latitude).toBeCloseTo(vertex.latitude, 6)
    expect(first.longitude).toBeCloseTo(vertex.longitude, 6)

    // the map opens on the district's outline, and names the towns and streets
    expect(map().includePoints).toEqual((FAKE_AREAS[0]?.polygon ?? []).map(toMapPoint))
    expect((map().markers ?? []).map((m) => m.label?.content)).toEqual(['Yuanhe Street', 'Huangqiao Street', 'Weitang Town'])
  })

  it('opens on the hexagons while the district\'s outline is on its way, then on the district, once', async () => {
    const server = withHeatmap(createFakeServer())
    const release = server.hold('/api/v1/areas')
    const { page } = renderPage(server)
    await waitFor(() => expect(map().polygons?.length).toBe(FAKE_CELLS.length))
    expect(map().includePoints).toHaveLength(FAKE_CELLS.length * 6)

    release()
    await drawn(page)
    const district = (FAKE_AREAS[0]?.polygon ?? []).map(toMapPoint)
    expect(map().includePoints).toEqual(district)
    expect(map().latitude).toBeCloseTo((Math.min(...district.map((p) => p.latitude)) + Math.max(...district.map((p) => p.latitude))) / 2, 9)
  })

  it('opens the sheet of the hexagon tapped, and outlines it', async () => {
    const { page, server } = renderPage()
    await drawn(page)
    const top = FAKE_CELLS[0] as (typeof FAKE_CELLS)[number]
    // near the hexagon's east edge: the raw GCJ-02 coordinates of this tap are outside it
    tapGround(top.center[0], top.center[1] + 0.0085)

    await waitFor(() => expect(sheet(page)?.getAttribute('data-state')).toBe('ready'))
    expect(server.requestsTo('/api/v1/heatmap/cells/8730e1d8bffffff')).toHaveLength(1)
    expect(sheet(page).querySelector('.heatmap-sheet__title')?.textContent).toBe('Around China-Japan (Suzhou) Local Development Cooperation Demonstration Zone')
    expect(sheet(page).querySelector('.heatmap-sheet__rank')?.textContent).toBe('Landed investment: no. 1 of 4 hexagons')
    expect(map().polyline?.[0]?.points).toEqual(map().polygons?.[0]?.points)
  })

  it('opens an area where no hexagon is, from a tap or from its name', async () => {
    const { page, server } = renderPage()
    await drawn(page)
    // inside the China-Japan zone, north-west of its hexagon
    tapGround(31.428, 120.583)
    await waitFor(() => expect(sheet(page)?.getAttribute('data-state')).toBe('ready'))
    expect(sheet(page).getAttribute('data-area')).toBe('china_japan_zone')
    expect(server.requestsTo('/api/v1/areas/5')).toHaveLength(1)

    fireEvent.click(sheet(page).querySelector('#heatmap-sheet-close') as HTMLElement)
    const weitang = FAKE_AREAS.find((a) => a.code === 'weitang')
    act(() => map().onLabelTap?.({ detail: { markerId: weitang?.id } } as never))
    // WeChat may follow a label tap with a map tap at the same spot (here on a hexagon): the label wins
    tapGround(31.485, 120.66)
    await waitFor(() => expect(sheet(page)?.getAttribute('data-state')).toBe('ready'))
    expect(sheet(page).getAttribute('data-area')).toBe('weitang')
    expect(server.requestsTo('/api/v1/heatmap/cells/8730e1d89ffffff')).toHaveLength(0)
  })

  it('asks for finer hexagons as the investor zooms in and coarser ones as they zoom out', async () => {
    const { page, server } = renderPage()
    await drawn(page)
    expect(lastRes(server)).toBe('7')

    regionChange('begin', { type: 'begin' })
    regionChange('end', viewAt(14.3, [31.415, 120.6]))
    await waitFor(() => expect(page().getAttribute('data-resolution')).toBe('9'))
    expect(lastRes(server)).toBe('9')

    regionChange('end', viewAt(10, [31.445, 120.6]))
    await waitFor(() => expect(page().getAttribute('data-resolution')).toBe('6'))
  })

  it('asks the map for its view when the regionchange event does not bring it', async () => {
    const { page, server } = renderPage()
    await drawn(page)
    regionChange('end', {})
    await waitFor(() => expect(lastRes(server)).toBe('8'))
    expect(mapContext.getScale).toHaveBeenCalled()
    expect(page().querySelector('.heatmap-map')?.getAttribute('data-scale')).toBe('12.20')
  })

  it('zooms with the buttons by asking WeChat to fit a smaller or larger region, and shows the whole district again', async () => {
    const { page } = renderPage()
    await drawn(page)
    const view = viewAt(12, [31.42, 120.6])
    regionChange('end', view)
    await waitFor(() => expect(page().getAttribute('data-resolution')).toBe('8'))

    fireEvent.click(page().querySelector('#heatmap-zoom-in') as HTMLElement)
    const [ne, sw] = (mapContext.includePoints.mock.calls[0]?.[0] as { points: GeoPoint[] }).points as [GeoPoint, GeoPoint]
    expect(ne.latitude - sw.latitude).toBeCloseTo((view.region.northeast.latitude - view.region.southwest.latitude) / 2, 9)
    expect((ne.longitude + sw.longitude) / 2).toBeCloseTo((view.region.northeast.longitude + view.region.southwest.longitude) / 2, 9)

    fireEvent.click(page().querySelector('#heatmap-zoom-out') as HTMLElement)
    const [outNe, outSw] = (mapContext.includePoints.mock.calls[1]?.[0] as { points: GeoPoint[] }).points as [GeoPoint, GeoPoint]
    expect(outNe.latitude - outSw.latitude).toBeCloseTo((view.region.northeast.latitude - view.region.southwest.latitude) * 2, 9)

    fireEvent.click(page().querySelector('#heatmap-zoom-reset') as HTMLElement)
    expect(mapContext.includePoints).toHaveBeenLastCalledWith(expect.objectContaining({ points: (FAKE_AREAS[0]?.polygon ?? []).map(toMapPoint) }))
  })

  it('keeps the ranked list, and points to it when WeChat\'s map cannot load', async () => {
    const { page } = renderPage()
    await drawn(page)
    act(() => map().onError({ detail: {} } as never))
    expect(page().querySelector('#heatmap-map-failed')?.textContent).toBe('The map could not load. The ranked list shows the same figures.')
    expect(page().querySelector('[data-testid="wechat-map"]')).toBeNull()

    fireEvent.click(page().querySelector('[data-choice="view"][data-value="list"]') as HTMLElement)
    expect(Array.from(page().querySelectorAll('#heatmap-list .heatmap-list__row')).map((r) => r.getAttribute('data-rank'))).toEqual(['1', '2', '3', '4'])
    expect(page().querySelector('.heatmap-map')).toBeNull()
  })
})
