import type { HttpRequest, Transport } from '@zhaoshang/api-client';
import { INSIGHTS_DEFAULT_DAYS, dayCount, insightsQuerySchema, insightsRangeIssues, mondayOf, shiftDay, toFieldIssues, type ErrorBody, type InsightsResponse } from '@zhaoshang/contracts';
import { normalizeLanguage, translate } from '@zhaoshang/i18n';
import type { FakeServer } from '../../test/fake-server';

const PATH = '/api/v1/admin/insights';

/**
 * The fake district's today: a fixed day far from the machine's clock, so a console that counted
 * days from the browser clock instead of the server's answer would show other dates.
 */
export const DISTRICT_TODAY = '2025-03-18';

/** What the fake answers for a period: fixed figures, the period's own weeks, the staff member's share of leads. */
export function insightsFor(from: string, to: string, language: InsightsResponse['language'], scope: 'all' | 'own'): InsightsResponse {
  const weeks: string[] = [];
  for (let w = mondayOf(from); w <= to; w = shiftDay(w, 7)) weeks.push(w);
  const own = scope === 'own';
  return {
    from,
    to,
    days: dayCount(from, to),
    timeZone: 'Asia/Shanghai',
    today: DISTRICT_TODAY,
    language,
    scope,
    searches: {
      policies: {
        total: 120,
        zeroResults: 30,
        distinct: 41,
        top: [
          { query: 'biomedicine', searches: 25, zeroResults: 0, languages: { 'zh-CN': 0, en: 15, ja: 10 } },
          { query: '人才', searches: 18, zeroResults: 0, languages: { 'zh-CN': 18, en: 0, ja: 0 } },
          { query: '[phone] 相科贷', searches: 2, zeroResults: 2, languages: { 'zh-CN': 2, en: 0, ja: 0 } },
        ],
        zeroResultTop: [
          { query: 'ロボット補助金', searches: 9, zeroResults: 9, languages: { 'zh-CN': 0, en: 0, ja: 9 } },
          { query: '[phone] 相科贷', searches: 2, zeroResults: 2, languages: { 'zh-CN': 2, en: 0, ja: 0 } },
        ],
      },
      guide: {
        total: 14,
        zeroResults: 4,
        distinct: 5,
        top: [{ query: '会社設立', searches: 10, zeroResults: 0, languages: { 'zh-CN': 0, en: 0, ja: 10 } }],
        zeroResultTop: [{ query: 'visa', searches: 4, zeroResults: 4, languages: { 'zh-CN': 0, en: 4, ja: 0 } }],
      },
    },
    views: {
      policies: {
        total: 300,
        top: [
          { key: '1', title: '关于开放再出发的若干政策意见', views: 80 },
          { key: '99', title: null, views: 3 },
        ],
      },
      guide: { total: 40, top: [{ key: 'setting-up-a-company', title: 'Setting up a company', views: 22 }] },
    },
    weeks: weeks.map((week, i) => ({ week, policySearches: 10 + i, policyViews: 20 + i, guideSearches: i, guideViews: 2 * i })),
    intents: {
      total: own ? 3 : 12,
      byWeek: weeks.map((week, i) => ({ week, count: i === weeks.length - 1 ? (own ? 3 : 7) : own ? 0 : i === 0 ? 5 : 0 })),
      byStage: [
        { code: 'new', count: own ? 2 : 6 },
        { code: 'contacted', count: own ? 1 : 3 },
        { code: 'negotiating', count: 0 },
        { code: 'site_visit', count: own ? 0 : 1 },
        { code: 'signed', count: 0 },
        { code: 'landed', count: 0 },
        { code: 'closed', count: own ? 0 : 2 },
      ],
      byIndustry: [
        { code: 'biomedicine', name: 'Biomedicine', count: own ? 3 : 8 },
        { code: 'fintech', name: 'Fintech', count: own ? 0 : 4 },
      ],
      bySource: [
        { code: 'weapp', count: own ? 1 : 9 },
        { code: 'h5', count: own ? 2 : 3 },
      ],
      byLanguage: [
        { code: 'zh-CN', count: own ? 0 : 4 },
        { code: 'en', count: own ? 1 : 3 },
        { code: 'ja', count: own ? 2 : 5 },
      ],
      replies: own
        ? { leads: 3, onTime: 0, late: 0, missed: 0, waiting: 3, noDeadline: 0, rate: null, overdueNow: 0 }
        : { leads: 10, onTime: 6, late: 1, missed: 1, waiting: 2, noDeadline: 0, rate: 0.75, overdueNow: 1 },
    },
  };
}

/**
 * The fake server plus `GET /api/v1/admin/insights` as the server answers it: the caller is the
 * base fake's signed-in account (its own `me`), the query is checked with the shared schema and
 * `insightsRangeIssues`, the default period is the last 30 days up to DISTRICT_TODAY, errors come
 * in the request's language. `answered` lists the queries.
 */
export function withInsights(server: FakeServer) {
  const answered: URLSearchParams[] = [];
  const transport: Transport = async (request: HttpRequest) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== PATH) return server.transport(request);
    const me = await server.transport({ method: 'GET', url: '/api/v1/admin/auth/me', headers: request.headers });
    if (me.status !== 200) return me;
    const language = normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN';
    const invalid = (issues: ReturnType<typeof toFieldIssues>) => ({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: translate(language, 'errors', 'VALIDATION_FAILED'),
        details: issues.map((i) => ({ ...i, message: translate(language, 'errors', `field.${i.code}`, i.params) })),
      } satisfies ErrorBody,
    });
    const parsed = insightsQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) return invalid(toFieldIssues(parsed.error, 'query'));
    const to = parsed.data.to ?? DISTRICT_TODAY;
    const from = parsed.data.from ?? shiftDay(to, -(INSIGHTS_DEFAULT_DAYS - 1));
    const issues = insightsRangeIssues(from, to);
    if (issues.length) return invalid(issues);
    answered.push(url.searchParams);
    const role = (me.body as { role: string }).role;
    return { status: 200, body: insightsFor(from, to, parsed.data.language ?? null, role === 'admin' ? 'all' : 'own') };
  };
  return { ...server, transport, answered };
}
