import type { InvestorApiClient, HttpResponse, Transport } from '@zhaoshang/api-client'
import { normalizeLanguage, type ConciergeDirectory, type ConciergeProfile, type Language, type MyConcierge } from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { buildErrorBody, referenceName } from '../../../../test/builders'
import type { FakeServer } from '../../../../test/fake-server'
import { CONCIERGE } from '../../../../test/investor-fixtures'

type Names = Record<Language, string>
const n = (zh: string, en: string, ja: string): Names => ({ 'zh-CN': zh, en, ja })
type Seed = Omit<ConciergeProfile, 'name' | 'title' | 'bio' | 'language' | 'fallback' | 'industries' | 'areas'> & {
  names: Names
  titles: Names
  bios: Partial<Names>
  industryCodes: string[]
}

const hours = CONCIERGE.officeHours
const inOffice = { inOffice: true, backAt: null, backAtLocal: null, utcOffset: '+08:00' }

/**
 * The directory as the server keeps it: 王丽 (#7) is the fake investor side's concierge, so an
 * investor with an intent sees her as theirs. 周敏 is out of office until tomorrow; 陈浩 speaks no
 * Japanese; 佐藤 has no English bio (a Japanese reader gets the Japanese, others the fallback).
 */
export const DIRECTORY: Seed[] = [
  {
    id: CONCIERGE.id,
    names: CONCIERGE.name,
    titles: CONCIERGE.title,
    bios: n('负责中日合作示范区项目。', 'Looks after the China-Japan cooperation zone.', '中日協力モデル区の案件を担当。'),
    photoUrl: CONCIERGE.photoUrl,
    languages: CONCIERGE.languages,
    industryCodes: ['biomedicine', 'advanced_materials'],
    phone: CONCIERGE.phone,
    wechatId: CONCIERGE.wechatId,
    officeHours: hours,
    presence: inOffice,
    sample: true,
  },
  {
    id: 8,
    names: n('周敏', 'Zhou Min', '周敏（ジョウ・ミン）'),
    titles: n('招商专员（大健康）', 'Investment officer, health', '投資誘致担当（ヘルスケア）'),
    bios: n('负责生物医药项目。', 'Guides biomedicine projects.', 'バイオ医薬案件を支援します。'),
    photoUrl: null,
    languages: ['zh-CN', 'en', 'ja'],
    industryCodes: ['health', 'biomedicine'],
    phone: '+8651200000103',
    wechatId: 'xc-concierge-zhoumin',
    officeHours: hours,
    presence: { inOffice: false, backAt: '2026-12-02T00:30:00.000Z', backAtLocal: { date: '2026-12-02', weekday: 3, time: '08:30', day: 'tomorrow' }, utcOffset: '+08:00' },
    sample: true,
  },
  {
    id: 9,
    names: n('陈浩', 'Chen Hao', '陳浩（チェン・ハオ）'),
    titles: n('招商专员（研发）', 'Investment officer, R&D', '投資誘致担当（研究開発）'),
    bios: {},
    photoUrl: null,
    languages: ['zh-CN', 'en'],
    industryCodes: ['rnd', 'big_data'],
    phone: '+8651200000102',
    wechatId: null,
    officeHours: hours,
    presence: { inOffice: false, backAt: '2026-12-07T00:30:00.000Z', backAtLocal: { date: '2026-12-07', weekday: 1, time: '08:30', day: 'later' }, utcOffset: '+09:00' },
    sample: true,
  },
]

function profile(seed: Seed, language: Language): ConciergeProfile {
  const { names, titles, bios, industryCodes, ...rest } = seed
  const bio = bios[language] ?? bios['zh-CN'] ?? null
  const fallback = bios[language] === undefined && bio !== null
  return {
    ...rest,
    name: names[language],
    title: titles[language],
    bio,
    language: fallback ? 'zh-CN' : language,
    fallback,
    industries: industryCodes.map((code) => ({ code, name: referenceName('industry', code, language) })),
    areas: [],
  }
}

const ok = (body: unknown): HttpResponse => ({ status: 200, body })

/**
 * The server's concierge endpoints over the mini-program's fake server: the directory (filtered by
 * industry, speakers of the reader's language first) and "my concierge", from the investor's
 * intents on the fake (its tokens and intents decide). Everything else goes to the fake unchanged.
 */
export function withDirectory(server: FakeServer, directory: Seed[] = DIRECTORY) {
  const failing = new Set<string>()
  const transport: Transport = async (request) => {
    const url = new URL(request.url, 'http://miniapp.test')
    if (url.pathname === '/api/v1/concierges' || url.pathname === '/api/v1/me/concierge') server.requests.push(request)
    if (failing.delete(url.pathname)) throw new Error('request:fail timeout')
    const language = normalizeLanguage(url.searchParams.get('lang')) ?? normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN'
    if (request.method === 'GET' && url.pathname === '/api/v1/concierges') {
      const industry = url.searchParams.get('industry')
      if (industry && referenceName('industry', industry, language) === industry) {
        return { status: 400, body: { ...buildErrorBody('VALIDATION_FAILED', translate(language, 'errors', 'VALIDATION_FAILED')), details: [{ field: 'query.industry', code: 'invalid_value', message: translate(language, 'errors', 'field.invalid_value') }] } }
      }
      const items = directory
        .filter((c) => !industry || c.industryCodes.includes(industry))
        .sort((a, b) => Number(!a.languages.includes(language)) - Number(!b.languages.includes(language)))
        .map((c) => profile(c, language))
      const body: ConciergeDirectory = { language, filters: { industry: industry ? { code: industry, name: referenceName('industry', industry, language) } : null, area: null }, items, sampleData: true }
      return ok(body)
    }
    if (request.method === 'GET' && url.pathname === '/api/v1/me/concierge') {
      const intents = await server.transport({ method: 'GET', url: `/api/v1/me/intents?lang=${language}`, headers: request.headers })
      if (intents.status !== 200) return intents
      const latest = (intents.body as Awaited<ReturnType<InvestorApiClient['listMyIntents']>>).items.find((i) => !['signed', 'landed', 'closed'].includes(i.stage))
      const seed = directory.find((c) => c.id === latest?.concierge?.id)
      const body: MyConcierge = { language, intent: latest ? { id: latest.id, stage: latest.stage, companyName: latest.companyName } : null, concierge: seed ? profile(seed, language) : null }
      return ok(body)
    }
    return server.transport(request)
  }
  return {
    ...server,
    transport,
    /** the next request to `path` fails as without a network */
    failNext: (path: string) => failing.add(path),
  }
}
