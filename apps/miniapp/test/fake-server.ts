import type { HttpRequest, HttpResponse, Transport } from '@zhaoshang/api-client'
import {
  enterpriseProfileSchema,
  MATCH_PAGE_SIZE,
  isLanguage,
  normalizeLanguage,
  policyQuerySchema,
  toFieldIssues,
  type FieldError,
  type FieldIssue,
  type Language,
} from '@zhaoshang/contracts'
import { translate } from '@zhaoshang/i18n'
import { buildErrorBody, buildMeta } from './builders'
import { createInvestorSide } from './investor-fixtures'
import { buildPolicies, detailOf, match, search, type FakePolicy } from './policy-fixtures'

/**
 * What a route answers: a response; 'network-error' to make the transport throw before the
 * server sees the request; 'lost-answer' to let the server handle it and then lose the answer
 * (a timeout after the server stored it).
 */
export type Reply = HttpResponse | 'network-error' | 'lost-answer'
type Route = { method: string; path: RegExp; answer: (request: HttpRequest, url: URL, params: string[]) => Reply }

/** The caller's language as the server reads it: `lang`, else Accept-Language, else zh-CN. */
function requestLanguage(request: HttpRequest, url: URL): Language {
  return normalizeLanguage(url.searchParams.get('lang')) ?? normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN'
}

/** A VALIDATION_FAILED answer with per-field messages in the caller's language, as the server sends it. */
function validationFailed(issues: FieldIssue[], language: Language): Reply {
  const details: FieldError[] = issues.map((issue) => ({ ...issue, message: translate(language, 'errors', `field.${issue.code}`, issue.params) }))
  return { status: 400, body: { ...buildErrorBody('VALIDATION_FAILED', translate(language, 'errors', 'VALIDATION_FAILED')), details } }
}

/**
 * A stand-in for the server at the transport level: the real generated client and the real
 * error handling run; only the wire is replaced. Replies can be queued per path to script
 * failures (`server.queue('/api/v1/meta', { status: 503, ... })`), and requests held to answer
 * out of order (`const release = server.hold('/api/v1/policies')`).
 */
export function createFakeServer({ policies = buildPolicies(), today = new Date().toISOString().slice(0, 10) }: { policies?: FakePolicy[]; today?: string } = {}) {
  const requests: HttpRequest[] = []
  const queued = new Map<string, Reply[]>()
  const gates = new Map<string, Promise<void>[]>()
  const investorSide = createInvestorSide({ language: requestLanguage, meta: (language) => buildMeta(language) })
  const network = { offline: false }
  const routes: Route[] = [
    ...investorSide.routes,
    {
      method: 'GET',
      path: /^\/api\/v1\/meta$/,
      answer: (_request, url) => {
        const lang = url.searchParams.get('lang')
        const language: Language = isLanguage(lang) ? lang : 'zh-CN'
        return { status: 200, body: buildMeta(language) }
      },
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/policies$/,
      answer: (request, url) => {
        const language = requestLanguage(request, url)
        const parsed = policyQuerySchema.safeParse(Object.fromEntries(url.searchParams), { reportInput: true })
        if (!parsed.success) return validationFailed(toFieldIssues(parsed.error, 'query'), language)
        const meta = buildMeta(language)
        const issues: FieldIssue[] = []
        if (parsed.data.category && !meta.policyCategories.some((c) => c.code === parsed.data.category)) issues.push({ field: 'query.category', code: 'invalid_value' })
        if (parsed.data.industry && !meta.industries.some((c) => c.code === parsed.data.industry)) issues.push({ field: 'query.industry', code: 'invalid_value' })
        if (issues.length) return validationFailed(issues, language)
        return { status: 200, body: search(policies, parsed.data, language) }
      },
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/policies\/match$/,
      answer: (request, url) => {
        const language = requestLanguage(request, url)
        const parsed = enterpriseProfileSchema.safeParse(JSON.parse(request.body ?? 'null'), { reportInput: true })
        if (!parsed.success) return validationFailed(toFieldIssues(parsed.error), language)
        const page = Number(url.searchParams.get('page') ?? 1)
        const pageSize = Number(url.searchParams.get('pageSize') ?? MATCH_PAGE_SIZE)
        return { status: 200, body: match(policies, parsed.data, language, today, page, pageSize) }
      },
    },
    {
      method: 'GET',
      path: /^\/api\/v1\/policies\/(\d+)$/,
      answer: (request, url, [id]) => {
        const policy = policies.find((p) => p.id === Number(id))
        return policy ? { status: 200, body: detailOf(policy, requestLanguage(request, url), today) } : { status: 404, body: buildErrorBody('NOT_FOUND') }
      },
    },
  ]

  const route = (request: HttpRequest, url: URL): Reply | undefined => {
    for (const r of routes) {
      const found = r.method === request.method ? r.path.exec(url.pathname) : null
      if (found) return r.answer(request, url, found.slice(1))
    }
    return undefined
  }

  const transport: Transport = async (request) => {
    requests.push(request)
    const url = new URL(request.url, 'http://miniapp.test')
    if (network.offline) {
      await Promise.resolve()
      throw new Error('request:fail offline')
    }
    const gate = gates.get(url.pathname)?.shift()
    const next = queued.get(url.pathname)?.shift()
    const answer = () => route(request, url) ?? { status: 404, body: buildErrorBody('ROUTE_NOT_FOUND') }
    const reply = next === 'lost-answer' ? (answer(), next) : (next ?? answer())
    // Answer asynchronously, as a network would; a held request waits for its release.
    await (gate ?? Promise.resolve())
    if (reply === 'network-error') throw new Error('request:fail timeout')
    if (reply === 'lost-answer') throw new Error('request:fail timeout')
    return reply
  }

  return {
    transport,
    requests,
    policies,
    /** the investor side: identities, intents, and the staff's moves (setStage, staffReply) */
    investors: investorSide,
    /** while true, every request fails as without a network */
    setOffline(offline: boolean) {
      network.offline = offline
    },
    queue(path: string, ...replies: Reply[]) {
      queued.set(path, [...(queued.get(path) ?? []), ...replies])
    },
    /** Holds the next request to `path` until the returned function is called. */
    hold(path: string): () => void {
      let release: () => void = () => undefined
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      gates.set(path, [...(gates.get(path) ?? []), gate])
      return release
    },
    requestsTo(path: string) {
      return requests.filter((r) => new URL(r.url, 'http://miniapp.test').pathname === path)
    },
  }
}

export type FakeServer = ReturnType<typeof createFakeServer>
