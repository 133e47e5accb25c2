import type { HttpRequest, Transport } from '@zhaoshang/api-client'
import {
  encodeHeatmapCells,
  heatmapCellQuerySchema,
  heatmapQuerySchema,
  normalizeLanguage,
  toFieldIssues,
  type AreaDetail,
  type AreaKind,
  type AreaList,
  type FieldError,
  type HeatmapCellDetail,
  type HeatmapResponse,
  type Language,
  type PremisesKind,
} from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { buildErrorBody, referenceName } from './builders'
import type { FakeServer } from './fake-server'

/**
 * The heatmap's server side for component tests: a small district with three streets, a zone,
 * four hexagon cells and the projects and premises in them, aggregated by the server's rules
 * (filters, quantile breaks, cells as columns with the server's encoder, cell figures under the
 * same filters; the client decodes ranks and classes). It answers only the paths the fake server
 * does not know, so the fake server's `queue` and `hold` work for them.
 */
type Names = Record<Language, string>
const n = (zh: string, en: string, ja: string): Names => ({ 'zh-CN': zh, en, ja })
type LatLng = [number, number]

const square = (s: number, w: number, no: number, e: number): LatLng[] => [
  [s, w],
  [s, e],
  [no, e],
  [no, w],
]
const hexagon = ([lat, lng]: LatLng, r = 0.008): LatLng[] => Array.from({ length: 6 }, (_, i) => [lat + r * Math.sin((Math.PI / 3) * i), lng + r * 1.17 * Math.cos((Math.PI / 3) * i)] as LatLng)

export type FakeArea = { id: number; code: string; kind: AreaKind; names: Names; description: Names | null; polygon: LatLng[]; center: LatLng }
export const FAKE_AREAS: FakeArea[] = [
  { id: 1, code: 'xiangcheng', kind: 'district', names: n('苏州市相城区', 'Xiangcheng District, Suzhou', '蘇州市相城区'), description: null, polygon: square(31.37, 120.48, 31.52, 120.72), center: [31.445, 120.6] },
  { id: 2, code: 'yuanhe', kind: 'street', names: n('元和街道', 'Yuanhe Street', '元和街道'), description: null, polygon: square(31.37, 120.56, 31.45, 120.66), center: [31.41, 120.61] },
  { id: 3, code: 'huangqiao', kind: 'street', names: n('黄桥街道', 'Huangqiao Street', '黄橋街道'), description: null, polygon: square(31.45, 120.48, 31.52, 120.6), center: [31.485, 120.54] },
  { id: 4, code: 'weitang', kind: 'town', names: n('渭塘镇', 'Weitang Town', '渭塘鎮'), description: null, polygon: square(31.45, 120.6, 31.52, 120.72), center: [31.485, 120.66] },
  {
    id: 5,
    code: 'china_japan_zone',
    kind: 'cooperation_zone',
    names: n('中日（苏州）地方发展合作示范区', 'China-Japan (Suzhou) Local Development Cooperation Demonstration Zone', '中日（蘇州）地方発展協力モデル区'),
    description: n('中日合作的载体。', 'A carrier of China-Japan cooperation.', '日中協力の拠点です。'),
    polygon: square(31.4, 120.58, 31.43, 120.62),
    center: [31.415, 120.6],
  },
]

/** `r`: the hexagon's radius in degrees of latitude; one cell is drawn a little larger, so it travels with an outline of its own. */
type FakeCell = { h3: string; center: LatLng; r?: number }
export const FAKE_CELLS: FakeCell[] = [
  { h3: '8730e1d8bffffff', center: [31.415, 120.6] },
  { h3: '8730e1d8affffff', center: [31.485, 120.54] },
  { h3: '8730e1d89ffffff', center: [31.485, 120.66] },
  { h3: '8730e1d88ffffff', center: [31.39, 120.64], r: 0.0082 },
]
/** A cell's outline, the same in the heatmap answer and in the cell's own answer. */
export const fakeBoundary = (cell: FakeCell): LatLng[] => hexagon(cell.center, cell.r)

type FakeProject = { id: number; code: string; names: Names; industry: string; amount: number; year: number; cell: string; area: string }
export const FAKE_PROJECTS: FakeProject[] = [
  { id: 1, code: 'S-1', names: n('生物医药基地', 'Biomedicine base', 'バイオ医薬拠点'), industry: 'biomedicine', amount: 40, year: 2020, cell: '8730e1d8bffffff', area: 'china_japan_zone' },
  { id: 2, code: 'S-2', names: n('研发中心', 'R&D centre', '研究開発センター'), industry: 'rnd', amount: 12.5, year: 2020, cell: '8730e1d8bffffff', area: 'china_japan_zone' },
  { id: 3, code: 'S-3', names: n('文化园', 'Culture park', '文化パーク'), industry: 'culture', amount: 25, year: 2020, cell: '8730e1d8affffff', area: 'huangqiao' },
  { id: 4, code: 'S-4', names: n('智能驾驶测试场', 'Driving test ground', '自動運転テスト場'), industry: 'intelligent_driving', amount: 8, year: 2020, cell: '8730e1d89ffffff', area: 'weitang' },
  { id: 5, code: 'S-5', names: n('医疗器械厂', 'Medical devices plant', '医療機器工場'), industry: 'health', amount: 3, year: 2020, cell: '8730e1d88ffffff', area: 'yuanhe' },
  { id: 6, code: 'S-6', names: n('数据中心', 'Data centre', 'データセンター'), industry: 'big_data', amount: 3, year: 2020, cell: '8730e1d89ffffff', area: 'weitang' },
]

type FakePremises = { id: number; code: string; kind: PremisesKind; names: Names; cell: string; area: string; lat: number; lng: number; totalArea: number; availableArea: number }
export const FAKE_PREMISES: FakePremises[] = [
  { id: 1, code: 'PR-1', kind: 'factory', names: n('标准厂房一号', 'Standard factory 1', '標準工場1号'), cell: '8730e1d8bffffff', area: 'china_japan_zone', lat: 31.416, lng: 120.601, totalArea: 8000, availableArea: 5000 },
  { id: 2, code: 'PR-2', kind: 'office', names: n('研发楼', 'R&D office', '研究開発オフィス'), cell: '8730e1d8bffffff', area: 'china_japan_zone', lat: 31.414, lng: 120.599, totalArea: 3000, availableArea: 1200 },
  { id: 3, code: 'PR-3', kind: 'land', names: n('工业用地', 'Industrial land', '工業用地'), cell: '8730e1d88ffffff', area: 'yuanhe', lat: 31.39, lng: 120.64, totalArea: 60000, availableArea: 60000 },
]

const LAST_UPDATED = '2026-11-20T02:00:00.000Z'
const POLICY = (language: Language) => ({ id: 2, title: { 'zh-CN': '生物医药产业扶持', en: 'Biomedicine support', ja: 'バイオ医薬産業支援' }[language], summary: '', language, fallback: false })

const nameIn = (names: Names, language: Language) => ({ name: names[language], language, fallback: false })
const round = (v: number) => Math.round(v * 1e6) / 1e6

type Filter = { industry?: string; from?: number; to?: number; kind?: PremisesKind }
const projectsOf = (f: Filter) => FAKE_PROJECTS.filter((p) => (!f.industry || p.industry === f.industry) && (f.from === undefined || p.year >= f.from) && (f.to === undefined || p.year <= f.to))
const premisesOf = (f: Filter) => FAKE_PREMISES.filter((p) => !f.kind || p.kind === f.kind)

function quantileBreaks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (let k = 1; k <= 5 && sorted.length; k++) {
    const v = sorted[Math.max(0, Math.ceil((k / 5) * sorted.length) - 1)] as number
    if (out[out.length - 1] !== v) out.push(v)
  }
  return out
}

export function heatmapAnswer(query: { metric: 'investment' | 'projects' | 'space'; res: number } & Filter, language: Language): HeatmapResponse {
  const space = query.metric === 'space'
  const filter: Filter = space ? { kind: query.kind } : { industry: query.industry, from: query.from, to: query.to }
  const valueOf = (cell: string) =>
    space
      ? premisesOf(filter).filter((p) => p.cell === cell).reduce((s, p) => s + p.availableArea, 0)
      : query.metric === 'projects'
        ? projectsOf(filter).filter((p) => p.cell === cell).length
        : round(projectsOf(filter).filter((p) => p.cell === cell).reduce((s, p) => s + p.amount, 0))
  const valued = FAKE_CELLS.map((c) => ({ h3: c.h3, value: valueOf(c.h3), center: c.center, boundary: fakeBoundary(c) })).filter((c) => c.value > 0)
  const breaks = quantileBreaks(valued.map((c) => c.value))
  return {
    metric: query.metric,
    unit: query.metric === 'investment' ? 'cny_100m' : query.metric === 'projects' ? 'count' : 'm2',
    resolution: query.res,
    language,
    filters: {
      industry: filter.industry ? { code: filter.industry, name: referenceName('industry', filter.industry, language), fallback: false } : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      kind: filter.kind ?? null,
    },
    total: valued.reduce((s, c) => s + c.value, 0),
    // columns as the server sends them; ranks and classes follow from the values and the breaks
    cells: encodeHeatmapCells(valued),
    breaks,
    lastUpdated: LAST_UPDATED,
    sampleData: true,
  }
}

function statsOf(projects: FakeProject[], premises: FakePremises[]) {
  return { projects: projects.length, investment: round(projects.reduce((s, p) => s + p.amount, 0)), availableArea: premises.reduce((s, p) => s + p.availableArea, 0), premises: premises.length }
}

function industriesOf(projects: FakeProject[], language: Language) {
  const codes = [...new Set(projects.map((p) => p.industry))]
  return codes
    .map((code) => {
      const mine = projects.filter((p) => p.industry === code)
      return { code, name: referenceName('industry', code, language), projects: mine.length, investment: round(mine.reduce((s, p) => s + p.amount, 0)) }
    })
    .sort((a, b) => b.investment - a.investment)
}

const projectSummary = (p: FakeProject, language: Language) => {
  const cell = FAKE_CELLS.find((c) => c.h3 === p.cell) as FakeCell
  return { id: p.id, code: p.code, ...nameIn(p.names, language), industry: { code: p.industry, name: referenceName('industry', p.industry, language) }, amount: p.amount, year: p.year, lat: cell.center[0], lng: cell.center[1], areaCode: p.area, sample: true }
}
const KIND_NAMES: Record<PremisesKind, Names> = { land: n('土地', 'Land', '用地'), factory: n('厂房', 'Factory', '工場'), office: n('楼宇', 'Office', 'オフィス'), rnd_space: n('研发社区空间', 'R&D community space', '研究開発コミュニティスペース') }
const premisesSummary = (p: FakePremises, language: Language) => {
  const area = FAKE_AREAS.find((a) => a.code === p.area) as FakeArea
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    kindName: KIND_NAMES[p.kind][language],
    ...nameIn(p.names, language),
    area: { code: area.code, name: area.names[language] },
    lat: p.lat,
    lng: p.lng,
    totalArea: p.totalArea,
    availableArea: p.availableArea,
    priceMin: 25,
    priceMax: 30,
    priceUnit: 'cny_per_m2_month' as const,
    plotRatio: 2.3,
    contactName: '王经理',
    contactPhone: '+86 512 0000 0001',
    photos: [],
    lastUpdated: '2026-10-01',
    sample: true,
  }
}

function inside([lat, lng]: LatLng, ring: LatLng[]): boolean {
  const lats = ring.map((p) => p[0])
  const lngs = ring.map((p) => p[1])
  return lat >= Math.min(...lats) && lat <= Math.max(...lats) && lng >= Math.min(...lngs) && lng <= Math.max(...lngs)
}
const size = (ring: LatLng[]) => (Math.max(...ring.map((p) => p[0])) - Math.min(...ring.map((p) => p[0]))) * (Math.max(...ring.map((p) => p[1])) - Math.min(...ring.map((p) => p[1])))

export function cellAnswer(h3: string, query: Filter, language: Language): HeatmapCellDetail {
  const cell = FAKE_CELLS.find((c) => c.h3 === h3)
  const center: LatLng = cell?.center ?? [0, 0]
  const boundary = cell ? fakeBoundary(cell) : hexagon(center)
  const projects = projectsOf(query).filter((p) => p.cell === h3)
  const premises = premisesOf(query).filter((p) => p.cell === h3)
  return {
    h3,
    resolution: 7,
    boundary,
    center,
    language,
    filters: { industry: query.industry ? { code: query.industry, name: referenceName('industry', query.industry, language), fallback: false } : null, from: null, to: null, kind: query.kind ?? null },
    stats: statsOf(projects, premises),
    areas: FAKE_AREAS.filter((a) => inside(center, a.polygon))
      .sort((a, b) => size(a.polygon) - size(b.polygon))
      .map((a) => ({ id: a.id, code: a.code, kind: a.kind, ...nameIn(a.names, language) })),
    projects: [...projects].sort((a, b) => b.amount - a.amount).map((p) => projectSummary(p, language)),
    premises: [...premises].sort((a, b) => b.availableArea - a.availableArea).map((p) => premisesSummary(p, language)),
    industries: industriesOf(projects, language),
    policies: [POLICY(language)],
    policiesTotal: 1,
    lastUpdated: LAST_UPDATED,
    sampleData: projects.length + premises.length > 0,
  }
}

const areaProjects = (a: FakeArea) => (a.kind === 'district' ? FAKE_PROJECTS : FAKE_PROJECTS.filter((p) => p.area === a.code))
const areaPremises = (a: FakeArea) => (a.kind === 'district' ? FAKE_PREMISES : FAKE_PREMISES.filter((p) => p.area === a.code))

function areaItem(a: FakeArea, language: Language) {
  return {
    id: a.id,
    code: a.code,
    kind: a.kind,
    ...nameIn(a.names, language),
    description: a.description?.[language] ?? null,
    polygon: a.polygon,
    center: a.center,
    stats: statsOf(areaProjects(a), areaPremises(a)),
    sample: true,
  }
}

export function areasAnswer(language: Language): AreaList {
  return { language, items: FAKE_AREAS.map((a) => areaItem(a, language)), sampleData: true }
}

export function areaAnswer(a: FakeArea, language: Language): AreaDetail {
  return {
    ...areaItem(a, language),
    projects: areaProjects(a).map((p) => projectSummary(p, language)),
    premises: areaPremises(a).map((p) => premisesSummary(p, language)),
    industries: industriesOf(areaProjects(a), language),
    policies: [POLICY(language)],
    policiesTotal: 1,
    sampleData: true,
  }
}

function validationFailed(issues: ReturnType<typeof toFieldIssues>, language: Language) {
  const details: FieldError[] = issues.map((issue) => ({ ...issue, message: translate(language, 'errors', `field.${issue.code}`, issue.params) }))
  return { status: 400, body: { ...buildErrorBody('VALIDATION_FAILED', translate(language, 'errors', 'VALIDATION_FAILED')), details } }
}

function answer(request: HttpRequest, url: URL) {
  const language = normalizeLanguage(url.searchParams.get('lang')) ?? normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN'
  const query = Object.fromEntries(url.searchParams)
  if (request.method !== 'GET') return undefined
  if (url.pathname === '/api/v1/heatmap') {
    const parsed = heatmapQuerySchema.safeParse(query, { reportInput: true })
    if (!parsed.success) return validationFailed(toFieldIssues(parsed.error, 'query'), language)
    return { status: 200, body: heatmapAnswer(parsed.data, language) }
  }
  const cell = /^\/api\/v1\/heatmap\/cells\/([0-9a-f]{15})$/.exec(url.pathname)?.[1]
  if (cell) {
    const parsed = heatmapCellQuerySchema.safeParse(query, { reportInput: true })
    if (!parsed.success) return validationFailed(toFieldIssues(parsed.error, 'query'), language)
    return { status: 200, body: cellAnswer(cell, parsed.data, language) }
  }
  if (url.pathname === '/api/v1/areas') return { status: 200, body: areasAnswer(language) }
  const id = /^\/api\/v1\/areas\/(\d+)$/.exec(url.pathname)?.[1]
  if (id) {
    const area = FAKE_AREAS.find((a) => a.id === Number(id))
    return area ? { status: 200, body: areaAnswer(area, language) } : { status: 404, body: buildErrorBody('NOT_FOUND') }
  }
  return undefined
}

/** The fake server with the heatmap's routes added (its other routes, queues and holds unchanged). */
export function withHeatmap(server: FakeServer): FakeServer {
  const transport: Transport = async (request) => {
    const reply = await server.transport(request)
    const unknown = reply.status === 404 && typeof reply.body === 'object' && reply.body !== null && (reply.body as { code?: string }).code === 'ROUTE_NOT_FOUND'
    if (!unknown) return reply
    return answer(request, new URL(request.url, 'http://miniapp.test')) ?? reply
  }
  return { ...server, transport }
}
