import type { HttpRequest } from '@zhaoshang/api-client'
import {
  consentRequestSchema,
  guestLoginSchema,
  IDEMPOTENCY_KEY_PATTERN,
  intentRequestSchema,
  messageRequestSchema,
  PRIVACY_NOTICE_VERSION,
  subscribeRequestSchema,
  toFieldIssues,
  wechatLoginSchema,
  type CloseReason,
  type ConciergeCard,
  type FieldIssue,
  type IntentEvent,
  type IntentRequest,
  type IntentStage,
  type InvestorSession,
  type Language,
  type MetaResponse,
  type MyIntent,
} from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { buildErrorBody } from './builders'

/**
 * The investor side of the server, as the fake server keeps it: identities and tokens, consent,
 * intents with Idempotency-Key handling, the message thread, subscriptions, export and deletion.
 * Tests drive the staff side with `setStage` and `staffReply`.
 */
export type Answer = { status: number; body: unknown }
type Names = Record<Language, string>
const n = (zh: string, en: string, ja: string): Names => ({ 'zh-CN': zh, en, ja })

export const SUBSCRIBE_TEMPLATE_IDS = ['tmpl-stage-change', 'tmpl-staff-reply']
export const CONCIERGE = {
  id: 7,
  name: n('王丽', 'Wang Li', '王麗'),
  title: n('招商专员', 'Investment promotion officer', '投資誘致担当'),
  photoUrl: 'https://zhaoshang.example.com/photos/concierge-7.jpg',
  languages: ['zh-CN', 'en', 'ja'] as Language[],
  phone: '+8651265550123',
  wechatId: 'xiangcheng-wangli',
  officeHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30', timezone: 'Asia/Shanghai' },
}

type FakeInvestor = { id: number; kind: 'wechat' | 'guest'; deviceId: string | null; consentVersion: string | null; deleted: boolean; subscriptions: string[] }
type StoredEvent = Omit<IntentEvent, 'concierge'> & { concierge: boolean; clientId?: string }
export type FakeIntent = {
  id: number
  investorId: number
  key: string
  rawBody: string
  request: IntentRequest
  stage: IntentStage
  closeReason: CloseReason | null
  createdAt: string
  replyDueAt: string | null
  events: StoredEvent[]
  /** staff messages the investor has not opened yet */
  unread: number
}

const header = (request: HttpRequest, name: string) => Object.entries(request.headers).find(([k]) => k.toLowerCase() === name)?.[1]

export function createInvestorSide({ language, meta }: { language: (request: HttpRequest, url: URL) => Language; meta: (language: Language) => MetaResponse }) {
  const investors: FakeInvestor[] = []
  const tokens = new Map<string, number>()
  const intents: FakeIntent[] = []
  let nextId = 1
  let nextEvent = 1
  let tokenCount = 0
  const clock = { now: new Date('2026-12-01T02:00:00.000Z') }
  const tick = () => {
    clock.now = new Date(clock.now.getTime() + 60_000)
    return clock.now.toISOString()
  }

  const fail = (status: number, code: Parameters<typeof buildErrorBody>[0]): Answer => ({ status, body: buildErrorBody(code) })
  const invalid = (issues: FieldIssue[], lang: Language): Answer => ({
    status: 400,
    body: {
      ...buildErrorBody('VALIDATION_FAILED', translate(lang, 'errors', 'VALIDATION_FAILED')),
      details: issues.map((issue) => ({ ...issue, message: translate(lang, 'errors', `field.${issue.code}`, issue.params) })),
    },
  })
  const json = (request: HttpRequest): unknown => JSON.parse(request.body ?? 'null')

  const session = (investor: FakeInvestor): InvestorSession => {
    const token = `investor-token-${++tokenCount}`
    tokens.set(token, investor.id)
    return {
      token,
      expiresIn: 7200,
      investor: { id: investor.id, kind: investor.kind, consentVersion: investor.consentVersion },
      privacyVersion: PRIVACY_NOTICE_VERSION,
      subscribeTemplateIds: SUBSCRIBE_TEMPLATE_IDS,
    }
  }

  /** The investor behind the Bearer token, or the 401 the server answers. */
  const caller = (request: HttpRequest): FakeInvestor | Answer => {
    const token = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1]
    if (!token) return fail(401, 'UNAUTHENTICATED')
    const id = tokens.get(token)
    const investor = investors.find((i) => i.id === id && !i.deleted)
    return investor ?? fail(401, 'SESSION_EXPIRED')
  }
  const isAnswer = (value: FakeInvestor | Answer): value is Answer => 'status' in value

  const card = (lang: Language): ConciergeCard => ({
    id: CONCIERGE.id,
    name: CONCIERGE.name[lang],
    title: CONCIERGE.title[lang],
    photoUrl: CONCIERGE.photoUrl,
    languages: CONCIERGE.languages,
    phone: CONCIERGE.phone,
    wechatId: CONCIERGE.wechatId,
    officeHours: CONCIERGE.officeHours,
    fallback: false,
  })

  const view = (intent: FakeIntent, lang: Language): MyIntent => ({
    id: intent.id,
    stage: intent.stage,
    closeReason: intent.closeReason,
    createdAt: intent.createdAt,
    replyDueAt: intent.replyDueAt,
    company: intent.request.company,
    contact: { name: intent.request.contact.name, phone: intent.request.contact.phone, email: intent.request.contact.email ?? null, language: intent.request.contact.language },
    project: intent.request.project,
    message: intent.request.message ?? null,
    policyIds: intent.request.policyIds ?? [],
    areaCode: intent.request.areaCode ?? null,
    concierge: card(lang),
    timeline: intent.events.map(({ clientId: _clientId, ...event }) => ({ ...event, concierge: event.concierge ? CONCIERGE.name[lang] : null })),
  })

  const event = (kind: IntentEvent['kind'], fields: Partial<StoredEvent> = {}): StoredEvent => ({
    id: nextEvent++,
    kind,
    at: tick(),
    by: 'system',
    fromInvestor: false,
    stage: null,
    reason: null,
    body: null,
    concierge: false,
    otherIntentId: null,
    ...fields,
  })

  const own = (investor: FakeInvestor, id: string | undefined) => intents.find((i) => i.id === Number(id) && i.investorId === investor.id)

  /** Reference codes the shared schema cannot know: the server checks them against its lists. */
  const unknownCodes = (request: IntentRequest, lang: Language): FieldIssue[] => {
    const m = meta(lang)
    const has = (list: { code: string }[], code: string) => list.some((item) => item.code === code)
    const issues: FieldIssue[] = []
    if (!has(m.enterpriseTypes, request.company.type)) issues.push({ field: 'company.type', code: 'invalid_value' })
    request.project.industries.forEach((code, i) => {
      if (!has(m.industries, code)) issues.push({ field: `project.industries.${i}`, code: 'invalid_value' })
    })
    if (!has(m.amountRanges, request.project.amountRange)) issues.push({ field: 'project.amountRange', code: 'invalid_value' })
    if (!has(m.spaceKinds, request.project.spaceKind)) issues.push({ field: 'project.spaceKind', code: 'invalid_value' })
    return issues
  }

  type Handler = (request: HttpRequest, url: URL, params: string[]) => Answer
  const withInvestor =
    (handler: (investor: FakeInvestor, request: HttpRequest, url: URL, params: string[]) => Answer): Handler =>
    (request, url, params) => {
      const found = caller(request)
      return isAnswer(found) ? found : handler(found, request, url, params)
    }

  const routes: { method: string; path: RegExp; answer: Handler }[] = [
    {
      method: 'POST',
      path: /^\/api\/v1\/auth\/guest$/,
      answer: (request, url) => {
        const parsed = guestLoginSchema.safeParse(json(request))
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), language(request, url))
        const deviceId = parsed.data.deviceId ?? null
        let investor = deviceId ? investors.find((i) => i.deviceId === deviceId && !i.deleted) : undefined
        if (!investor) {
          investor = { id: nextId++, kind: 'guest', deviceId, consentVersion: null, deleted: false, subscriptions: [] }
          investors.push(investor)
        }
        return { status: 200, body: session(investor) }
      },
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/auth\/wechat$/,
      answer: (request, url) => {
        const parsed = wechatLoginSchema.safeParse(json(request))
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), language(request, url))
        // every code of this WeChat user resolves to the same openid
        let investor = investors.find((i) => i.kind === 'wechat' && !i.deleted)
        if (!investor) {
          investor = { id: nextId++, kind: 'wechat', deviceId: null, consentVersion: null, deleted: false, subscriptions: [] }
          investors.push(investor)
        }
        return { status: 200, body: session(investor) }
      },
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/privacy$/,
      answer: (request, url) => {
        const lang = language(request, url)
        return { status: 200, body: { version: PRIVACY_NOTICE_VERSION, language: lang, title: translate(lang, 'intents', 'privacy.title'), body: translate(lang, 'intents', 'privacy.body') } }
      },
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/me\/consent$/,
      answer: withInvestor((investor, request, url) => {
        const parsed = consentRequestSchema.safeParse(json(request))
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), language(request, url))
        if (parsed.data.version !== PRIVACY_NOTICE_VERSION) return invalid([{ field: 'version', code: 'invalid_value' }], language(request, url))
        investor.consentVersion = parsed.data.version
        return { status: 204, body: null }
      }),
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/intents$/,
      answer: withInvestor((investor, request, url) => {
        const lang = language(request, url)
        const key = header(request, 'idempotency-key') ?? ''
        if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return fail(400, 'BAD_REQUEST')
        const earlier = intents.find((i) => i.investorId === investor.id && i.key === key)
        if (earlier) return earlier.rawBody === request.body ? { status: 200, body: view(earlier, lang) } : fail(409, 'IDEMPOTENCY_KEY_REUSED')
        if (investor.consentVersion !== PRIVACY_NOTICE_VERSION) return fail(403, 'CONSENT_REQUIRED')
        const parsed = intentRequestSchema.safeParse(json(request), { reportInput: true })
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), lang)
        const unknown = unknownCodes(parsed.data, lang)
        if (unknown.length) return invalid(unknown, lang)
        const createdAt = tick()
        const intent: FakeIntent = {
          id: 100 + intents.length + 1,
          investorId: investor.id,
          key,
          rawBody: request.body ?? '',
          request: parsed.data,
          stage: 'new',
          closeReason: null,
          createdAt,
          replyDueAt: new Date(new Date(createdAt).getTime() + 24 * 3600_000).toISOString(),
          events: [],
          unread: 0,
        }
        intent.events.push(event('submitted', { by: 'investor', fromInvestor: true, stage: 'new' }), event('assigned', { concierge: true }))
        intents.push(intent)
        return { status: 201, body: view(intent, lang) }
      }),
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/me\/intents$/,
      answer: withInvestor((investor, request, url) => {
        const lang = language(request, url)
        const items = intents
          .filter((i) => i.investorId === investor.id)
          .sort((a, b) => b.id - a.id)
          .map((i) => ({ id: i.id, stage: i.stage, createdAt: i.createdAt, replyDueAt: i.replyDueAt, concierge: card(lang), companyName: i.request.company.name, unread: i.unread }))
        return { status: 200, body: { items } }
      }),
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/me\/intents\/(\d+)$/,
      answer: withInvestor((investor, request, url, [id]) => {
        const intent = own(investor, id)
        if (!intent) return fail(404, 'NOT_FOUND')
        intent.unread = 0
        return { status: 200, body: view(intent, language(request, url)) }
      }),
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/me\/intents\/(\d+)\/messages$/,
      answer: withInvestor((investor, request, url, [id]) => {
        const lang = language(request, url)
        const intent = own(investor, id)
        if (!intent) return fail(404, 'NOT_FOUND')
        const parsed = messageRequestSchema.safeParse(json(request), { reportInput: true })
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), lang)
        const { body, clientId } = parsed.data
        if (!clientId || !intent.events.some((e) => e.clientId === clientId)) intent.events.push(event('message', { by: 'investor', fromInvestor: true, body, clientId }))
        return { status: 200, body: view(intent, lang) }
      }),
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/me\/intents\/(\d+)\/subscriptions$/,
      answer: withInvestor((investor, request, url, [id]) => {
        if (!own(investor, id)) return fail(404, 'NOT_FOUND')
        const parsed = subscribeRequestSchema.safeParse(json(request))
        if (!parsed.success) return invalid(toFieldIssues(parsed.error), language(request, url))
        investor.subscriptions.push(...parsed.data.accepted)
        return { status: 204, body: null }
      }),
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/me\/export$/,
      answer: withInvestor((investor, request, url) => ({
        status: 200,
        body: {
          investor: { id: investor.id, kind: investor.kind, consentVersion: investor.consentVersion },
          intents: intents.filter((i) => i.investorId === investor.id).map((i) => view(i, language(request, url))),
        },
      })),
    },
    {
      method: 'DELETE',
      path: /^\/api\/v1\/me$/,
      answer: withInvestor((investor) => {
        investor.deleted = true
        investor.deviceId = null
        for (const [token, id] of tokens) if (id === investor.id) tokens.delete(token)
        return { status: 204, body: null }
      }),
    },
  ]

  return {
    routes,
    investors,
    intents,
    /** Every token stops working (as after a secret rotation); the next call answers 401. */
    expireTokens() {
      tokens.clear()
    },
    /** The lead desk moves the intent on (closed needs a reason). */
    setStage(id: number, stage: IntentStage, reason: CloseReason | null = null) {
      const intent = intents.find((i) => i.id === id)
      if (!intent) throw new Error(`no intent ${id}`)
      intent.stage = stage
      intent.closeReason = reason
      if (stage === 'landed' || stage === 'closed') intent.replyDueAt = null
      intent.events.push(event('stage', { by: CONCIERGE.name.en, stage, reason }))
    },
    /** The concierge writes to the investor. */
    staffReply(id: number, body: string) {
      const intent = intents.find((i) => i.id === id)
      if (!intent) throw new Error(`no intent ${id}`)
      intent.events.push(event('message', { by: CONCIERGE.name.en, body }))
      intent.unread += 1
    },
  }
}

export type InvestorSide = ReturnType<typeof createInvestorSide>
