import type { AdminGuideTree, GuideTree } from '@zhaoshang/contracts';
import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { seed } from '../src/database/seed/seed';
import { GuideEvents } from '../src/guide/guide-events';
import { GuidePageEntity } from '../src/guide/guide-page.entity';
import { dialects } from './support/databases';
import { createStaff } from './support/factories';
import { buildGuidePage, buildGuideStep, buildGuideTranslation } from './support/guide-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

type Detail = { slug: string; kind: string; title: string; language: string; fallback: boolean; body: string; steps: { title: string; office: string; documents: string[]; duration: string; links: { title: string; url: string }[] }[]; faqs: { question: string; answer: string }[] };

describe.each(dialects())('investment guide (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const adminTree = async () => (await t.http.get('/api/v1/admin/guide').set(bearer(admin)).expect(200)).body as AdminGuideTree;
  const sectionId = async (slug: string) => {
    const found = (await adminTree()).sections.find((s) => s.slug === slug);
    if (!found) throw new Error(`no section ${slug}`);
    return found.id;
  };
  /** creates and publishes a node, answering its working copy */
  const published = async (body: ReturnType<typeof buildGuidePage>) => {
    const created = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(body).expect(201);
    return (await t.http.post(`/api/v1/admin/guide/${created.body.id}/publish`).set(bearer(admin)).send({ version: created.body.version }).expect(200)).body as { id: number; version: number; slug: string };
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);

  describe('reading', () => {
    it('serves the seeded tree in order, in the requested language, with the language used', async () => {
      const ja = (await t.http.get('/api/v1/guide?lang=ja').expect(200)).body as GuideTree;
      expect(ja.language).toBe('ja');
      expect(ja.sections.map((s) => s.slug)).toEqual(['district-at-a-glance', 'location-and-transport', 'industries', 'carriers', 'living', 'procedures', 'faq']);
      expect(ja.sections.every((s) => s.language === 'ja' && !s.fallback)).toBe(true);
      const transport = ja.sections[1];
      expect(transport?.title).toBe('立地と交通');
      expect(transport?.pages.map((p) => p.title)).toEqual(['蘇州北駅', '軌道交通計画']);
      const procedures = ja.sections.find((s) => s.slug === 'procedures');
      expect(procedures?.pages.map((p) => [p.slug, p.kind, p.sample])).toEqual([
        ['set-up-a-foreign-invested-company', 'procedure', true],
        ['land-acquisition', 'procedure', true],
        ['project-approval', 'procedure', true],
      ]);
      expect(procedures?.pages.every((p) => p.count >= 4)).toBe(true);
      const en = (await t.http.get('/api/v1/guide').set('accept-language', 'en-US,en;q=0.9').expect(200)).body as GuideTree;
      expect(en.language).toBe('en');
      expect(en.sections.find((s) => s.slug === 'industries')?.title).toBe('The "3+6" industries');
    });

    it('answers an article, a procedure with its steps, a section with its pages and the FAQ', async () => {
      const station = (await t.http.get('/api/v1/guide/suzhou-north-station?lang=ja').expect(200)).body;
      expect(station).toMatchObject({ slug: 'suzhou-north-station', kind: 'article', title: '蘇州北駅', language: 'ja', fallback: false, sample: false, section: { slug: 'location-and-transport', title: '立地と交通' }, previous: null, next: { slug: 'metro-plan', kind: 'article' } });
      expect(station.body).toContain('<p>');
      const metro = (await t.http.get('/api/v1/guide/metro-plan?lang=en').expect(200)).body;
      expect(metro.body).toContain('15 metro lines');
      expect(metro.body).toContain('316.4 km');
      expect(metro.previous).toEqual({ slug: 'suzhou-north-station', title: 'Suzhou North Railway Station', kind: 'article' });

      const company = (await t.http.get('/api/v1/guide/set-up-a-foreign-invested-company?lang=en').expect(200)).body as Detail;
      expect(company.kind).toBe('procedure');
      expect(company.steps.length).toBeGreaterThanOrEqual(4);
      const registration = company.steps[1];
      expect(registration?.office).toContain('(sample)');
      expect(registration?.documents.length).toBeGreaterThan(0);
      expect(registration?.duration).not.toBe('');
      expect(registration?.links[0]?.url).toMatch(/^https:\/\/example\.com\//);
      expect(company.faqs).toEqual([]);

      const section = (await t.http.get('/api/v1/guide/carriers?lang=zh-CN').expect(200)).body;
      expect(section.kind).toBe('section');
      expect(section.pages.map((p: { slug: string }) => p.slug)).toEqual(['china-japan-zone', 'international-rnd-communities']);
      expect(section.section).toBeNull();

      const faq = (await t.http.get('/api/v1/guide/investor-faq?lang=ja').expect(200)).body as Detail;
      expect(faq.faqs.length).toBeGreaterThanOrEqual(8);
      expect(faq.faqs.some((f) => f.answer.includes('316.4'))).toBe(true);
    });

    it('404s unknown and unpublished pages in the caller language, and refuses a malformed slug', async () => {
      const ja = await t.http.get('/api/v1/guide/no-such-page?lang=ja').expect(404);
      expect(ja.body).toMatchObject({ code: 'NOT_FOUND', message: 'お探しの内容が見つかりません。' });
      const draft = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ parentId: await sectionId('living') })).expect(201);
      expect((await t.http.get(`/api/v1/guide/${draft.body.slug}?lang=en`).expect(404)).body.message).toBe('The requested item was not found.');
      const bad = await t.http.get('/api/v1/guide/Not%20A%20Slug?lang=en').expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'params', code: 'invalid_format' });
    });

    it('falls back ja → en → zh-CN per page, and says so', async () => {
      const living = await sectionId('living');
      const enOnly = await published(buildGuidePage({ parentId: living, translations: { 'zh-CN': buildGuideTranslation({ title: '只有中英文' }), en: buildGuideTranslation({ title: 'Chinese and English only' }) } }));
      const ja = (await t.http.get(`/api/v1/guide/${enOnly.slug}?lang=ja`).expect(200)).body;
      expect(ja).toMatchObject({ title: 'Chinese and English only', language: 'en', fallback: true });
      const zhOnly = await published(buildGuidePage({ parentId: living, translations: { 'zh-CN': buildGuideTranslation({ title: '只有中文' }) } }));
      expect((await t.http.get(`/api/v1/guide/${zhOnly.slug}?lang=ja`).expect(200)).body).toMatchObject({ title: '只有中文', language: 'zh-CN', fallback: true });
      const tree = (await t.http.get('/api/v1/guide?lang=en').expect(200)).body as GuideTree;
      const pages = tree.sections.find((s) => s.slug === 'living')?.pages ?? [];
      expect(pages.find((p) => p.slug === zhOnly.slug)).toMatchObject({ language: 'zh-CN', fallback: true });
      expect(pages.find((p) => p.slug === enOnly.slug)).toMatchObject({ language: 'en', fallback: false });
    });
  });

  describe('FAQ search', () => {
    const search = (q: string, lang: string) => t.http.get('/api/v1/guide/faq/search').query({ q, lang });

    it('finds entries with the policy search segmentation, in each language', async () => {
      const zh = (await search('地铁规划', 'zh-CN').expect(200)).body;
      expect(zh).toMatchObject({ q: '地铁规划', language: 'zh-CN' });
      expect(zh.items[0].question).toContain('地铁');
      expect(zh.items[0]).toMatchObject({ page: { slug: 'investor-faq' }, language: 'zh-CN', fallback: false });
      const ja = (await search('容積率', 'ja').expect(200)).body;
      expect(ja.items[0].question).toContain('容積率');
      const en = (await search('international schools', 'en').expect(200)).body;
      expect(en.items[0].answer).toContain('30 international schools');
      expect(en.total).toBeGreaterThanOrEqual(1);
      // one character still finds something, and a question typed in another language too
      expect((await search('駅', 'ja').expect(200)).body.items[0].question).toContain('蘇州北駅');
      const crossed = (await search('metro', 'ja').expect(200)).body;
      expect(crossed.items[0]).toMatchObject({ language: 'ja' });
      expect(crossed.items[0].question).toContain('地下鉄');
    });

    it('answers a search with no match with nothing, and refuses an empty one in the caller language', async () => {
      expect((await search('量子引力波望远镜', 'zh-CN').expect(200)).body).toMatchObject({ items: [], total: 0 });
      const res = await t.http.get('/api/v1/guide/faq/search?lang=ja').expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: '入力内容に誤りがあります。表示された項目をご確認ください。' });
      expect(res.body.details[0]).toMatchObject({ field: 'query.q', code: 'required', message: '必須項目です。' });
    });

    it('reports views and searches to GuideEvents without anything personal', async () => {
      const events: unknown[][] = [];
      const stop = t.app.get(GuideEvents).listen({ viewed: (...args) => events.push(['viewed', ...args]), searched: (...args) => events.push(['searched', ...args]) });
      await t.http.get('/api/v1/guide/metro-plan?lang=ja').expect(200);
      await t.http.get('/api/v1/guide/faq/search').query({ q: 'zzqxw', lang: 'en' }).expect(200);
      await t.http.get('/api/v1/guide/faq/search').query({ q: '地铁', lang: 'zh-CN' }).expect(200);
      await t.http.get('/api/v1/guide/no-such-page').expect(404);
      stop();
      await t.http.get('/api/v1/guide/metro-plan').expect(200);
      expect(events).toEqual([
        ['viewed', 'metro-plan', 'ja'],
        ['searched', 'zzqxw', 'en', 0],
        ['searched', '地铁', 'zh-CN', expect.any(Number)],
      ]);
      expect((events[2] as [string, string, string, number])[3]).toBeGreaterThan(0);
    });
  });

  describe('editing', () => {
    it('creates sections and pages in place and refuses bad slugs, parents and kinds field by field', async () => {
      const section = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ kind: 'section', slug: 'e2e-section' })).expect(201);
      expect(section.body).toMatchObject({ kind: 'section', slug: 'e2e-section', parentId: null, status: 'draft', version: 1 });
      const page = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ slug: 'e2e-page', parentId: section.body.id })).expect(201);
      expect(page.body.parentId).toBe(section.body.id);
      const tree = await adminTree();
      expect(tree.sections.at(-1)).toMatchObject({ slug: 'e2e-section', pages: [expect.objectContaining({ slug: 'e2e-page', status: 'draft', publishedVersion: null })] });

      const taken = await t.http.post('/api/v1/admin/guide?lang=en').set(bearer(admin)).send(buildGuidePage({ slug: 'metro-plan', parentId: section.body.id })).expect(400);
      expect(taken.body.details).toEqual([expect.objectContaining({ field: 'slug', code: 'duplicate' })]);
      const malformed = await t.http.post('/api/v1/admin/guide?lang=ja').set(bearer(admin)).send(buildGuidePage({ slug: 'Not a slug', parentId: section.body.id })).expect(400);
      expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'slug', code: 'invalid_format', message: '形式が正しくありません。' })]);
      const orphan = await t.http.post('/api/v1/admin/guide?lang=en').set(bearer(admin)).send(buildGuidePage({ parentId: null })).expect(400);
      expect(orphan.body.details).toEqual([expect.objectContaining({ field: 'parentId', code: 'required', message: 'This field is required.' })]);
      const inPage = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ parentId: page.body.id })).expect(400);
      expect(inPage.body.details).toEqual([expect.objectContaining({ field: 'parentId', code: 'invalid_value' })]);
      const nested = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ kind: 'section', parentId: section.body.id })).expect(400);
      expect(nested.body.details).toEqual([expect.objectContaining({ field: 'parentId', code: 'invalid_value' })]);
      const kind = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send({ ...buildGuidePage({ parentId: section.body.id }), kind: 'video' }).expect(400);
      expect(kind.body.details[0]).toMatchObject({ field: 'kind', code: 'invalid_value' });
      expect((await adminTree()).sections.at(-1)?.pages).toHaveLength(1);
    });

    it('publishing needs the Chinese title and summary and what the kind is made of, named', async () => {
      const parentId = await sectionId('procedures');
      const procedure = await t.http
        .post('/api/v1/admin/guide')
        .set(bearer(admin))
        .send(buildGuidePage({ kind: 'procedure', parentId, translations: { 'zh-CN': buildGuideTranslation({ summary: '', steps: [] }), en: buildGuideTranslation() } }))
        .expect(201);
      const res = await t.http.post(`/api/v1/admin/guide/${procedure.body.id}/publish?lang=ja`).set(bearer(admin)).send({}).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['translations.zh-CN.steps', 'translations.zh-CN.summary']);
      expect(res.body.details[0].message).toBe('必須項目です。');
      const untitledStep = await t.http
        .put(`/api/v1/admin/guide/${procedure.body.id}`)
        .set(bearer(admin))
        .send({ version: procedure.body.version, translations: { 'zh-CN': buildGuideTranslation({ steps: [buildGuideStep({ title: '' })] }) } })
        .expect(200);
      const stepIssue = await t.http.post(`/api/v1/admin/guide/${procedure.body.id}/publish?lang=en`).set(bearer(admin)).send({ version: untitledStep.body.version }).expect(400);
      expect(stepIssue.body.details).toEqual([expect.objectContaining({ field: 'translations.zh-CN.steps.0.title', code: 'required', message: 'This field is required.' })]);

      const faq = await t.http
        .post('/api/v1/admin/guide')
        .set(bearer(admin))
        .send(buildGuidePage({ kind: 'faq', parentId: await sectionId('faq'), translations: { 'zh-CN': buildGuideTranslation({ faqs: [{ question: '问题？', answer: '' }] }) } }))
        .expect(201);
      const faqIssue = await t.http.post(`/api/v1/admin/guide/${faq.body.id}/publish`).set(bearer(admin)).send({}).expect(400);
      expect(faqIssue.body.details.map((d: { field: string }) => d.field)).toEqual(['translations.zh-CN.faqs.0.answer']);
      // only the kind's own list is kept: an article stores no steps or entries
      const articleBody = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ parentId })).expect(201);
      expect(articleBody.body.translations['zh-CN']).toMatchObject({ steps: [], faqs: [] });
    });

    it('an edit of a published page goes public only when published; archiving withdraws it', async () => {
      const parentId = await sectionId('carriers');
      const page = await published(buildGuidePage({ parentId, translations: { 'zh-CN': buildGuideTranslation({ title: '翡翠湖畔研发社区' }), en: buildGuideTranslation({ title: 'Emerald lake R&D community' }) } }));
      const current = (await t.http.get(`/api/v1/admin/guide/${page.id}`).set(bearer(admin)).expect(200)).body;
      const saved = await t.http
        .put(`/api/v1/admin/guide/${page.id}`)
        .set(bearer(admin))
        .send({ version: current.version, sample: true, translations: { ...current.translations, en: { ...current.translations.en, title: 'Emerald lake R&D community, 2026' } } })
        .expect(200);
      expect(saved.body.version).toBe(page.version + 1);
      expect((await t.http.get(`/api/v1/guide/${page.slug}?lang=en`).expect(200)).body).toMatchObject({ title: 'Emerald lake R&D community', sample: false });
      await t.http.post(`/api/v1/admin/guide/${page.id}/publish`).set(bearer(admin)).send({ version: saved.body.version }).expect(200);
      expect((await t.http.get(`/api/v1/guide/${page.slug}?lang=en`).expect(200)).body).toMatchObject({ title: 'Emerald lake R&D community, 2026', sample: true });

      await t.http.post(`/api/v1/admin/guide/${page.id}/archive`).set(bearer(admin)).send({}).expect(200);
      await t.http.get(`/api/v1/guide/${page.slug}`).expect(404);
      const tree = (await t.http.get('/api/v1/guide').expect(200)).body as GuideTree;
      expect(tree.sections.flatMap((s) => s.pages).some((p) => p.slug === page.slug)).toBe(false);
      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ targetType: 'guide_page', targetId: String(page.id) });
      expect(audit.map((a) => a.action).sort()).toEqual(['guide_page.archive', 'guide_page.create', 'guide_page.publish', 'guide_page.publish', 'guide_page.update']);
      expect(audit.every((a) => a.actorName === 'admin')).toBe(true);
    });

    it("hides a section's pages while the section is not published", async () => {
      const section = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ kind: 'section' })).expect(201);
      const page = await published(buildGuidePage({ parentId: section.body.id }));
      await t.http.get(`/api/v1/guide/${page.slug}`).expect(404);
      await t.http.post(`/api/v1/admin/guide/${section.body.id}/publish`).set(bearer(admin)).send({}).expect(200);
      expect((await t.http.get(`/api/v1/guide/${page.slug}`).expect(200)).body.section.slug).toBe(section.body.slug);
    });

    it('refuses the second of two concurrent saves instead of overwriting', async () => {
      const other = await createStaff(t, { role: 'admin' });
      const created = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ parentId: await sectionId('living') })).expect(201);
      const id = created.body.id as number;
      const input = { version: created.body.version, translations: { 'zh-CN': buildGuideTranslation({ title: '第一位编辑' }) } };
      await t.http.put(`/api/v1/admin/guide/${id}`).set(bearer(admin)).send(input).expect(200);
      const second = await t.http.put(`/api/v1/admin/guide/${id}?lang=ja`).set(bearer(other.token)).send({ ...input, translations: { 'zh-CN': buildGuideTranslation({ title: '第二位编辑' }) } }).expect(409);
      expect(second.body).toMatchObject({ code: 'CONFLICT', message: '他のユーザーが先に変更しました。再読み込みしてからやり直してください。' });
      const en = await t.http.post(`/api/v1/admin/guide/${id}/publish?lang=en`).set(bearer(other.token)).send({ version: created.body.version }).expect(409);
      expect(en.body.message).toBe('Someone else changed this in the meantime. Reload and try again.');
      expect((await t.http.get(`/api/v1/admin/guide/${id}`).set(bearer(admin)).expect(200)).body.translations['zh-CN'].title).toBe('第一位编辑');
    });

    it('keeps every save as a version that can be compared and restored', async () => {
      const created = await t.http.post('/api/v1/admin/guide').set(bearer(admin)).send(buildGuidePage({ parentId: await sectionId('living'), translations: { 'zh-CN': buildGuideTranslation({ title: '第一版' }) } })).expect(201);
      const id = created.body.id as number;
      const v2 = await t.http.put(`/api/v1/admin/guide/${id}`).set(bearer(admin)).send({ version: 1, translations: { 'zh-CN': buildGuideTranslation({ title: '第二版' }) } }).expect(200);
      const versions = await t.http.get(`/api/v1/admin/guide/${id}/versions`).set(bearer(admin)).expect(200);
      expect(versions.body.items.map((v: { version: number; action: string }) => `${v.version}:${v.action}`)).toEqual(['2:update', '1:create']);
      const first = await t.http.get(`/api/v1/admin/guide/${id}/versions/1`).set(bearer(admin)).expect(200);
      expect(first.body.snapshot.translations['zh-CN'].title).toBe('第一版');
      const restored = await t.http.post(`/api/v1/admin/guide/${id}/versions/1/restore`).set(bearer(admin)).send({ version: v2.body.version }).expect(200);
      expect(restored.body).toMatchObject({ version: 3, slug: created.body.slug, translations: { 'zh-CN': { title: '第一版' } } });
      expect((await t.http.get(`/api/v1/admin/guide/${id}/versions`).set(bearer(admin)).expect(200)).body.items[0]).toMatchObject({ version: 3, action: 'restore', actorName: 'admin' });
      await t.http.get(`/api/v1/admin/guide/${id}/versions/99`).set(bearer(admin)).expect(404);
      await t.http.post(`/api/v1/admin/guide/${id}/versions/1/restore`).set(bearer(admin)).send({ version: 2 }).expect(409);
    });

    it('sanitizes rich text on the server: scripts, event handlers, javascript: links, SVG payloads', async () => {
      const evil =
        '<p onclick="steal()" onmouseover="x()">安全</p><script>alert(1)</script><SCRIPT SRC=//x.example/x.js></SCRIPT>' +
        '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="data:text/html;base64,PHNjcmlwdD4=">c</a>' +
        '<svg onload="alert(1)"><script>alert(2)</script></svg><svg><a xlink:href="javascript:alert(3)"><text>x</text></a></svg>' +
        '<img src=x onerror=alert(4)><iframe src="https://evil.example"></iframe><a href="https://ok.example" onclick="x()">ok</a>';
      const page = await published(buildGuidePage({ parentId: await sectionId('living'), translations: { 'zh-CN': buildGuideTranslation({ body: evil }) } }));
      const stored = (await t.http.get(`/api/v1/admin/guide/${page.id}`).set(bearer(admin)).expect(200)).body.translations['zh-CN'].body;
      expect(stored).toBe(
        '<p>安全</p><a rel="noopener noreferrer nofollow">a</a><a rel="noopener noreferrer nofollow">b</a><a rel="noopener noreferrer nofollow">c</a><a href="https://ok.example" rel="noopener noreferrer nofollow">ok</a>',
      );
      const pub = (await t.http.get(`/api/v1/guide/${page.slug}`).expect(200)).body.body as string;
      expect(pub).not.toMatch(/script|onclick|onerror|onload|javascript:|data:|svg|iframe/i);
      // a step's online link must be an http(s) address: anything else is refused, not stored
      const bad = await t.http
        .post('/api/v1/admin/guide?lang=en')
        .set(bearer(admin))
        .send(buildGuidePage({ kind: 'procedure', parentId: await sectionId('procedures'), translations: { 'zh-CN': buildGuideTranslation({ steps: [buildGuideStep({ links: [{ title: 'x', url: 'javascript:alert(1)' }] })] }) } }))
        .expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['translations.zh-CN.steps.0.links.0.url']);
    });
  });

  describe('ordering', () => {
    it('reorders sections and moves pages between them; investors see the new order at once', async () => {
      const before = await adminTree();
      const [glance, transport, ...rest] = before.sections;
      if (!glance || !transport) throw new Error('seeded sections missing');
      const moved = transport.pages[1];
      if (!moved) throw new Error('metro page missing');
      // transport first; its second page (metro) moves to the top of the overview section
      const order = {
        sections: [
          { id: transport.id, pages: transport.pages.filter((p) => p.id !== moved.id).map((p) => p.id) },
          { id: glance.id, pages: [moved.id, ...glance.pages.map((p) => p.id)] },
          ...rest.map((s) => ({ id: s.id, pages: s.pages.map((p) => p.id) })),
        ],
      };
      const res = await t.http.put('/api/v1/admin/guide/order').set(bearer(admin)).send(order).expect(200);
      expect((res.body as AdminGuideTree).sections.slice(0, 2).map((s) => [s.slug, s.pages.map((p) => p.slug)])).toEqual([
        ['location-and-transport', ['suzhou-north-station']],
        ['district-at-a-glance', ['metro-plan', 'xiangcheng-overview', 'concierge-service']],
      ]);
      const pub = (await t.http.get('/api/v1/guide?lang=en').expect(200)).body as GuideTree;
      expect(pub.sections.slice(0, 2).map((s) => [s.slug, s.pages.map((p) => p.slug)])).toEqual([
        ['location-and-transport', ['suzhou-north-station']],
        ['district-at-a-glance', ['metro-plan', 'xiangcheng-overview', 'concierge-service']],
      ]);
      const metro = (await t.http.get('/api/v1/guide/metro-plan?lang=en').expect(200)).body;
      expect(metro).toMatchObject({ section: { slug: 'district-at-a-glance' }, previous: null, next: { slug: 'xiangcheng-overview' } });
      // moving is not editing: the page keeps its version
      expect((await t.http.get(`/api/v1/admin/guide/${moved.id}`).set(bearer(admin)).expect(200)).body.version).toBe(moved.version);
      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'guide.reorder' });
      expect(audit).toHaveLength(1);
      // the two sections swap, metro changes section, the overview's two pages move down one
      expect(audit[0]?.detail).toEqual({ moved: 5 });
      // the same order again changes nothing and logs nothing
      await t.http.put('/api/v1/admin/guide/order').set(bearer(admin)).send(order).expect(200);
      expect(await t.dataSource.getRepository(AuditLogEntity).countBy({ action: 'guide.reorder' })).toBe(1);
    });

    it('refuses an order that repeats, misses or misplaces nodes, changing nothing', async () => {
      const tree = await adminTree();
      const full = tree.sections.map((s) => ({ id: s.id, pages: s.pages.map((p) => p.id) }));
      const [first, second] = full as [(typeof full)[number], (typeof full)[number]];
      const repeated = await t.http
        .put('/api/v1/admin/guide/order?lang=en')
        .set(bearer(admin))
        .send({ sections: [{ ...first, pages: [...first.pages, second.pages[0]] }, ...full.slice(1)] })
        .expect(400);
      expect(repeated.body.details).toEqual([expect.objectContaining({ field: `sections.1.pages.0`, code: 'duplicate' })]);
      const missing = await t.http.put('/api/v1/admin/guide/order?lang=ja').set(bearer(admin)).send({ sections: full.slice(1) }).expect(409);
      expect(missing.body.message).toBe('他のユーザーが先に変更しました。再読み込みしてからやり直してください。');
      const pageAsSection = await t.http
        .put('/api/v1/admin/guide/order')
        .set(bearer(admin))
        .send({ sections: [{ id: first.pages[0], pages: [] }, { id: first.id, pages: first.pages.slice(1) }, ...full.slice(1)] })
        .expect(400);
      expect(pageAsSection.body.details).toEqual([expect.objectContaining({ field: 'sections.0.id', code: 'invalid_value' })]);
      const sectionAsPage = await t.http
        .put('/api/v1/admin/guide/order')
        .set(bearer(admin))
        .send({ sections: [{ ...first, pages: [...first.pages, second.id, ...second.pages] }, ...full.slice(2)] })
        .expect(400);
      expect(sectionAsPage.body.details[0]).toMatchObject({ code: 'invalid_value' });
      expect(await adminTree()).toEqual(tree);
    });
  });

  describe('access', () => {
    it('lets staff read but only admins write, publish and reorder, and needs a sign-in', async () => {
      const staff = await createStaff(t);
      const tree = (await t.http.get('/api/v1/admin/guide').set(bearer(staff.token)).expect(200)).body as AdminGuideTree;
      const page = tree.sections[0]?.pages[0];
      if (!page) throw new Error('no page');
      expect(page.translationStatus).toEqual({ 'zh-CN': 'done', en: 'done', ja: 'done' });
      await t.http.get(`/api/v1/admin/guide/${page.id}`).set(bearer(staff.token)).expect(200);
      await t.http.get(`/api/v1/admin/guide/${page.id}/versions`).set(bearer(staff.token)).expect(200);
      await t.http.get(`/api/v1/admin/guide/${page.id}/versions/1`).set(bearer(staff.token)).expect(200);
      const order = { sections: tree.sections.map((s) => ({ id: s.id, pages: s.pages.map((p) => p.id) })) };
      const denied = [
        t.http.post('/api/v1/admin/guide?lang=ja').set(bearer(staff.token)).send(buildGuidePage({ parentId: tree.sections[0]?.id ?? null })),
        t.http.put(`/api/v1/admin/guide/${page.id}?lang=ja`).set(bearer(staff.token)).send({ version: page.version, translations: {} }),
        t.http.post(`/api/v1/admin/guide/${page.id}/publish?lang=ja`).set(bearer(staff.token)).send({}),
        t.http.post(`/api/v1/admin/guide/${page.id}/archive?lang=ja`).set(bearer(staff.token)).send({}),
        t.http.post(`/api/v1/admin/guide/${page.id}/versions/1/restore?lang=ja`).set(bearer(staff.token)).send({ version: page.version }),
        t.http.put('/api/v1/admin/guide/order?lang=ja').set(bearer(staff.token)).send(order),
      ];
      for (const res of await Promise.all(denied)) expect([res.status, res.body.code, res.body.message]).toEqual([403, 'FORBIDDEN', 'この操作を行う権限がありません。']);
      expect((await adminTree()).sections[0]?.pages[0]?.version).toBe(page.version);
      await t.http.get('/api/v1/admin/guide').expect(401);
      await t.http.get(`/api/v1/admin/guide/${page.id}`).expect(401);
      await t.http.get('/api/v1/admin/guide/99999999').set(bearer(staff.token)).expect(404);
    });

    it('seeds the guide once: a second run inserts nothing', async () => {
      const count = await t.dataSource.getRepository(GuidePageEntity).count();
      const report = await seed(t.dataSource);
      expect(report.inserted).toBe(0);
      expect(await t.dataSource.getRepository(GuidePageEntity).count()).toBe(count);
    });
  });
});
