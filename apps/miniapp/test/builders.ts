import type { ErrorBody, Language, MetaResponse, ReferenceItem } from '@zhaoshang/contracts'

type Names = Record<Language, string>
const n = (zh: string, en: string, ja: string): Names => ({ 'zh-CN': zh, en, ja })

const DISTRICT = n('苏州市相城区', 'Xiangcheng District, Suzhou', '蘇州市相城区')
const INDUSTRIES: { code: string; group: string; names: Names }[] = [
  { code: 'rnd', group: 'leading', names: n('大研发', 'Research & development', '研究開発') },
  { code: 'culture', group: 'leading', names: n('大文化', 'Culture', '文化') },
  { code: 'health', group: 'leading', names: n('大健康', 'Health', 'ヘルスケア') },
  { code: 'big_data', group: 'future', names: n('大数据', 'Big data', 'ビッグデータ') },
  { code: 'industrial_internet', group: 'future', names: n('工业互联网', 'Industrial internet', 'インダストリアルインターネット') },
  { code: 'fintech', group: 'future', names: n('科技金融', 'Fintech', 'フィンテック') },
  { code: 'intelligent_driving', group: 'future', names: n('智能驾驶', 'Intelligent driving', '自動運転') },
  { code: 'advanced_materials', group: 'future', names: n('先进材料', 'Advanced materials', '先端材料') },
  { code: 'biomedicine', group: 'future', names: n('生物医药', 'Biomedicine', 'バイオ医薬') },
]

// as seeded on the server (apps/server/src/database/seed/reference-data.ts)
const POLICY_CATEGORIES: { code: string; names: Names }[] = [
  { code: 'finance', names: n('金融支持', 'Finance', '金融支援') },
  { code: 'talent', names: n('人才', 'Talent', '人材') },
  { code: 'industry_support', names: n('产业扶持', 'Industry support', '産業支援') },
  { code: 'rnd_innovation', names: n('研发创新', 'R&D and innovation', '研究開発・イノベーション') },
  { code: 'employment', names: n('稳岗用工', 'Employment', '雇用') },
]
const ENTERPRISE_TYPES: { code: string; names: Names }[] = [
  { code: 'domestic', names: n('内资企业', 'Domestic enterprise', '国内企業') },
  { code: 'foreign_invested', names: n('外商投资企业', 'Foreign-invested enterprise', '外資系企業') },
]
const SPACE_KINDS: { code: string; names: Names }[] = [
  { code: 'factory', names: n('厂房', 'Factory', '工場') },
  { code: 'office', names: n('楼宇', 'Office', 'オフィス') },
]
// as seeded on the server: amounts in 万元
const AMOUNT_RANGES: { code: string; min: number | null; max: number | null; names: Names }[] = [
  { code: 'under_10m', min: null, max: 1000, names: n('1000万元以下', 'Under CNY 10 million', '1,000万元未満') },
  { code: '10m_50m', min: 1000, max: 5000, names: n('1000万–5000万元', 'CNY 10–50 million', '1,000万～5,000万元') },
  { code: '50m_100m', min: 5000, max: 10000, names: n('5000万–1亿元', 'CNY 50–100 million', '5,000万～1億元') },
]
const AREAS: { code: string; names: Names }[] = [{ code: 'sino-japan-zone', names: n('中日（苏州）地方发展合作示范区', 'China-Japan (Suzhou) Local Development Cooperation Demonstration Zone', '中日（蘇州）地方発展協力モデル区') }]

/** The name of a reference code in `language`, as the server resolves it. */
export function referenceName(kind: 'industry' | 'policyCategory' | 'enterpriseType' | 'spaceKind', code: string, language: Language): string {
  const list = { industry: INDUSTRIES, policyCategory: POLICY_CATEGORIES, enterpriseType: ENTERPRISE_TYPES, spaceKind: SPACE_KINDS }[kind]
  return list.find((i) => i.code === code)?.names[language] ?? code
}

const item = (code: string, name: string, group: string | null = null): ReferenceItem => ({ code, name, group, min: null, max: null, fallback: false })

/** A /api/v1/meta answer as the server gives it for `language` (seeded Xiangcheng data). */
export function buildMeta(language: Language, overrides: Partial<MetaResponse> = {}): MetaResponse {
  return {
    language,
    district: { name: DISTRICT[language], fallback: false },
    industries: INDUSTRIES.map((i) => item(i.code, i.names[language], i.group)),
    policyCategories: POLICY_CATEGORIES.map((c) => item(c.code, c.names[language])),
    enterpriseTypes: ENTERPRISE_TYPES.map((c) => item(c.code, c.names[language])),
    amountRanges: AMOUNT_RANGES.map((r) => ({ ...item(r.code, r.names[language]), min: r.min, max: r.max })),
    spaceKinds: SPACE_KINDS.map((c) => item(c.code, c.names[language])),
    areas: AREAS.map((a, i) => ({ id: i + 1, code: a.code, kind: 'cooperation_zone' as const, name: a.names[language], fallback: false })),
    languages: [
      { code: 'zh-CN', name: '简体中文' },
      { code: 'en', name: 'English' },
      { code: 'ja', name: '日本語' },
    ],
    sampleData: true,
    ...overrides,
  }
}

export function buildErrorBody(code: ErrorBody['code'], message = `server says ${code}`): ErrorBody {
  return { code, message, details: [], requestId: 'req-test' }
}

export const industryNames = (language: Language) => INDUSTRIES.map((i) => i.names[language])
export const districtName = (language: Language) => DISTRICT[language]
