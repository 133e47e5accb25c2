import type { HttpRequest, HttpResponse, Transport } from '@zhaoshang/api-client';
import {
  LANGUAGES,
  guideInputOf,
  guideOrderSchema,
  guidePageCreateSchema,
  guidePageUpdateSchema,
  guidePublishIssues,
  toFieldIssues,
  versionBodySchema,
  type AdminGuidePage,
  type AdminGuideTree,
  type FieldIssue,
  type GuidePageCreate,
  type GuidePageInput,
  type GuideTranslationInput,
  type StaffUser,
} from '@zhaoshang/contracts';
import { normalizeLanguage, translate, type Language } from '@zhaoshang/i18n';
import type { FakeServer } from '../../test/fake-server';

/**
 * The guide's console endpoints for component tests, written after apps/server/src/guide and the
 * shared content/document-editing.ts: every write a new version with a snapshot, saves refused
 * when the version is stale, publishing needing the Chinese text, the order replaced whole and
 * refused when it does not name every node. It wraps the console's fake server: sign-in and the
 * other routes are its, and the guide's audit entries go into its audit log.
 */

type Action = 'create' | 'update' | 'publish' | 'archive' | 'restore';
type Version = { version: number; action: Action; at: string; actorName: string | null; snapshot: AdminGuidePage };
type Stored = { current: AdminGuidePage; sort: number; publishedVersion: number | null; versions: Version[] };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function tr(title: string, extra: Partial<GuideTranslationInput> = {}): GuideTranslationInput {
  return { title, summary: title ? `${title}.` : '', body: title ? `<p>${title}</p>` : '', steps: [], faqs: [], status: title ? 'done' : 'needs_review', ...extra };
}

export function createGuideStore() {
  const nodes = new Map<number, Stored>();
  let clock = 0;
  const now = () => new Date(Date.UTC(2025, 3, 1, 8, 0, clock++)).toISOString();

  const view = (id: number, kind: AdminGuidePage['kind'], slug: string, parentId: number | null, input: GuidePageInput, base: Pick<AdminGuidePage, 'version' | 'status' | 'createdAt' | 'publishedAt'>, actorName: string | null): AdminGuidePage => {
    const translations = Object.fromEntries(
      LANGUAGES.map((l) => {
        const t = input.translations[l] ?? tr('');
        const status = !t.title.trim() ? 'missing' : t.status === 'done' ? 'done' : 'needs_review';
        return [l, { title: t.title, summary: t.summary, body: t.body, steps: kind === 'procedure' ? t.steps : [], faqs: kind === 'faq' ? t.faqs : [], status }];
      }),
    ) as AdminGuidePage['translations'];
    return {
      id,
      kind,
      slug,
      parentId,
      ...base,
      sample: input.sample,
      translations,
      translationStatus: { 'zh-CN': translations['zh-CN'].status, en: translations.en.status, ja: translations.ja.status },
      updatedAt: now(),
      updatedBy: actorName,
    };
  };
  const snapshot = (stored: Stored, action: Action, actorName: string | null) => {
    stored.versions.unshift({ version: stored.current.version, action, at: stored.current.updatedAt, actorName, snapshot: clone(stored.current) });
    return clone(stored.current);
  };

  const store = {
    get: (id: number) => (nodes.get(id) ? clone(nodes.get(id)?.current as AdminGuidePage) : undefined),
    bySlug: (slug: string) => [...nodes.values()].find((n) => n.current.slug === slug)?.current,
    create(body: GuidePageCreate, actorName: string | null): AdminGuidePage {
      const { kind, slug, parentId, ...input } = body;
      const id = nodes.size + 1;
      const sort = [...nodes.values()].filter((n) => n.current.parentId === parentId).length;
      const stored: Stored = { current: view(id, kind, slug, parentId, input, { version: 1, status: 'draft', createdAt: now(), publishedAt: null }, actorName), sort, publishedVersion: null, versions: [] };
      nodes.set(id, stored);
      return snapshot(stored, 'create', actorName);
    },
    update(id: number, expected: number, input: GuidePageInput, actorName: string | null, action: 'update' | 'restore' = 'update'): AdminGuidePage | null {
      const stored = nodes.get(id);
      if (!stored || stored.current.version !== expected) return null;
      const c = stored.current;
      stored.current = view(id, c.kind, c.slug, c.parentId, input, { version: c.version + 1, status: c.status, createdAt: c.createdAt, publishedAt: c.publishedAt }, actorName);
      return snapshot(stored, action, actorName);
    },
    setStatus(id: number, expected: number, status: 'published' | 'archived', actorName: string | null): AdminGuidePage | null {
      const stored = nodes.get(id);
      if (!stored || stored.current.version !== expected) return null;
      const at = now();
      stored.current = { ...stored.current, status, version: expected + 1, updatedAt: at, updatedBy: actorName, ...(status === 'published' ? { publishedAt: at } : {}) };
      if (status === 'published') stored.publishedVersion = expected + 1;
      return snapshot(stored, status === 'published' ? 'publish' : 'archive', actorName);
    },
    versions: (id: number) => nodes.get(id)?.versions.map(({ snapshot: _s, ...v }) => v),
    version: (id: number, version: number) => nodes.get(id)?.versions.find((v) => v.version === version),
    tree(): AdminGuideTree {
      const all = [...nodes.values()].sort((a, b) => a.sort - b.sort || a.current.id - b.current.id);
      const node = (s: Stored) => ({
        id: s.current.id,
        kind: s.current.kind,
        slug: s.current.slug,
        status: s.current.status,
        version: s.current.version,
        publishedVersion: s.publishedVersion,
        sample: s.current.sample,
        titles: { 'zh-CN': s.current.translations['zh-CN'].title, en: s.current.translations.en.title, ja: s.current.translations.ja.title },
        translationStatus: s.current.translationStatus,
        updatedAt: s.current.updatedAt,
        publishedAt: s.current.publishedAt,
      });
      return { sections: all.filter((s) => s.current.kind === 'section').map((s) => ({ ...node(s), pages: all.filter((p) => p.current.parentId === s.current.id).map(node) })) };
    },
    /** null when the order does not name every node exactly once (the tree changed meanwhile) */
    reorder(order: { sections: { id: number; pages: number[] }[] }): AdminGuideTree | null {
      const named = order.sections.flatMap((s) => [s.id, ...s.pages]);
      if (named.length !== nodes.size || named.some((id) => !nodes.has(id))) return null;
      order.sections.forEach((s, i) => {
        const section = nodes.get(s.id) as Stored;
        section.sort = i;
        s.pages.forEach((p, j) => {
          const page = nodes.get(p) as Stored;
          page.sort = j;
          page.current = { ...page.current, parentId: s.id };
        });
      });
      return store.tree();
    },
  };
  return store;
}

export type GuideStore = ReturnType<typeof createGuideStore>;

/**
 * The demo tree: two published sections; the station page has changes saved since it was
 * published and no Japanese text; the FAQ section is a draft.
 */
export function seedGuide(store: GuideStore): void {
  const publish = (page: AdminGuidePage) => store.setStatus(page.id, page.version, 'published', 'seed') as AdminGuidePage;
  const transport = publish(store.create({ kind: 'section', slug: 'location-and-transport', parentId: null, sample: false, translations: { 'zh-CN': tr('区位与交通'), en: tr('Location and transport'), ja: tr('立地と交通') } }, 'seed'));
  const station = publish(store.create({ kind: 'article', slug: 'suzhou-north-station', parentId: transport.id, sample: false, translations: { 'zh-CN': tr('苏州高铁北站'), en: tr('Suzhou North Station') } }, 'seed'));
  store.update(station.id, station.version, { sample: false, translations: { 'zh-CN': tr('苏州高铁北站'), en: tr('Suzhou North Railway Station') } }, '王伟');
  publish(store.create({ kind: 'article', slug: 'metro-plan', parentId: transport.id, sample: false, translations: { 'zh-CN': tr('轨道交通规划'), en: tr('The metro plan'), ja: tr('軌道交通計画') } }, 'seed'));
  const procedures = publish(store.create({ kind: 'section', slug: 'procedures', parentId: null, sample: false, translations: { 'zh-CN': tr('办事指南'), en: tr('Procedures'), ja: tr('手続きガイド') } }, 'seed'));
  const step = (title: string) => ({ title, description: '', office: '区政务服务中心（示例）', documents: ['营业执照'], duration: '约 3 个工作日（示例）', links: [] });
  publish(
    store.create(
      {
        kind: 'procedure',
        slug: 'set-up-a-foreign-invested-company',
        parentId: procedures.id,
        sample: true,
        translations: {
          'zh-CN': tr('设立外商投资企业', { steps: [step('企业名称与设立登记'), step('刻制印章与银行开户')] }),
          en: tr('Setting up a foreign-invested company', { steps: [step('Register the company'), step('Company seals and bank account')] }),
          ja: tr('外資系企業の設立', { steps: [step('設立登記'), step('社印と銀行口座')] }),
        },
      },
      'seed',
    ),
  );
  const faq = store.create({ kind: 'section', slug: 'faq', parentId: null, sample: false, translations: { 'zh-CN': tr('常见问题'), en: tr('FAQ'), ja: tr('よくある質問') } }, 'seed');
  store.create({ kind: 'faq', slug: 'investor-faq', parentId: faq.id, sample: false, translations: { 'zh-CN': tr('投资常见问题', { faqs: [{ question: '地铁规划？', answer: '15 条。' }] }) } }, 'seed');
}

const ok = (body: unknown): HttpResponse => ({ status: 200, body });

/** The console's fake server with the guide's endpoints in front of it. */
export function withFakeGuide(server: FakeServer) {
  const guide = createGuideStore();
  seedGuide(guide);
  const requests: HttpRequest[] = [];

  const transport: Transport = async (request) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const match = /^\/api\/v1\/admin\/guide(?:\/(order|\d+))?(?:\/(publish|archive|versions))?(?:\/(\d+))?(?:\/(restore))?$/.exec(url.pathname);
    if (!match) return server.transport(request);
    requests.push(request);
    const language: Language = normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN';
    const fail = (status: number, code: 'VALIDATION_FAILED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT', issues: FieldIssue[] = []): HttpResponse => ({
      status,
      body: { code, message: translate(language, 'errors', code), details: issues.map((i) => ({ ...i, message: translate(language, 'errors', `field.${i.code}`, i.params) })) },
    });
    // who is asking: the fake server knows the bearer
    const me = await server.transport({ method: 'GET', url: '/api/v1/admin/auth/me', headers: request.headers });
    if (me.status !== 200) return me;
    const user = me.body as StaffUser;
    const admin = user.role === 'admin';
    const record = (action: string, targetId: number | null, detail: Record<string, unknown> | null = null) =>
      server.audit.unshift({ id: server.audit.length + 1, at: new Date(Date.UTC(2025, 3, 2, 9, server.audit.length)).toISOString(), actorId: user.id, actorName: user.displayName, action, targetType: targetId === null ? 'guide' : 'guide_page', targetId: targetId === null ? null : String(targetId), outcome: 'success', ip: '127.0.0.1', detail });
    const body: unknown = request.body ? JSON.parse(request.body) : undefined;
    const [, head, sub, version, restore] = match;
    const id = head && head !== 'order' ? Number(head) : undefined;
    const method = request.method;

    if (!head && method === 'GET') return ok(guide.tree());
    if (!head && method === 'POST') {
      const parsed = guidePageCreateSchema.safeParse(body);
      if (!parsed.success) return fail(400, 'VALIDATION_FAILED', toFieldIssues(parsed.error));
      if (!admin) return fail(403, 'FORBIDDEN');
      const issues: FieldIssue[] = [];
      if (guide.bySlug(parsed.data.slug)) issues.push({ field: 'slug', code: 'duplicate' });
      if (parsed.data.kind !== 'section' && (parsed.data.parentId === null || guide.get(parsed.data.parentId)?.kind !== 'section')) issues.push({ field: 'parentId', code: 'invalid_value' });
      if (issues.length) return fail(400, 'VALIDATION_FAILED', issues);
      const created = guide.create(parsed.data, user.displayName);
      record('guide_page.create', created.id);
      return { status: 201, body: created };
    }
    if (head === 'order' && method === 'PUT') {
      const parsed = guideOrderSchema.safeParse(body);
      if (!parsed.success) return fail(400, 'VALIDATION_FAILED', toFieldIssues(parsed.error));
      if (!admin) return fail(403, 'FORBIDDEN');
      const tree = guide.reorder(parsed.data);
      if (!tree) return fail(409, 'CONFLICT');
      record('guide.reorder', null);
      return ok(tree);
    }
    if (id === undefined) return fail(404, 'NOT_FOUND');
    const current = guide.get(id);
    if (!sub && method === 'GET') return current ? ok(current) : fail(404, 'NOT_FOUND');
    if (!sub && method === 'PUT') {
      const parsed = guidePageUpdateSchema.safeParse(body);
      if (!parsed.success) return fail(400, 'VALIDATION_FAILED', toFieldIssues(parsed.error));
      if (!admin) return fail(403, 'FORBIDDEN');
      if (!current) return fail(404, 'NOT_FOUND');
      const { version: expected, ...input } = parsed.data;
      const saved = guide.update(id, expected, input, user.displayName);
      if (!saved) return fail(409, 'CONFLICT');
      record('guide_page.update', id, { version: saved.version });
      return ok(saved);
    }
    if ((sub === 'publish' || sub === 'archive') && method === 'POST') {
      const parsed = versionBodySchema.optional().safeParse(body);
      if (!parsed.success) return fail(400, 'VALIDATION_FAILED', toFieldIssues(parsed.error));
      if (!admin) return fail(403, 'FORBIDDEN');
      if (!current) return fail(404, 'NOT_FOUND');
      if (parsed.data?.version !== undefined && parsed.data.version !== current.version) return fail(409, 'CONFLICT');
      if (sub === 'publish') {
        const issues = guidePublishIssues(current);
        if (issues.length) return fail(400, 'VALIDATION_FAILED', issues);
      }
      const changed = guide.setStatus(id, current.version, sub === 'publish' ? 'published' : 'archived', user.displayName);
      if (!changed) return fail(409, 'CONFLICT');
      record(`guide_page.${sub}`, id, { version: changed.version });
      return ok(changed);
    }
    if (sub === 'versions' && method === 'GET' && !version) return current ? ok({ items: guide.versions(id) }) : fail(404, 'NOT_FOUND');
    if (sub === 'versions' && method === 'GET' && version) {
      const found = guide.version(id, Number(version));
      return found ? ok(found) : fail(404, 'NOT_FOUND');
    }
    if (sub === 'versions' && restore && method === 'POST') {
      const parsed = versionBodySchema.safeParse(body ?? {});
      if (!parsed.success || parsed.data.version === undefined) return fail(400, 'VALIDATION_FAILED', [{ field: 'version', code: 'required' }]);
      if (!admin) return fail(403, 'FORBIDDEN');
      const from = guide.version(id, Number(version));
      if (!current || !from) return fail(404, 'NOT_FOUND');
      const restored = guide.update(id, parsed.data.version, guideInputOf(from.snapshot), user.displayName, 'restore');
      if (!restored) return fail(409, 'CONFLICT');
      record('guide_page.restore', id, { from: Number(version), version: restored.version });
      return ok(restored);
    }
    return fail(404, 'NOT_FOUND');
  };

  return {
    server: { ...server, transport } satisfies FakeServer,
    guide,
    /** the guide's requests, as `METHOD /path` */
    calls: (method: string, path: string) => requests.filter((r) => r.method === method && new URL(r.url, 'http://127.0.0.1').pathname === path),
    /** another admin saves page `id` meanwhile (its version moves on) */
    editElsewhere(id: number, change: (input: GuidePageInput) => void) {
      const current = guide.get(id);
      if (!current) throw new Error(`no fake guide page ${id}`);
      const input = guideInputOf(current);
      change(input);
      if (!guide.update(id, current.version, input, '王伟')) throw new Error('fake guide edit refused');
    },
  };
}
