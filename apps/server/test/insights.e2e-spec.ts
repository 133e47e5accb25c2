import type { InsightsResponse, Language } from '@zhaoshang/contracts';
import { DataSource } from 'typeorm';
import { ConciergeEntity } from '../src/concierges/concierge.entity';
import { createDataSource } from '../src/database/data-source';
import { InsightEventEntity } from '../src/insights/insight-event.entity';
import { InsightsRecorder } from '../src/insights/insights-recorder';
import { IntentEntity, IntentEventEntity } from '../src/intents/intent.entity';
import { dialects } from './support/databases';
import { createStaff } from './support/factories';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat';
import { buildIntent, guestToken, linkConcierge, submit } from './support/intent-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** Asia/Shanghai (the default WORK_TIMEZONE) has no daylight saving: local = UTC + 8 h. */
const local = (wallClock: string) => new Date(`${wallClock}+08:00`);
const localDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const today = () => localDay(new Date());
type EventRow = Omit<InsightEventEntity, 'id'>;

describe.each(dialects())('insights (%s)', (dialect) => {
  let t: TestApp;
  let fake: FakeWechat;
  let admin: string;
  let recorder: InsightsRecorder;

  beforeAll(async () => {
    fake = await startFakeWechat();
    t = await startTestApp(dialect, {
      WECHAT_APP_ID: 'wx-test-app',
      WECHAT_APP_SECRET: 'wx-test-secret',
      WECHAT_API_BASE: fake.base,
      INTENT_MAX_PER_IP_PER_HOUR: '1000',
      GUEST_MAX_PER_IP_PER_HOUR: '1000',
      // an investor's message shortens the deadline to one working hour (below REPLY_HOURS.new)
      REPLY_HOURS: 'new:4,contacted:24,negotiating:72,site_visit:120,signed:240,message:1',
    });
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    recorder = t.app.get(InsightsRecorder);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  }, SETUP_TIMEOUT_MS);

  const insights = (token: string, query = '') => t.http.get(`/api/v1/admin/insights${query}`).set(bearer(token));
  const events = () => t.dataSource.getRepository(InsightEventEntity);
  const sumHits = (rows: Pick<EventRow, 'hits'>[]) => rows.reduce((s, r) => s + r.hits, 0);

  describe('recording', () => {
    it('counts searches in memory and writes them in batches, as anonymous rows without personal data', async () => {
      const search = (q: string, lang: Language, page?: number) =>
        t.http.get(`/api/v1/policies?q=${encodeURIComponent(q)}&lang=${lang}${page ? `&page=${page}` : ''}`).expect(200);
      const before = await events().count();
      const first = await search('  Biomedicine ', 'en');
      const total = first.body.total as number;
      expect(total).toBeGreaterThan(0);
      // 29 more identical searches, answered from memory before Nest
      for (let i = 0; i < 29; i++) expect((await search('  Biomedicine ', 'en')).headers['x-answer-cache']).toBe('hit');
      await search('BIOMEDICINE', 'ja');
      const phone = await search('+86 138 1234 5678', 'zh-CN');
      const email = await search('taro.yamada@example.jp', 'ja');
      // turning pages and browsing without a query are not searches
      await search('biomedicine', 'en', 2);
      await t.http.get('/api/v1/policies?lang=en').expect(200);
      await recorder.flush();

      const rows = (await events().find()).slice(before);
      // thirty requests, a handful of rows: one per thing counted and flush, never one per request
      expect(rows.length).toBeLessThanOrEqual(8);
      const searches = rows.filter((r) => r.kind === 'policy_search');
      const hitsOf = (subject: string, language: Language) => sumHits(searches.filter((r) => r.subject === subject && r.language === language));
      expect(hitsOf('biomedicine', 'en')).toBe(30);
      expect(hitsOf('biomedicine', 'ja')).toBe(1);
      expect(hitsOf('[phone]', 'zh-CN')).toBe(1);
      expect(hitsOf('[email]', 'ja')).toBe(1);
      expect(sumHits(searches)).toBe(33);
      expect(searches.find((r) => r.subject === 'biomedicine' && r.language === 'en')?.resultCount).toBe(total);
      expect(searches.find((r) => r.subject === '[phone]')?.resultCount).toBe(phone.body.total);
      expect(searches.find((r) => r.subject === '[email]')?.resultCount).toBe(email.body.total);
      for (const r of rows) {
        expect(r.day).toBe(today());
        expect(new Date(`${r.week}T00:00:00Z`).getUTCDay()).toBe(1);
      }
      // nothing personal anywhere in what was stored, and no column that could hold it
      const stored = JSON.stringify(rows);
      for (const secret of ['138', '5678', 'yamada', 'example.jp', '127.0.0.1']) expect(stored).not.toContain(secret);
      const columns = t.dataSource.getMetadata(InsightEventEntity).columns.map((c) => c.databaseName).sort();
      expect(columns).toEqual(['day', 'hits', 'id', 'kind', 'language', 'result_count', 'subject', 'week']);
    });

    it('counts policy views by id and language, not the ones that do not exist', async () => {
      const list = await t.http.get('/api/v1/policies?lang=ja').expect(200);
      const id = list.body.items[0].id as number;
      const before = await events().count();
      await t.http.get(`/api/v1/policies/${id}?lang=ja`).expect(200);
      await t.http.get(`/api/v1/policies/${id}`).set('accept-language', 'ja-JP').expect(200);
      await t.http.get(`/api/v1/policies/${id}?lang=en`).expect(200);
      await t.http.get('/api/v1/policies/999999?lang=ja').expect(404);
      await recorder.flush();
      const views = (await events().find()).slice(before).filter((r) => r.kind === 'policy_view');
      expect(views.map((r) => [r.subject, r.language, r.hits, r.resultCount]).sort()).toEqual([
        [String(id), 'en', 1, null],
        [String(id), 'ja', 2, null],
      ]);

      const res = await insights(admin, `?from=${today()}&to=${today()}&lang=ja`).expect(200);
      const body = res.body as InsightsResponse;
      expect(body.views.policies.top.find((v) => v.key === String(id))).toEqual({ key: String(id), title: list.body.items[0].title, views: 3 });
      expect(body.searches.policies.top.find((s) => s.query === 'biomedicine')).toEqual({ query: 'biomedicine', searches: 31, zeroResults: 0, languages: { 'zh-CN': 0, en: 30, ja: 1 } });
    });

    it('counts guide page views and FAQ searches through the guide, with the page titles', async () => {
      // a section with an FAQ page, published as an editor does
      const faq = { question: '会社設立の手続きは？', answer: '登記の前に名称を申請します。' };
      const tr = (title: string, faqs: (typeof faq)[] = []) => ({ title, summary: `${title}の概要`, body: `<p>${title}</p>`, faqs, status: 'done' });
      const publish = async (create: Record<string, unknown>) => {
        const created = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(create).expect(201);
        await t.http.post(`/api/v1/admin/guide/${created.body.id}/publish`).set(bearer(admin)).send({ version: created.body.version }).expect(200);
        return created.body.id as number;
      };
      const sectionId = await publish({ kind: 'section', slug: 'insights-test-section', parentId: null, translations: { 'zh-CN': tr('测试栏目'), ja: tr('テスト') } });
      await publish({ kind: 'faq', slug: 'insights-test-faq', parentId: sectionId, translations: { 'zh-CN': tr('常见问题', [faq]), ja: tr('よくある質問', [faq]) } });
      const tree = await t.http.get('/api/v1/guide?lang=ja').expect(200);
      const page = (tree.body.sections as { slug: string; title: string; pages: { slug: string; title: string }[] }[]).flatMap((s) => s.pages).find((p) => p.slug === 'insights-test-faq');
      expect(page?.title).toBe('よくある質問');
      const before = await events().count();
      await t.http.get(`/api/v1/guide/${page!.slug}?lang=ja`).expect(200);
      await t.http.get(`/api/v1/guide/${page!.slug}?lang=ja`).expect(200);
      await t.http.get('/api/v1/guide/no-such-page?lang=ja').expect(404);
      const found = await t.http.get(`/api/v1/guide/faq/search?q=${encodeURIComponent('会社設立')}&lang=ja`).expect(200);
      await t.http.get(`/api/v1/guide/faq/search?q=${encodeURIComponent('qwertyuiop')}&lang=ja`).expect(200);
      await t.http.get(`/api/v1/guide/faq/search?q=${encodeURIComponent('090-1234-5678')}&lang=ja`).expect(200);
      await recorder.flush();

      const rows = (await events().find()).slice(before);
      expect(rows.map((r) => [r.kind, r.subject, r.language, r.resultCount, r.hits]).sort()).toEqual(
        [
          ['guide_view', page!.slug, 'ja', null, 2],
          ['guide_search', '会社設立', 'ja', found.body.total, 1],
          ['guide_search', 'qwertyuiop', 'ja', 0, 1],
          ['guide_search', '[phone]', 'ja', expect.any(Number), 1],
        ].sort(),
      );
      const body = (await insights(admin, `?from=${today()}&to=${today()}&lang=ja`).expect(200)).body as InsightsResponse;
      expect(body.views.guide.top).toEqual([{ key: page!.slug, title: page!.title, views: 2 }]);
      expect(body.searches.guide.zeroResultTop.map((s) => s.query)).toContain('qwertyuiop');
    });

    it('writes what it counted when the server shuts down', async () => {
      const other = await startTestApp(dialect);
      let reopened: DataSource | undefined;
      try {
        await other.http.get(`/api/v1/policies?q=${encodeURIComponent('人才政策')}&lang=zh-CN`).expect(200);
        await other.http.get(`/api/v1/policies?q=${encodeURIComponent('人才政策')}&lang=zh-CN`).expect(200);
        await other.app.close();
        reopened = await createDataSource(other.db.config);
        await reopened.initialize();
        const rows = await reopened.getRepository(InsightEventEntity).find();
        expect(rows.map((r) => [r.kind, r.subject, r.language])).toEqual([['policy_search', '人才政策', 'zh-CN']]);
        expect(sumHits(rows)).toBe(2);
      } finally {
        await reopened?.destroy();
        await other.db.drop();
      }
    }, SETUP_TIMEOUT_MS); // starts and stops an app of its own
  });

  describe('search and view statistics', () => {
    // a week in the past that only these rows fall in
    const fixture: EventRow[] = [
      { kind: 'policy_search', day: '2024-06-03', week: '2024-06-03', language: 'ja', subject: 'ロボット', resultCount: 0, hits: 3 },
      { kind: 'policy_search', day: '2024-06-04', week: '2024-06-03', language: 'en', subject: 'robot', resultCount: 0, hits: 2 },
      { kind: 'policy_search', day: '2024-06-08', week: '2024-06-03', language: 'ja', subject: 'ロボット', resultCount: 0, hits: 1 },
      { kind: 'policy_search', day: '2024-06-05', week: '2024-06-03', language: 'zh-CN', subject: '人才', resultCount: 12, hits: 5 },
      { kind: 'policy_search', day: '2024-06-09', week: '2024-06-03', language: 'ja', subject: '人才', resultCount: 10, hits: 1 },
      { kind: 'policy_search', day: '2024-06-09', week: '2024-06-03', language: 'en', subject: 'talent', resultCount: 4, hits: 6 },
      { kind: 'policy_search', day: '2024-06-10', week: '2024-06-10', language: 'en', subject: 'talent', resultCount: 4, hits: 50 },
      { kind: 'policy_search', day: '2024-06-02', week: '2024-05-27', language: 'en', subject: 'loan', resultCount: 0, hits: 40 },
      { kind: 'policy_view', day: '2024-06-03', week: '2024-06-03', language: 'zh-CN', subject: '1', resultCount: null, hits: 4 },
      { kind: 'policy_view', day: '2024-06-06', week: '2024-06-03', language: 'ja', subject: '1', resultCount: null, hits: 2 },
      { kind: 'policy_view', day: '2024-06-06', week: '2024-06-03', language: 'ja', subject: '2', resultCount: null, hits: 7 },
      { kind: 'guide_search', day: '2024-06-04', week: '2024-06-03', language: 'ja', subject: '会社設立', resultCount: 3, hits: 2 },
      { kind: 'guide_search', day: '2024-06-04', week: '2024-06-03', language: 'ja', subject: 'ビザ', resultCount: 0, hits: 4 },
      { kind: 'guide_view', day: '2024-06-05', week: '2024-06-03', language: 'ja', subject: 'setting-up-a-company', resultCount: null, hits: 9 },
      { kind: 'guide_view', day: '2024-06-05', week: '2024-06-03', language: 'en', subject: 'transport', resultCount: null, hits: 1 },
    ];
    const period = { from: '2024-06-03', to: '2024-06-09' };
    const inPeriod = (r: EventRow, language?: Language) => r.day >= period.from && r.day <= period.to && (!language || r.language === language);

    beforeAll(async () => {
      await events().insert(fixture);
    }, SETUP_TIMEOUT_MS);

    /** What the answer must say, summed here from the rows themselves. */
    function expected(kind: 'policy_search' | 'guide_search', language?: Language) {
      const rows = fixture.filter((r) => r.kind === kind && inPeriod(r, language));
      const bySubject = new Map<string, EventRow[]>();
      for (const r of rows) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
      const term = (subject: string, list: EventRow[]) => ({
        query: subject,
        searches: sumHits(list),
        zeroResults: sumHits(list.filter((r) => r.resultCount === 0)),
        languages: { 'zh-CN': sumHits(list.filter((r) => r.language === 'zh-CN')), en: sumHits(list.filter((r) => r.language === 'en')), ja: sumHits(list.filter((r) => r.language === 'ja')) },
      });
      const order = (a: { searches: number; query: string }, b: { searches: number; query: string }) => b.searches - a.searches || (a.query < b.query ? -1 : 1);
      return {
        total: sumHits(rows),
        zeroResults: sumHits(rows.filter((r) => r.resultCount === 0)),
        distinct: bySubject.size,
        top: [...bySubject].map(([s, list]) => term(s, list)).sort(order),
        zeroResultTop: [...bySubject]
          .map(([s, list]) => term(s, list.filter((r) => r.resultCount === 0)))
          .filter((x) => x.searches > 0)
          .sort(order),
      };
    }

    it('lists what investors searched for and what found nothing, matching the rows', async () => {
      const body = (await insights(admin, `?from=${period.from}&to=${period.to}`).expect(200)).body as InsightsResponse;
      expect(body).toMatchObject({ from: period.from, to: period.to, days: 7, timeZone: 'Asia/Shanghai', language: null, scope: 'all' });
      expect(body.searches.policies).toEqual(expected('policy_search'));
      expect(body.searches.guide).toEqual(expected('guide_search'));
      // spelled out once, so the expectation above cannot be wrong in the same way as the code
      expect(body.searches.policies.zeroResultTop.map((s) => [s.query, s.searches])).toEqual([
        ['ロボット', 4],
        ['robot', 2],
      ]);
      expect(body.searches.policies.total).toBe(18);
    });

    it('ranks the most viewed policies and guide pages, and sums the weeks', async () => {
      const body = (await insights(admin, `?from=${period.from}&to=${period.to}&lang=en`).expect(200)).body as InsightsResponse;
      expect(body.views.policies.total).toBe(13);
      expect(body.views.policies.top.map((v) => [v.key, v.views])).toEqual([
        ['2', 7],
        ['1', 6],
      ]);
      expect(body.views.guide.top.map((v) => [v.key, v.views])).toEqual([
        ['setting-up-a-company', 9],
        ['transport', 1],
      ]);
      expect(body.weeks).toEqual([{ week: '2024-06-03', policySearches: 18, policyViews: 13, guideSearches: 6, guideViews: 10 }]);
      // a period that starts mid-week counts only its own days
      const later = (await insights(admin, '?from=2024-06-05&to=2024-06-11').expect(200)).body as InsightsResponse;
      expect(later.weeks.map((w) => [w.week, w.policySearches])).toEqual([
        ['2024-06-03', 5 + 1 + 1 + 6],
        ['2024-06-10', 50],
      ]);
    });

    it('narrows everything to one investor language', async () => {
      const body = (await insights(admin, `?from=${period.from}&to=${period.to}&language=ja`).expect(200)).body as InsightsResponse;
      expect(body.language).toBe('ja');
      expect(body.searches.policies).toEqual(expected('policy_search', 'ja'));
      expect(body.views.policies.total).toBe(9);
      expect(body.views.guide.top).toEqual([{ key: 'setting-up-a-company', title: null, views: 9 }]);
    });
  });

  describe('intent statistics', () => {
    const period = { from: '2025-03-03', to: '2025-03-16' };
    const ids: Record<string, number> = {};

    const backdate = async (id: number, createdAt: Date, set: Partial<IntentEntity> = {}) => {
      await t.dataSource.getRepository(IntentEntity).update({ id }, { createdAt, ...set });
      await t.dataSource.getRepository(IntentEventEntity).update({ intentId: id }, { createdAt });
    };
    /** The intent's latest event of a kind happened at `at`. */
    const eventAt = async (id: number, kind: IntentEventEntity['kind'], at: Date) => {
      const [event] = await t.dataSource.getRepository(IntentEventEntity).find({ where: { intentId: id, kind }, order: { id: 'DESC' }, take: 1 });
      await t.dataSource.getRepository(IntentEventEntity).update({ id: event!.id }, { createdAt: at });
    };
    const version = async (id: number) => (await t.http.get(`/api/v1/admin/leads/${id}`).set(bearer(admin)).expect(200)).body.version as number;

    beforeAll(async () => {
      const make = async (name: string, project: Partial<ReturnType<typeof buildIntent>['project']>, language: Language, token?: string) => {
        const investor = token ?? (await guestToken(t));
        const res = await submit(t, investor, buildIntent({ project, contact: { language } }));
        expect(res.status).toBe(201);
        ids[name] = res.body.id as number;
        return investor;
      };
      // A: answered by message an hour after arriving (deadline 14:00) → on time
      await make('A', { industries: ['biomedicine'] }, 'ja');
      await t.http.post(`/api/v1/admin/leads/${ids.A}/messages`).set(bearer(admin)).send({ body: 'Welcome' }).expect(200);
      await backdate(ids.A!, local('2025-03-03T10:00:00'));
      await eventAt(ids.A!, 'message', local('2025-03-03T11:00:00'));
      // B: first contact (a stage change) at 15:00, after the 14:00 deadline → late
      await make('B', { industries: ['fintech', 'big_data'] }, 'en');
      await t.http.post(`/api/v1/admin/leads/${ids.B}/stage`).set(bearer(admin)).send({ stage: 'contacted', version: await version(ids.B!) }).expect(200);
      await backdate(ids.B!, local('2025-03-03T10:00:00'));
      await eventAt(ids.B!, 'stage', local('2025-03-03T15:00:00'));
      // C: the investor wrote at 10:15, which brought the deadline forward to 11:15; answered 12:00 → late
      const c = await make('C', { industries: ['biomedicine'] }, 'ja');
      await t.http.post(`/api/v1/me/intents/${ids.C}/messages`).set(bearer(c)).send({ body: 'Any news?' }).expect(200);
      await t.http.post(`/api/v1/admin/leads/${ids.C}/messages`).set(bearer(admin)).send({ body: 'Yes' }).expect(200);
      await backdate(ids.C!, local('2025-03-04T10:00:00'));
      const messages = await t.dataSource.getRepository(IntentEventEntity).find({ where: { intentId: ids.C!, kind: 'message' }, order: { id: 'ASC' } });
      await t.dataSource.getRepository(IntentEventEntity).update({ id: messages[0]!.id }, { createdAt: local('2025-03-04T10:15:00') });
      await t.dataSource.getRepository(IntentEventEntity).update({ id: messages[1]!.id }, { createdAt: local('2025-03-04T12:00:00') });
      // D: from the WeChat mini-program, never answered → missed, overdue now
      const wechat = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-openid-insights-d' }).expect(200);
      await make('D', { industries: ['advanced_materials'] }, 'zh-CN', wechat.body.token as string);
      await backdate(ids.D!, local('2025-03-12T10:00:00'), { replyDueAt: local('2025-03-12T14:00:00') });
      // E: 07:00 on Monday the 10th locally is still Sunday the 9th in UTC: counted in the second week
      await make('E', { industries: ['biomedicine'] }, 'ja');
      await backdate(ids.E!, local('2025-03-10T07:00:00'), { replyDueAt: local('2025-03-10T13:00:00') });
      // F: a duplicate merged into A: counted as an intent, not as a lead to answer
      await make('F', { industries: ['biomedicine'] }, 'en');
      await t.http.post(`/api/v1/admin/leads/${ids.A}/merge`).set(bearer(admin)).send({ duplicateId: ids.F }).expect(200);
      await backdate(ids.F!, local('2025-03-05T10:00:00'));
      // X: half past midnight on the 17th locally (the 16th in UTC): outside the period
      await make('X', { industries: ['culture'] }, 'en');
      await backdate(ids.X!, local('2025-03-17T00:30:00'));
    }, SETUP_TIMEOUT_MS);

    it('counts intents by week, stage, industry, source and language, matching the rows', async () => {
      const body = (await insights(admin, `?from=${period.from}&to=${period.to}&lang=en`).expect(200)).body as InsightsResponse;
      // counted here from the rows, by the local day
      const rows = (await t.dataSource.getRepository(IntentEntity).find()).filter((i) => localDay(i.createdAt) >= period.from && localDay(i.createdAt) <= period.to);
      expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].map((k) => ids[k]));
      const count = (pick: (i: IntentEntity) => string[]) => {
        const m: Record<string, number> = {};
        for (const i of rows) for (const k of pick(i)) m[k] = (m[k] ?? 0) + 1;
        return m;
      };
      const nonZero = (list: { code: string; count: number }[]) => Object.fromEntries(list.filter((x) => x.count > 0).map((x) => [x.code, x.count]));
      const { intents } = body;
      expect(intents.total).toBe(rows.length);
      expect(nonZero(intents.byStage)).toEqual(count((i) => [i.stage]));
      expect(nonZero(intents.byIndustry)).toEqual(count((i) => i.industries));
      expect(nonZero(intents.bySource)).toEqual(count((i) => [i.source]));
      expect(nonZero(intents.byLanguage)).toEqual(count((i) => [i.language]));
      // and what that must be, by construction
      expect(nonZero(intents.byStage)).toEqual({ new: 4, contacted: 1, closed: 1 });
      expect(nonZero(intents.bySource)).toEqual({ h5: 5, weapp: 1 });
      expect(nonZero(intents.byLanguage)).toEqual({ ja: 3, en: 2, 'zh-CN': 1 });
      expect(intents.byIndustry[0]).toEqual({ code: 'biomedicine', name: 'Biomedicine', count: 4 });
      expect(intents.byIndustry).toHaveLength(9);
      expect(intents.byWeek).toEqual([
        { week: '2025-03-03', count: 4 },
        { week: '2025-03-10', count: 2 },
      ]);
    });

    it('measures reply-deadline compliance from the first reply of each lead', async () => {
      const { replies } = ((await insights(admin, `?from=${period.from}&to=${period.to}`).expect(200)).body as InsightsResponse).intents;
      expect(replies).toEqual({ leads: 5, onTime: 1, late: 2, missed: 2, waiting: 0, noDeadline: 0, rate: 0.2, overdueNow: 2 });
    });

    it("counts today's unanswered leads as waiting, and the lead desk's overdue ones as overdue now", async () => {
      const fresh = await submit(t, await guestToken(t), buildIntent());
      expect(fresh.status).toBe(201);
      const { replies } = ((await insights(admin, `?from=${today()}&to=${today()}`).expect(200)).body as InsightsResponse).intents;
      // independently: today's leads without a staff message or stage change, by the deadline stored on the row
      const leads = (await t.dataSource.getRepository(IntentEntity).find()).filter((i) => localDay(i.createdAt) === today() && i.mergedIntoId === null);
      const answered = new Set((await t.dataSource.getRepository(IntentEventEntity).find({ where: { actorKind: 'staff' } })).filter((e) => e.kind === 'message' || e.kind === 'stage').map((e) => e.intentId));
      const now = Date.now();
      expect(replies.leads).toBe(leads.length);
      expect(replies.waiting).toBe(leads.filter((i) => !answered.has(i.id) && i.replyDueAt !== null && i.replyDueAt.getTime() > now).length);
      expect(replies.waiting).toBeGreaterThanOrEqual(1);
      expect(replies.overdueNow).toBe(leads.filter((i) => i.replyDueAt !== null && i.replyDueAt.getTime() < now && !['landed', 'closed'].includes(i.stage)).length);
    });

    it("shows staff the statistics of their own leads only, and every search", async () => {
      const staff = await createStaff(t);
      const me = await t.http.get('/api/v1/admin/auth/me').set(bearer(staff.token)).expect(200);
      const none = (await insights(staff.token, `?from=${period.from}&to=${period.to}`).expect(200)).body as InsightsResponse;
      expect(none.scope).toBe('own');
      expect(none.intents.total).toBe(0);
      expect(none.intents.replies.leads).toBe(0);

      const concierge = await t.dataSource.getRepository(ConciergeEntity).findOneByOrFail({ id: (await t.dataSource.getRepository(IntentEntity).findOneByOrFail({ id: ids.A! })).conciergeId! });
      await linkConcierge(t, concierge.id, me.body.id as number);
      const own = (await insights(staff.token, `?from=${period.from}&to=${period.to}`).expect(200)).body as InsightsResponse;
      const mine = (await t.dataSource.getRepository(IntentEntity).findBy({ conciergeId: concierge.id })).filter((i) => localDay(i.createdAt) >= period.from && localDay(i.createdAt) <= period.to);
      expect(own.intents.total).toBe(mine.length);
      expect(own.intents.total).toBeGreaterThan(0);
      expect(own.intents.total).toBeLessThan(6);
      const everything = (await insights(admin, '?from=2024-06-03&to=2024-06-09').expect(200)).body as InsightsResponse;
      const staffView = (await insights(staff.token, '?from=2024-06-03&to=2024-06-09').expect(200)).body as InsightsResponse;
      expect(staffView.searches).toEqual(everything.searches);
      await linkConcierge(t, null, me.body.id as number);
    });
  });

  describe('access and validation', () => {
    it('is for signed-in staff and admins only', async () => {
      await t.http.get('/api/v1/admin/insights').expect(401);
      await insights(await guestToken(t)).expect(401);
      const body = (await insights(admin).expect(200)).body as InsightsResponse;
      // default: the last 30 district days, today included, with the district's today for clients to count from
      expect(body.to).toBe(today());
      expect(body.today).toBe(today());
      expect(body.days).toBe(30);
      // a period in the past still says which day it is in the district
      const past = (await insights(admin, '?from=2024-06-03&to=2024-06-09').expect(200)).body as InsightsResponse;
      expect(past).toMatchObject({ from: '2024-06-03', to: '2024-06-09', today: today() });
    });

    it('refuses a period that ends before it starts, in the caller’s language', async () => {
      const en = await insights(admin, '?from=2025-03-10&to=2025-03-01&lang=en').expect(400);
      expect(en.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'query.to', code: 'too_small', params: { min: '2025-03-10' }, message: 'Must be at least 2025-03-10.' }] });
      const ja = await insights(admin, '?from=2025-03-10&to=2025-03-01').set('accept-language', 'ja').expect(400);
      expect(ja.body.message).toBe('入力内容に誤りがあります。表示された項目をご確認ください。');
      expect(ja.body.details[0].message).toBe('2025-03-10 以上にしてください。');
    });

    it('refuses periods over 366 days, impossible dates and unknown languages', async () => {
      await insights(admin, '?from=2024-01-01&to=2024-12-31').expect(200);
      const long = await insights(admin, '?from=2024-01-01&to=2025-01-01&lang=ja').expect(400);
      expect(long.body.details).toEqual([{ field: 'query.to', code: 'too_big', params: { max: '2024-12-31' }, message: '2024-12-31 以下にしてください。' }]);
      const impossible = await insights(admin, '?from=2025-02-30&lang=en').expect(400);
      expect(impossible.body.details).toEqual([expect.objectContaining({ field: 'query.from', code: 'invalid_format' })]);
      const language = await insights(admin, '?language=fr&lang=en').expect(400);
      expect(language.body.details).toEqual([expect.objectContaining({ field: 'query.language', code: 'invalid_value', message: 'This value is not allowed.' })]);
    });
  });
});
