import type { Transport } from '@zhaoshang/api-client'
import {
  FALLBACK_CHAIN,
  guideFaqQuerySchema,
  normalizeLanguage,
  toFieldIssues,
  type GuideFaq,
  type GuidePageDetail,
  type GuidePageKind,
  type GuidePageSummary,
  type GuideStep,
  type GuideTree,
  type Language,
} from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import type { FakeServer } from '../../../../test/fake-server'
import { buildErrorBody } from '../../../../test/builders'

type Texts = { title: string; summary: string; body?: string; steps?: GuideStep[]; faqs?: GuideFaq[] }
export type FakeGuideNode = { slug: string; kind: GuidePageKind; sample?: boolean; texts: Partial<Record<Language, Texts>>; pages?: FakeGuideNode[] }

const step = (title: string, office: string, extra: Partial<GuideStep> = {}): GuideStep => ({ title, description: '', office, documents: [], duration: '', links: [], ...extra })

/** A small guide like the seeded one: a section of articles, one of procedures, one FAQ. */
export function buildGuide(): FakeGuideNode[] {
  return [
    {
      slug: 'location-and-transport',
      kind: 'section',
      texts: { 'zh-CN': { title: '区位与交通', summary: '苏州高铁北站与地铁。' }, en: { title: 'Location and transport', summary: 'Station and metro.' }, ja: { title: '立地と交通', summary: '蘇州北駅と地下鉄。' } },
      pages: [
        {
          slug: 'suzhou-north-station',
          kind: 'article',
          texts: {
            'zh-CN': { title: '苏州高铁北站', summary: '综合交通枢纽之一。', body: '<p>苏州高铁北站是江苏省两个综合交通枢纽之一。</p>' },
            en: { title: 'Suzhou North Railway Station', summary: 'One of two hubs.', body: '<p>One of the two comprehensive transport hubs.</p>' },
            ja: { title: '蘇州北駅', summary: '総合交通ハブの一つ。', body: '<p>江蘇省の2つの総合交通ハブの一つです。</p>' },
          },
        },
        {
          slug: 'metro-plan',
          kind: 'article',
          texts: { 'zh-CN': { title: '轨道交通规划', summary: '15 条线路。', body: '<p>规划地铁线 15 条、总长 316.4 公里。</p>' }, en: { title: 'The metro plan', summary: '15 lines.', body: '<p>15 metro lines, 316.4 km.</p>' } },
        },
      ],
    },
    {
      slug: 'procedures',
      kind: 'section',
      texts: { 'zh-CN': { title: '办事指南', summary: '分步骤。' }, en: { title: 'Procedures', summary: 'Step by step.' }, ja: { title: '手続きガイド', summary: '手順ごとに。' } },
      pages: [
        {
          slug: 'set-up-a-foreign-invested-company',
          kind: 'procedure',
          sample: true,
          texts: {
            'zh-CN': { title: '设立外商投资企业', summary: '主要步骤（示例）。', steps: [step('企业登记', '政务服务中心（示例）'), step('银行开户', '开户银行（示例）'), step('税务登记', '税务窗口（示例）')] },
            en: { title: 'Setting up a foreign-invested company', summary: 'Main steps (sample).', steps: [step('Register the company', 'Service centre (sample)'), step('Bank account', 'Your bank (sample)'), step('Tax registration', 'Tax window (sample)')] },
            ja: {
              title: '外資系企業の設立',
              summary: '主な手順（サンプル）。',
              body: '<p><strong>サンプル内容：</strong>手順は例示です。</p>',
              steps: [
                step('設立登記', '行政サービスセンター（サンプル）', { duration: '約3営業日（サンプル）', documents: ['定款', '投資者の資格証明'], links: [{ title: 'オンライン窓口（サンプルリンク）', url: 'https://example.com/sample/online-service-hall' }] }),
                step('銀行口座の開設', '取引銀行（サンプル）'),
                step('税務登録', '税務窓口（サンプル）'),
              ],
            },
          },
        },
      ],
    },
    {
      slug: 'faq',
      kind: 'section',
      texts: { 'zh-CN': { title: '常见问题', summary: '投资者常问。' }, en: { title: 'FAQ', summary: 'Common questions.' }, ja: { title: 'よくある質問', summary: 'よくある質問。' } },
      pages: [
        {
          slug: 'investor-faq',
          kind: 'faq',
          texts: {
            'zh-CN': { title: '投资常见问题', summary: '交通与用地。', faqs: [{ question: '相城的地铁规划如何？', answer: '规划地铁线 15 条、总长 316.4 公里。' }, { question: '容积率要求是多少？', answer: '工业用地 2.3 以上。' }] },
            en: { title: 'Investor questions', summary: 'Transport and land.', faqs: [{ question: 'What is the metro plan?', answer: '15 lines, 316.4 km.' }, { question: 'What plot ratio must a project reach?', answer: 'At least 2.3 for industrial land.' }] },
            ja: { title: '投資に関するよくある質問', summary: '交通と用地。', faqs: [{ question: '地下鉄の計画は？', answer: '15路線、総延長316.4km。' }, { question: '容積率の要件は？', answer: '工業用地は2.3以上。' }] },
          },
        },
      ],
    },
  ]
}

const readAs = (node: FakeGuideNode, language: Language): Language => FALLBACK_CHAIN[language].find((l) => node.texts[l]?.title) ?? 'zh-CN'

function summary(node: FakeGuideNode, language: Language): GuidePageSummary {
  const used = readAs(node, language)
  const t = node.texts[used] as Texts
  const count = node.kind === 'section' ? (node.pages ?? []).length : node.kind === 'procedure' ? (t.steps ?? []).length : node.kind === 'faq' ? (t.faqs ?? []).length : 0
  return { slug: node.slug, kind: node.kind, title: t.title, summary: t.summary, language: used, fallback: used !== language, sample: node.sample ?? false, count }
}

/**
 * The guide's public endpoints over the mini-program's fake server, as apps/server/src/guide
 * answers them (the reading language along the fallback chain, neighbours within a section,
 * the FAQ search refusing an empty query in the caller's language). The search here matches
 * substrings; the server's word segmentation is tested on the server.
 */
export function withFakeGuide(server: FakeServer, sections: FakeGuideNode[] = buildGuide()) {
  const queued = new Map<string, 'network-error'[]>()
  const find = (slug: string) => {
    for (const s of sections) {
      if (s.slug === slug) return { node: s, section: null, siblings: [] as FakeGuideNode[] }
      const page = (s.pages ?? []).find((p) => p.slug === slug)
      if (page) return { node: page, section: s, siblings: s.pages ?? [] }
    }
    return undefined
  }
  const transport: Transport = async (request) => {
    const url = new URL(request.url, 'http://miniapp.test')
    if (!url.pathname.startsWith('/api/v1/guide')) return server.transport(request)
    server.requests.push(request)
    await Promise.resolve()
    if (queued.get(url.pathname)?.shift() === 'network-error') throw new Error('request:fail timeout')
    const language = normalizeLanguage(url.searchParams.get('lang')) ?? normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN'
    if (url.pathname === '/api/v1/guide') {
      const tree: GuideTree = { language, sections: sections.map((s) => ({ ...summary(s, language), pages: (s.pages ?? []).map((p) => summary(p, language)) })) }
      return { status: 200, body: tree }
    }
    if (url.pathname === '/api/v1/guide/faq/search') {
      const parsed = guideFaqQuerySchema.safeParse(Object.fromEntries(url.searchParams), { reportInput: true })
      if (!parsed.success) {
        const details = toFieldIssues(parsed.error, 'query').map((i) => ({ ...i, message: translate(language, 'errors', `field.${i.code}`, i.params) }))
        return { status: 400, body: { ...buildErrorBody('VALIDATION_FAILED', translate(language, 'errors', 'VALIDATION_FAILED')), details } }
      }
      const q = parsed.data.q.toLowerCase()
      const items = sections
        .flatMap((s) => (s.pages ?? []).filter((p) => p.kind === 'faq'))
        .flatMap((page) => {
          const used = readAs(page, language)
          const t = page.texts[used] as Texts
          return (t.faqs ?? []).flatMap((f, index) =>
            `${f.question} ${f.answer}`.toLowerCase().includes(q) ? [{ page: { slug: page.slug, title: t.title }, index, question: f.question, answer: f.answer, language: used, fallback: used !== language }] : [],
          )
        })
      return { status: 200, body: { q: parsed.data.q, language, items, total: items.length } }
    }
    const found = find(decodeURIComponent(url.pathname.replace('/api/v1/guide/', '')))
    if (!found) return { status: 404, body: buildErrorBody('NOT_FOUND', translate(language, 'errors', 'NOT_FOUND')) }
    const { node, section, siblings } = found
    const t = node.texts[readAs(node, language)] as Texts
    const at = siblings.indexOf(node)
    const neighbour = (other: FakeGuideNode | undefined) => (other ? { slug: other.slug, title: summary(other, language).title, kind: other.kind } : null)
    const detail: GuidePageDetail = {
      ...summary(node, language),
      body: t.body ?? '',
      steps: node.kind === 'procedure' ? (t.steps ?? []) : [],
      faqs: node.kind === 'faq' ? (t.faqs ?? []) : [],
      section: section ? { slug: section.slug, title: summary(section, language).title } : null,
      pages: (node.pages ?? []).map((p) => summary(p, language)),
      previous: at > 0 ? neighbour(siblings[at - 1]) : null,
      next: at >= 0 ? neighbour(siblings[at + 1]) : null,
      updatedAt: '2025-04-01T08:00:00.000Z',
    }
    return { status: 200, body: detail }
  }
  return {
    ...server,
    transport,
    /** the next requests to a guide path fail as without a network; other paths are the fake server's */
    queue(path: string, ...replies: Parameters<FakeServer['queue']>[1][]) {
      if (!path.startsWith('/api/v1/guide')) return server.queue(path, ...replies)
      queued.set(path, [...(queued.get(path) ?? []), ...replies.filter((r): r is 'network-error' => r === 'network-error')])
    },
  } satisfies FakeServer
}
