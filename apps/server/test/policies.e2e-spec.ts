import { PolicyEntity } from '../src/policies/policy.entity';
import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { GOLDEN_QUERIES } from './fixtures/policy-golden-queries';
import { dialects } from './support/databases';
import { createStaff } from './support/factories';
import { buildPolicy, buildTranslation } from './support/policy-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

type Summary = { id: number; title: string; language: string; fallback: boolean; category: { code: string } };

describe.each(dialects())('policy finder (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;
  let keyOf: Map<number, string>;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    const rows = await t.dataSource.getRepository(PolicyEntity).find();
    keyOf = new Map(rows.filter((r) => r.seedKey).map((r) => [r.id, r.seedKey as string]));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);

  describe('search', () => {
    it('seeds at least 40 published policies in three languages', async () => {
      const res = await t.http.get('/api/v1/policies?pageSize=100').expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(40);
    });

    it('answers ten cards a page with the summary cut to a card, and the whole summary in the detail', async () => {
      const res = await t.http.get('/api/v1/policies?lang=ja').expect(200);
      expect(res.body.items).toHaveLength(10);
      expect(res.body.pageSize).toBe(10);
      const details = await Promise.all((res.body.items as { id: number }[]).map((i) => t.http.get(`/api/v1/policies/${i.id}?lang=ja`).expect(200)));
      for (const [i, d] of details.entries()) {
        const card: string = res.body.items[i].summary;
        const whole: string = d.body.summary;
        if (card === whole) continue;
        // cut at a sentence end as is, elsewhere with an ellipsis
        const stem = card.endsWith('…') ? card.slice(0, -1) : card;
        expect(whole.startsWith(stem)).toBe(true);
        expect(stem.length).toBeLessThan(whole.length);
      }
      expect(details.some((d, i) => d.body.summary !== res.body.items[i].summary)).toBe(true);
    });

    it('counts every match of a query and pages through all of them in order, without repeats', async () => {
      const all = await t.http.get('/api/v1/policies').query({ q: 'enterprise', lang: 'en', pageSize: 100 }).expect(200);
      const ids = (all.body.items as Summary[]).map((i) => i.id);
      expect(all.body.total).toBe(ids.length);
      expect(all.body.total).toBeGreaterThan(6);
      const pages: number[] = [];
      for (let page = 1; pages.length < all.body.total; page++) {
        const res = await t.http.get('/api/v1/policies').query({ q: 'enterprise', lang: 'en', pageSize: 3, page }).expect(200);
        // the count an investor sees and infinite scroll rely on the total, on every page
        expect(res.body.total).toBe(all.body.total);
        pages.push(...(res.body.items as Summary[]).map((i) => i.id));
        expect(page).toBeLessThan(100);
      }
      expect(pages).toEqual(ids);
      const past = await t.http.get('/api/v1/policies').query({ q: 'enterprise', lang: 'en', pageSize: 3, page: 99 }).expect(200);
      expect(past.body).toMatchObject({ items: [], total: all.body.total });
    });

    it(`finds what a person expects in the top 5 for the golden queries`, async () => {
      const misses: string[] = [];
      for (const g of GOLDEN_QUERIES) {
        const res = await t.http.get('/api/v1/policies').query({ q: g.q, lang: g.lang, pageSize: 5 }).expect(200);
        const top = (res.body.items as Summary[]).map((i) => keyOf.get(i.id));
        for (const key of g.expect) if (!top.includes(key)) misses.push(`${g.lang} "${g.q}": expected ${key}, got [${top.join(', ')}]`);
      }
      expect(misses).toEqual([]);
      expect(GOLDEN_QUERIES.length).toBeGreaterThanOrEqual(30);
    });

    it('puts 相科贷 first for its own name and finds the credit products for 信贷', async () => {
      const res = await t.http.get('/api/v1/policies').query({ q: '相科贷' }).expect(200);
      expect(res.body.items[0].title).toContain('相科贷');
      const credit = await t.http.get('/api/v1/policies').query({ q: '信贷', pageSize: 4 }).expect(200);
      expect((credit.body.items as Summary[]).map((i) => i.category.code)).toEqual(['finance', 'finance', 'finance', 'finance']);
    });

    it('answers a repeated search from memory, gzipped for clients that accept it, with the same content', async () => {
      const url = '/api/v1/policies?q=%E4%BA%BA%E6%89%8D&lang=en&pageSize=3';
      const first = await t.http.get(url).expect(200);
      const second = await t.http.get(url).set('accept-encoding', 'gzip').expect(200);
      expect(second.headers['x-answer-cache']).toBe('hit');
      expect(second.headers['content-encoding']).toBe('gzip');
      expect(second.body).toEqual(first.body);
      const otherLanguage = await t.http.get(url.replace('lang=en', 'lang=ja')).expect(200);
      expect(otherLanguage.body.language).toBe('ja');
    });

    it('answers a query with no match with an empty page', async () => {
      const res = await t.http.get('/api/v1/policies').query({ q: '量子引力波望远镜', lang: 'en' }).expect(200);
      expect(res.body).toMatchObject({ items: [], total: 0, language: 'en' });
    });

    it('filters by category, industry and validity, and sorts by newest', async () => {
      const finance = await t.http.get('/api/v1/policies').query({ category: 'finance', pageSize: 100 }).expect(200);
      expect(finance.body.total).toBeGreaterThanOrEqual(4);
      expect((finance.body.items as Summary[]).every((i) => i.category.code === 'finance')).toBe(true);
      const bio = await t.http.get('/api/v1/policies').query({ industry: 'biomedicine', pageSize: 100 }).expect(200);
      for (const i of bio.body.items as { industries: { code: string }[] }[]) {
        expect(i.industries.length === 0 || i.industries.some((x) => x.code === 'biomedicine')).toBe(true);
      }
      const all = await t.http.get('/api/v1/policies').query({ pageSize: 100 }).expect(200);
      const validNow = await t.http.get('/api/v1/policies').query({ validOn: '2026-01-01', pageSize: 100 }).expect(200);
      expect(validNow.body.total).toBeLessThan(all.body.total);
      for (const i of validNow.body.items as { validFrom: string | null; validUntil: string | null }[]) {
        expect(!i.validUntil || i.validUntil >= '2026-01-01').toBe(true);
      }
      const newest = await t.http.get('/api/v1/policies').query({ sort: 'newest', pageSize: 100 }).expect(200);
      const dates = (newest.body.items as { publishedAt: string }[]).map((i) => i.publishedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('refuses bad parameters in the caller language', async () => {
      const res = await t.http.get('/api/v1/policies').query({ category: 'spaceships', pageSize: 101, lang: 'ja' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'query.pageSize', code: 'too_big', message: '100 以下にしてください。' })]));
      const unknown = await t.http.get('/api/v1/policies').query({ category: 'spaceships', lang: 'en' }).expect(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'query.category', code: 'invalid_value', message: 'This value is not allowed.' })]);
    });
  });

  describe('detail and fallback', () => {
    it('answers the requested language at the top level, and says when it fell back', async () => {
      const list = await t.http.get('/api/v1/policies').query({ q: '相科贷', lang: 'ja' }).expect(200);
      const id = (list.body.items as Summary[])[0]?.id;
      const ja = await t.http.get(`/api/v1/policies/${id}?lang=ja`).expect(200);
      expect(ja.body).toMatchObject({ id, language: 'ja', fallback: false });
      expect(ja.body.title).toMatch(/相科貸|相科贷/);
      expect(ja.body.eligibilityText.length).toBeGreaterThan(0);
      expect(Array.isArray(ja.body.applySteps)).toBe(true);

      const rows = await t.dataSource.query("SELECT policy_id FROM policy_translation WHERE language = 'ja' AND title = ''");
      expect(rows.length).toBeGreaterThan(0);
      const missing = Number(rows[0].policy_id);
      const fallback = await t.http.get(`/api/v1/policies/${missing}?lang=ja`).expect(200);
      expect(fallback.body.fallback).toBe(true);
      expect(['en', 'zh-CN']).toContain(fallback.body.language);
      expect(fallback.body.title.length).toBeGreaterThan(0);
    });

    it('404s drafts, unknown ids, and refuses a malformed id', async () => {
      const draft = await t.http.post('/api/v1/admin/policies').set(bearer(admin)).send(buildPolicy()).expect(201);
      expect((await t.http.get(`/api/v1/policies/${draft.body.id}`).expect(404)).body.code).toBe('NOT_FOUND');
      await t.http.get('/api/v1/policies/99999999').expect(404);
      expect((await t.http.get('/api/v1/policies/abc').expect(400)).body.details[0].field).toBe('params');
    });
  });

  describe('matching', () => {
    it('ranks what a foreign-invested biomedicine company qualifies for, with the reasons', async () => {
      const res = await t.http
        .post('/api/v1/policies/match?lang=en')
        .send({ industry: 'biomedicine', enterpriseType: 'foreign_invested', size: 'medium', companyAgeYears: 3, highTech: true, rndSpendingPercent: 8, rndStaffPercent: 25 })
        .expect(200);
      expect(res.body.total).toBeGreaterThan(0);
      const first = res.body.items[0];
      expect(first.qualifies).toBe(true);
      expect(first.met.length).toBeGreaterThan(0);
      for (const item of res.body.items as { qualifies: boolean; unmet: unknown[] }[]) expect(item.qualifies).toBe(item.unmet.length === 0);
      const qualifying = (res.body.items as { qualifies: boolean }[]).filter((i) => i.qualifies);
      expect(res.body.items.slice(0, qualifying.length).every((i: { qualifies: boolean }) => i.qualifies)).toBe(true);
      const foreignOnly = (res.body.items as { met: { criterion: string; text: string }[] }[]).find((i) => i.met.some((m) => m.criterion === 'enterpriseType'));
      expect(foreignOnly?.met.find((m) => m.criterion === 'enterpriseType')?.text).toMatch(/^Enterprise type: .*Foreign-invested enterprise/);
    });

    it('says what is unknown when the profile does not tell, and what is unmet when it does', async () => {
      const unknown = await t.http.post('/api/v1/policies/match?lang=ja').send({}).expect(200);
      const highTech = (unknown.body.items as { unknown: { criterion: string; text: string }[] }[]).find((i) => i.unknown.some((u) => u.criterion === 'highTech'));
      expect(highTech?.unknown.find((u) => u.criterion === 'highTech')?.text).toBe('ハイテク企業の認定が必要です');
      const notHighTech = await t.http.post('/api/v1/policies/match').send({ highTech: false }).expect(200);
      for (const item of notHighTech.body.items as { qualifies: boolean; unmet: { criterion: string }[]; met: { criterion: string }[] }[]) {
        expect(item.met.some((m) => m.criterion === 'highTech')).toBe(false);
        if (item.unmet.some((u) => u.criterion === 'highTech')) expect(item.qualifies).toBe(false);
      }
    });

    it('pages the ranking: later pages continue it without repeats, and a bad page size is refused', async () => {
      const profile = { enterpriseType: 'foreign_invested' };
      const whole = await t.http.post('/api/v1/policies/match?lang=en&pageSize=10').send(profile).expect(200);
      expect(whole.body).toMatchObject({ page: 1, pageSize: 10 });
      expect(whole.body.total).toBeGreaterThan(10);
      const first = await t.http.post('/api/v1/policies/match?lang=en&pageSize=5').send(profile).expect(200);
      const second = await t.http.post('/api/v1/policies/match?lang=en&pageSize=5&page=2').send(profile).expect(200);
      const ids = (body: { items: { policy: { id: number } }[] }) => body.items.map((i) => i.policy.id);
      expect([...ids(first.body), ...ids(second.body)]).toEqual(ids(whole.body));
      expect(second.body.total).toBe(whole.body.total);
      const defaults = await t.http.post('/api/v1/policies/match').send(profile).expect(200);
      expect(defaults.body.items).toHaveLength(Math.min(20, whole.body.total));
      const bad = await t.http.post('/api/v1/policies/match?lang=ja&pageSize=51').send(profile).expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'query.pageSize', code: 'too_big' })]);
    });

    it('refuses impossible profiles field by field', async () => {
      const res = await t.http.post('/api/v1/policies/match?lang=zh-CN').send({ rndStaffPercent: 150, companyAgeYears: -1, industry: 'alchemy', shoeSize: 42 }).expect(400);
      const fields = (res.body.details as { field: string; code: string }[]).map((d) => `${d.field}:${d.code}`).sort();
      expect(fields).toEqual(expect.arrayContaining(['rndStaffPercent:too_big', 'companyAgeYears:too_small']));
      expect(fields.some((f) => f.endsWith('unknown_field'))).toBe(true);
      const codes = await t.http.post('/api/v1/policies/match').send({ industry: 'alchemy' }).expect(400);
      expect(codes.body.details).toEqual([expect.objectContaining({ field: 'industry', code: 'invalid_value' })]);
    });
  });

  describe('editing', () => {
    it('publishing needs the Chinese title, summary, body and department, named', async () => {
      const draft = await t.http
        .post('/api/v1/admin/policies')
        .set(bearer(admin))
        .send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ title: '', body: '' }), en: buildTranslation() } }))
        .expect(201);
      const res = await t.http.post(`/api/v1/admin/policies/${draft.body.id}/publish?lang=en`).set(bearer(admin)).send({}).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['translations.zh-CN.body', 'translations.zh-CN.title']);
      expect(res.body.details[0].message).toBe('This field is required.');
    });

    it('an edit of a published policy goes public only when published, and search follows at once', async () => {
      const created = await t.http
        .post('/api/v1/admin/policies')
        .set(bearer(admin))
        .send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ title: '翡翠湖畔人工智能专项奖励' }), en: buildTranslation({ title: 'Emerald lake AI reward' }) } }))
        .expect(201);
      const id = created.body.id as number;
      const published = await t.http.post(`/api/v1/admin/policies/${id}/publish`).set(bearer(admin)).send({ version: created.body.version }).expect(200);
      expect((await t.http.get('/api/v1/policies').query({ q: '翡翠湖畔' }).expect(200)).body.items[0].id).toBe(id);

      const current = (await t.http.get(`/api/v1/admin/policies/${id}`).set(bearer(admin)).expect(200)).body;
      const edited = { ...current, translations: { ...current.translations, en: { ...current.translations.en, title: 'Emerald lake AI reward, 2026 edition' } } };
      const { id: _id, status: _s, translationStatus: _ts, createdAt: _c, updatedAt: _u, publishedAt: _p, updatedBy: _b, ...body } = edited;
      void [_id, _s, _ts, _c, _u, _p, _b];
      const saved = await t.http.put(`/api/v1/admin/policies/${id}`).set(bearer(admin)).send(body).expect(200);
      expect(saved.body.version).toBe(published.body.version + 1);
      expect((await t.http.get(`/api/v1/policies/${id}?lang=en`).expect(200)).body.title).toBe('Emerald lake AI reward');
      await t.http.post(`/api/v1/admin/policies/${id}/publish`).set(bearer(admin)).send({ version: saved.body.version }).expect(200);
      expect((await t.http.get(`/api/v1/policies/${id}?lang=en`).expect(200)).body.title).toBe('Emerald lake AI reward, 2026 edition');
      expect((await t.http.get('/api/v1/policies').query({ q: '2026 edition', lang: 'en' }).expect(200)).body.items[0].id).toBe(id);

      await t.http.post(`/api/v1/admin/policies/${id}/archive`).set(bearer(admin)).send({}).expect(200);
      await t.http.get(`/api/v1/policies/${id}`).expect(404);
      expect((await t.http.get('/api/v1/policies').query({ q: '翡翠湖畔' }).expect(200)).body.total).toBe(0);
      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ targetType: 'policy', targetId: String(id) });
      expect(audit.map((a) => a.action).sort()).toEqual(['policy.archive', 'policy.create', 'policy.publish', 'policy.publish', 'policy.update']);
      expect(audit.every((a) => a.actorName === 'admin')).toBe(true);
    });

    it('refuses the second of two concurrent saves instead of overwriting', async () => {
      const other = await createStaff(t, { role: 'admin' });
      const created = await t.http.post('/api/v1/admin/policies').set(bearer(admin)).send(buildPolicy()).expect(201);
      const id = created.body.id as number;
      const input = { ...buildPolicy(), version: created.body.version };
      await t.http.put(`/api/v1/admin/policies/${id}`).set(bearer(admin)).send(input).expect(200);
      const second = await t.http.put(`/api/v1/admin/policies/${id}?lang=ja`).set(bearer(other.token)).send(input).expect(409);
      expect(second.body).toMatchObject({ code: 'CONFLICT', message: '他のユーザーが先に変更しました。再読み込みしてからやり直してください。' });
      const stale = await t.http.post(`/api/v1/admin/policies/${id}/publish`).set(bearer(other.token)).send({ version: created.body.version }).expect(409);
      expect(stale.body.code).toBe('CONFLICT');
    });

    it('keeps every save as a version that can be read and restored', async () => {
      const created = await t.http
        .post('/api/v1/admin/policies')
        .set(bearer(admin))
        .send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ title: '第一版标题' }) } }))
        .expect(201);
      const id = created.body.id as number;
      const v2 = await t.http
        .put(`/api/v1/admin/policies/${id}`)
        .set(bearer(admin))
        .send({ ...buildPolicy({ translations: { 'zh-CN': buildTranslation({ title: '第二版标题' }) } }), version: 1 })
        .expect(200);
      const versions = await t.http.get(`/api/v1/admin/policies/${id}/versions`).set(bearer(admin)).expect(200);
      expect(versions.body.items.map((v: { version: number; action: string }) => `${v.version}:${v.action}`)).toEqual(['2:update', '1:create']);
      const first = await t.http.get(`/api/v1/admin/policies/${id}/versions/1`).set(bearer(admin)).expect(200);
      expect(first.body.snapshot.translations['zh-CN'].title).toBe('第一版标题');
      const restored = await t.http.post(`/api/v1/admin/policies/${id}/versions/1/restore`).set(bearer(admin)).send({ version: v2.body.version }).expect(200);
      expect(restored.body).toMatchObject({ version: 3, translations: { 'zh-CN': { title: '第一版标题' } } });
      expect((await t.http.get(`/api/v1/admin/policies/${id}/versions`).set(bearer(admin)).expect(200)).body.items[0]).toMatchObject({ version: 3, action: 'restore', actorName: 'admin' });
    });

    it('sanitizes rich text on the server before anyone can read it', async () => {
      const evil = '<p onclick="steal()">安全</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><svg onload="alert(1)"><circle/></svg><img src=x onerror=alert(1)>';
      const created = await t.http.post('/api/v1/admin/policies').set(bearer(admin)).send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ body: evil }) } })).expect(201);
      expect(created.body.translations['zh-CN'].body).toBe('<p>安全</p><a rel="noopener noreferrer nofollow">x</a>');
      await t.http.post(`/api/v1/admin/policies/${created.body.id}/publish`).set(bearer(admin)).send({}).expect(200);
      const pub = await t.http.get(`/api/v1/policies/${created.body.id}`).expect(200);
      expect(pub.body.body).not.toMatch(/script|onclick|javascript:|svg|onerror/i);
    });

    it('lets staff read but only admins write, and needs a sign-in', async () => {
      const staff = await createStaff(t);
      const list = await t.http.get('/api/v1/admin/policies?translation=missing').set(bearer(staff.token)).expect(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      expect(list.body.items.every((i: { translationStatus: Record<string, string> }) => Object.values(i.translationStatus).includes('missing'))).toBe(true);
      const id = list.body.items[0].id as number;
      await t.http.get(`/api/v1/admin/policies/${id}`).set(bearer(staff.token)).expect(200);
      await t.http.get(`/api/v1/admin/policies/${id}/versions`).set(bearer(staff.token)).expect(200);
      const denied = [
        t.http.post('/api/v1/admin/policies').set(bearer(staff.token)).send(buildPolicy()),
        t.http.put(`/api/v1/admin/policies/${id}`).set(bearer(staff.token)).send({ ...buildPolicy(), version: 1 }),
        t.http.post(`/api/v1/admin/policies/${id}/publish`).set(bearer(staff.token)).send({}),
        t.http.post(`/api/v1/admin/policies/${id}/archive`).set(bearer(staff.token)).send({}),
        t.http.post(`/api/v1/admin/policies/${id}/versions/1/restore`).set(bearer(staff.token)).send({ version: 1 }),
      ];
      for (const res of await Promise.all(denied)) expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      await t.http.get('/api/v1/admin/policies').expect(401);
      const search = await t.http.get('/api/v1/admin/policies').query({ q: '相科贷' }).set(bearer(staff.token)).expect(200);
      expect(search.body.items[0].titles['zh-CN']).toContain('相科贷');
    });

    it('keeps long bodies whole in every language (beyond a 64 KB TEXT column)', async () => {
      const long = (ch: string) => `<p>${ch.repeat(30_000)}</p>`;
      const created = await t.http
        .post('/api/v1/admin/policies')
        .set(bearer(admin))
        .send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ body: long('政') }), en: buildTranslation({ body: long('e') }), ja: buildTranslation({ body: long('策') }) } }))
        .expect(201);
      await t.http.post(`/api/v1/admin/policies/${created.body.id}/publish`).set(bearer(admin)).send({}).expect(200);
      const ja = await t.http.get(`/api/v1/policies/${created.body.id}?lang=ja`).expect(200);
      expect(ja.body.body).toBe(long('策'));
      const version = await t.http.get(`/api/v1/admin/policies/${created.body.id}/versions/2`).set(bearer(admin)).expect(200);
      expect(version.body.snapshot.translations['zh-CN'].body).toBe(long('政'));
    });

    it('refuses unknown reference codes when saving', async () => {
      const res = await t.http.post('/api/v1/admin/policies?lang=en').set(bearer(admin)).send(buildPolicy({ category: 'magic', industries: ['rnd', 'alchemy'] })).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['category', 'industries.1']);
    });
  });
});
