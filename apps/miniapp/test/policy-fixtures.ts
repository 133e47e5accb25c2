import {
  FALLBACK_CHAIN,
  type Criterion,
  type EnterpriseProfile,
  type Language,
  type MatchResponse,
  type PolicyDetail,
  type PolicyList,
  type PolicyQuery,
  type PolicySummary,
  type Translated,
} from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { referenceName } from './builders'

/**
 * Published policies as the fake server holds them, and the server's reading rules over them:
 * fallback along ja → en → zh-CN, search in every language, filters, paging, matching.
 */
export type FakePolicy = {
  id: number
  category: string
  industries: string[]
  validFrom: string | null
  validUntil: string | null
  publishedAt: string
  documentNumber: string
  maxAmount: number | null
  title: Translated
  summary: Translated
  department: Translated
  eligibility: { enterpriseTypes?: string[]; highTechRequired?: boolean; minRndSpendingPercent?: number; minRndStaffPercent?: number }
}

const day = (n: number) => `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}T08:00:00.000Z`
const FINANCE_BUREAU: Translated = { 'zh-CN': '区财政局', en: 'District Finance Bureau', ja: '区財政局' }
const SCIENCE_BUREAU: Translated = { 'zh-CN': '区科技局', en: 'District Science and Technology Bureau', ja: '区科学技術局' }

/** Four policies worth naming, and enough ordinary ones that a list has a second page. */
export function buildPolicies(fillers = 22): FakePolicy[] {
  const named: FakePolicy[] = [
    {
      id: 1,
      category: 'rnd_innovation',
      industries: [],
      validFrom: '2024-01-01',
      validUntil: '2099-12-31',
      publishedAt: day(100),
      documentNumber: '相科〔2024〕1号',
      maxAmount: 500,
      title: { 'zh-CN': '研发投入补助', en: 'R&D spending subsidy', ja: '研究開発投資補助金' },
      summary: { 'zh-CN': '按研发投入的10%给予补助。', en: '10% of R&D spending, as a subsidy.', ja: '研究開発投資の10%を補助します。' },
      department: SCIENCE_BUREAU,
      eligibility: { highTechRequired: true, minRndSpendingPercent: 3 },
    },
    {
      id: 2,
      category: 'industry_support',
      industries: ['biomedicine', 'rnd'],
      validFrom: null,
      validUntil: null,
      publishedAt: day(99),
      documentNumber: '相政规〔2020〕3号',
      maxAmount: 1000,
      title: { 'zh-CN': '外资研发中心落户奖励', en: 'Foreign R&D centre reward', ja: '外資系研究開発センター設立奨励金' },
      summary: { 'zh-CN': '外资研发中心落户奖励。', en: 'A reward for foreign-invested R&D centres.', ja: '外資系研究開発センターへの奨励金です。' },
      department: FINANCE_BUREAU,
      eligibility: { enterpriseTypes: ['foreign_invested'] },
    },
    {
      id: 3,
      category: 'talent',
      industries: [],
      validFrom: null,
      validUntil: '2099-12-31',
      publishedAt: day(98),
      documentNumber: '',
      maxAmount: 30,
      // no Japanese yet: Japanese readers get the English text
      title: { 'zh-CN': '高技能人才补贴', en: 'High-skill talent subsidy' },
      summary: { 'zh-CN': '高技能人才每人最高3万元。', en: 'Up to CNY 30,000 per highly skilled worker.' },
      department: { 'zh-CN': '区人社局', en: 'District Human Resources Bureau' },
      eligibility: { minRndStaffPercent: 10 },
    },
    {
      id: 4,
      category: 'employment',
      industries: [],
      validFrom: '2020-01-01',
      validUntil: '2020-12-31',
      publishedAt: day(97),
      documentNumber: '相人社〔2020〕8号',
      maxAmount: null,
      title: { 'zh-CN': '稳岗补贴（2020年）', en: 'Job retention subsidy (2020)', ja: '雇用維持補助金（2020年）' },
      summary: { 'zh-CN': '2020年稳岗补贴。', en: 'Job retention subsidy for 2020.', ja: '2020年の雇用維持補助金です。' },
      department: FINANCE_BUREAU,
      eligibility: {},
    },
  ]
  const ordinary = Array.from({ length: fillers }, (_, i): FakePolicy => ({
    id: 10 + i,
    category: 'finance',
    industries: [],
    validFrom: null,
    validUntil: null,
    publishedAt: day(i),
    documentNumber: '',
    maxAmount: 100 + i,
    title: { 'zh-CN': `金融支持政策 ${i + 1}`, en: `Finance measure ${i + 1}`, ja: `金融支援策 ${i + 1}` },
    summary: { 'zh-CN': '示例政策。', en: 'A sample policy.', ja: 'サンプルの政策です。' },
    department: FINANCE_BUREAU,
    eligibility: {},
  }))
  return [...named, ...ordinary]
}

function readAs(policy: FakePolicy, language: Language): Language {
  return FALLBACK_CHAIN[language].find((l) => policy.title[l]) ?? 'zh-CN'
}

export function summaryOf(policy: FakePolicy, language: Language): PolicySummary {
  const used = readAs(policy, language)
  return {
    id: policy.id,
    title: policy.title[used] ?? '',
    summary: policy.summary[used] ?? '',
    department: policy.department[used] ?? '',
    category: { code: policy.category, name: referenceName('policyCategory', policy.category, language) },
    industries: policy.industries.map((code) => ({ code, name: referenceName('industry', code, language) })),
    maxAmount: policy.maxAmount,
    validFrom: policy.validFrom,
    validUntil: policy.validUntil,
    language: used,
    fallback: used !== language,
    publishedAt: policy.publishedAt,
  }
}

type Check = { criterion: Criterion; text: string; outcome: 'met' | 'unmet' | 'unknown' }

/** The eligibility sentences, each with what a profile says about it (as apps/server/src/policies/eligibility.ts). */
function evaluate(policy: FakePolicy, profile: EnterpriseProfile | null, language: Language): Check[] {
  const out: Check[] = []
  const p = profile ?? {}
  const tr = (key: string, params: Record<string, string | number> = {}) => translate(language, 'policies', key, params)
  const add = (criterion: Criterion, text: string, known: boolean, ok: boolean) =>
    out.push({ criterion, text, outcome: !profile || !known ? 'unknown' : ok ? 'met' : 'unmet' })
  const list = (values: string[]) => values.join(language === 'en' ? ', ' : '、')
  const e = policy.eligibility
  if (e.enterpriseTypes?.length)
    add('enterpriseType', tr('criterion.enterpriseType', { values: list(e.enterpriseTypes.map((c) => referenceName('enterpriseType', c, language))) }), p.enterpriseType !== undefined, e.enterpriseTypes.includes(p.enterpriseType ?? ''))
  if (policy.industries.length)
    add('industry', tr('criterion.industry', { values: list(policy.industries.map((c) => referenceName('industry', c, language))) }), p.industry !== undefined, policy.industries.includes(p.industry ?? ''))
  if (e.highTechRequired) add('highTech', tr('criterion.highTech'), p.highTech !== undefined, p.highTech === true)
  if (e.minRndStaffPercent !== undefined)
    add('rndStaff', tr('criterion.rndStaff', { min: e.minRndStaffPercent }), p.rndStaffPercent !== undefined, (p.rndStaffPercent ?? -1) >= e.minRndStaffPercent)
  if (e.minRndSpendingPercent !== undefined)
    add('rndSpending', tr('criterion.rndSpending', { min: e.minRndSpendingPercent }), p.rndSpendingPercent !== undefined, (p.rndSpendingPercent ?? -1) >= e.minRndSpendingPercent)
  return out
}

export function detailOf(policy: FakePolicy, language: Language, today: string): PolicyDetail {
  const used = readAs(policy, language)
  const valid = (!policy.validFrom || policy.validFrom <= today) && (!policy.validUntil || policy.validUntil >= today)
  return {
    ...summaryOf(policy, language),
    body: `<p>${policy.summary[used] ?? ''}</p>`,
    documentNumber: policy.documentNumber,
    benefits: policy.maxAmount === null ? [] : [{ kind: 'subsidy', maxAmount: policy.maxAmount, description: policy.summary[used] ?? '' }],
    eligibility: {
      enterpriseTypes: policy.eligibility.enterpriseTypes ?? [],
      sizes: [],
      minCompanyAgeYears: null,
      maxCompanyAgeYears: null,
      highTechRequired: policy.eligibility.highTechRequired ?? false,
      minRndStaffPercent: policy.eligibility.minRndStaffPercent ?? null,
      minRndSpendingPercent: policy.eligibility.minRndSpendingPercent ?? null,
      talentCategories: [],
      minInvestment: null,
      spaceKinds: [],
    },
    eligibilityText: evaluate(policy, null, language).map((c) => c.text),
    applySteps: [`${policy.title[used]}: 1`, `${policy.title[used]}: 2`],
    applyMaterials: ['Business licence'],
    applyContact: '0512-0000 0000',
    attachments: [{ title: `${policy.title[used]} (PDF)`, url: `https://zhaoshang.example.com/files/${policy.id}.pdf` }],
    currentlyValid: valid,
    updatedAt: policy.publishedAt,
  }
}

const isValidOn = (p: FakePolicy, d: string) => (!p.validFrom || p.validFrom <= d) && (!p.validUntil || p.validUntil >= d)
const newest = (a: FakePolicy, b: FakePolicy) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id

export function search(policies: FakePolicy[], query: PolicyQuery, language: Language): PolicyList {
  const q = query.q?.trim().toLowerCase()
  const text = (p: FakePolicy) => [p.title, p.summary, p.department].flatMap((t) => Object.values(t)).join(' ').toLowerCase()
  const found = policies
    .filter(
      (p) =>
        (!query.category || p.category === query.category) &&
        (!query.industry || p.industries.length === 0 || p.industries.includes(query.industry)) &&
        (!query.department || Object.values(p.department).some((d) => d?.toLowerCase() === query.department?.trim().toLowerCase())) &&
        (!query.validOn || isValidOn(p, query.validOn)) &&
        (!q || text(p).includes(q)),
    )
    .sort(newest)
  const start = (query.page - 1) * query.pageSize
  return { items: found.slice(start, start + query.pageSize).map((p) => summaryOf(p, language)), total: found.length, page: query.page, pageSize: query.pageSize, language }
}

export function match(policies: FakePolicy[], profile: EnterpriseProfile, language: Language, today: string, page = 1, pageSize = 20): MatchResponse {
  const ranked = policies
    .filter((p) => isValidOn(p, today))
    .map((p) => {
      const checks = evaluate(p, profile, language)
      const count = (o: Check['outcome']) => checks.filter((c) => c.outcome === o).length
      return { p, checks, unmet: count('unmet'), score: (count('unmet') ? 0 : 100) + count('met') * 10 - count('unknown') * 3 }
    })
    .filter((r) => r.unmet <= 1)
    .sort((a, b) => b.score - a.score || a.p.id - b.p.id)
  const pick = (checks: Check[], o: Check['outcome']) => checks.filter((c) => c.outcome === o).map(({ criterion, text }) => ({ criterion, text }))
  return {
    language,
    total: ranked.length,
    page,
    pageSize,
    items: ranked.slice((page - 1) * pageSize, page * pageSize).map(({ p, checks, unmet, score }) => ({
      policy: summaryOf(p, language),
      qualifies: unmet === 0,
      score,
      met: pick(checks, 'met'),
      unmet: pick(checks, 'unmet'),
      unknown: pick(checks, 'unknown'),
    })),
  }
}
