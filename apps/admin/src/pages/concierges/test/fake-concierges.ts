import type { HttpRequest, HttpResponse, Transport } from '@zhaoshang/api-client';
import {
  conciergeInputSchema,
  conciergeStatusChangeSchema,
  conciergeUpdateSchema,
  resolveTranslation,
  toFieldIssues,
  type AdminConcierge,
  type ConciergeInput,
  type FieldIssue,
  type StaffUser,
} from '@zhaoshang/contracts';
import { normalizeLanguage, translate, type Language } from '@zhaoshang/i18n';
import type { FakeServer } from '../../../test/fake-server';

/**
 * The server's concierge management (apps/server/src/concierges), over the console's fake server:
 * the fake's own tokens decide who calls (its `/auth/me`), everything else goes to it unchanged.
 * Same rules as the server: staff read, admins write; the body is checked with the shared schema,
 * then the role, then the codes; a stale version is CONFLICT; deactivating hands over open leads.
 */
export const CONCIERGE_PATHS = {
  list: 'GET /api/v1/admin/concierges',
  create: 'POST /api/v1/admin/concierges',
  get: 'GET /api/v1/admin/concierges/{id}',
  update: 'PUT /api/v1/admin/concierges/{id}',
  deactivate: 'POST /api/v1/admin/concierges/{id}/deactivate',
  reactivate: 'POST /api/v1/admin/concierges/{id}/reactivate',
} as const;

const KNOWN_INDUSTRIES = ['rnd', 'culture', 'health'];
const KNOWN_AREAS = ['cjz'];
const NOW = '2025-03-10T02:00:00.000Z';
const presence = { inOffice: true, backAt: null, backAtLocal: null, utcOffset: '+08:00' };

type Stored = Omit<AdminConcierge, 'name'> & { leads: number[] };

function stored(id: number, input: ConciergeInput, extra: Partial<Stored> = {}): Stored {
  return {
    id,
    ...input,
    bios: input.bios,
    active: true,
    staffUserId: null,
    staffUsername: null,
    version: 1,
    openLeads: 0,
    presence,
    createdAt: NOW,
    updatedAt: NOW,
    updatedBy: 'admin',
    leads: [],
    ...extra,
  };
}

/** The demo team, the lead desk fake's concierges with full profiles: 李娜 has three open leads, 陈静 left. */
export function demoProfiles(): Stored[] {
  const hours = { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' };
  return [
    stored(
      1,
      {
        code: 'c-li-na',
        names: { 'zh-CN': '李娜', en: 'Li Na', ja: '李娜（リー・ナー）' },
        titles: { 'zh-CN': '招商专员', en: 'Investment officer', ja: '投資誘致担当' },
        bios: { 'zh-CN': '负责研发与大健康项目。', en: 'Looks after R&D and health projects.' },
        languages: ['zh-CN', 'en'],
        industries: ['rnd', 'health'],
        areas: ['cjz'],
        phone: '+8651266660101',
        wechatId: 'xc-lina',
        officeHours: hours,
        photoUrl: null,
        sort: 0,
        sample: true,
      },
      { staffUserId: 2, staffUsername: 'li.na', leads: [1, 2, 4] },
    ),
    stored(2, {
      code: 'c-wang-wei',
      names: { 'zh-CN': '王伟', en: 'Wang Wei', ja: '王偉（ワン・ウェイ）' },
      titles: { 'zh-CN': '日资企业服务', en: 'Japanese companies', ja: '日系企業担当' },
      bios: {},
      languages: ['zh-CN', 'ja'],
      industries: ['culture', 'rnd'],
      areas: [],
      phone: '+8651266660102',
      wechatId: null,
      officeHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timezone: 'Asia/Tokyo' },
      photoUrl: null,
      sort: 1,
      sample: true,
    }, { presence: { inOffice: false, backAt: '2025-03-11T00:00:00.000Z', backAtLocal: { date: '2025-03-11', weekday: 2, time: '09:00', day: 'tomorrow' }, utcOffset: '+09:00' } }),
    stored(
      3,
      {
        code: 'c-chen-jing',
        names: { 'zh-CN': '陈静' },
        titles: { 'zh-CN': '招商专员' },
        bios: {},
        languages: ['zh-CN'],
        industries: ['health'],
        areas: [],
        phone: '+8651266660103',
        wechatId: null,
        officeHours: hours,
        photoUrl: null,
        sort: 2,
        sample: true,
      },
      { active: false, version: 4 },
    ),
  ];
}

const ok = (body: unknown): HttpResponse => ({ status: 200, body });

export function withConcierges(server: FakeServer) {
  const profiles = demoProfiles();
  const requests: HttpRequest[] = [];
  let nextId = 10;

  const view = (c: Stored, language: Language): AdminConcierge => {
    const { leads, ...rest } = c;
    return { ...rest, openLeads: leads.length, name: resolveTranslation(c.names, language)?.value ?? c.code };
  };

  const transport: Transport = async (request) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const parts = /^\/api\/v1\/admin\/concierges(?:\/(\d+))?(?:\/(deactivate|reactivate))?$/.exec(url.pathname);
    if (!parts) return server.transport(request);
    requests.push(request);
    const me = await server.transport({ method: 'GET', url: '/api/v1/admin/auth/me', headers: request.headers });
    if (me.status !== 200) return me;
    const user = me.body as StaffUser;
    const language = normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN';
    const fail = (status: number, code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT'): HttpResponse => ({ status, body: { code, message: translate(language, 'errors', code), details: [] } });
    const invalid = (issues: FieldIssue[]): HttpResponse => ({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: translate(language, 'errors', 'VALIDATION_FAILED'),
        details: issues.map((issue) => ({ ...issue, message: translate(language, 'errors', `field.${issue.code}`, issue.params) })),
      },
    });
    const body: unknown = request.body ? JSON.parse(request.body) : undefined;
    const id = parts[1] === undefined ? undefined : Number(parts[1]);
    const action = parts[2];
    const found = profiles.find((c) => c.id === id);
    const references = (input: ConciergeInput, self: number | null): FieldIssue[] => [
      ...input.industries.flatMap((code, n) => (KNOWN_INDUSTRIES.includes(code) ? [] : [{ field: `industries.${n}`, code: 'invalid_value' as const }])),
      ...input.areas.flatMap((code, n) => (KNOWN_AREAS.includes(code) ? [] : [{ field: `areas.${n}`, code: 'invalid_value' as const }])),
      ...(profiles.some((c) => c.code === input.code && c.id !== self) ? [{ field: 'code', code: 'duplicate' as const }] : []),
    ];
    const clean = (input: ConciergeInput): ConciergeInput => {
      const drop = (t: Record<string, string | undefined>) => Object.fromEntries(Object.entries(t).filter(([, v]) => v && v.trim()));
      return { ...input, names: drop(input.names) as ConciergeInput['names'], titles: drop(input.titles) as ConciergeInput['titles'], bios: drop(input.bios) };
    };

    if (request.method === 'GET' && id === undefined) return ok({ items: [...profiles].sort((a, b) => a.sort - b.sort || a.id - b.id).map((c) => view(c, language)) });
    if (request.method === 'GET') return found ? ok(view(found, language)) : fail(404, 'NOT_FOUND');
    if (request.method === 'POST' && id === undefined) {
      const parsed = conciergeInputSchema.safeParse(body, { reportInput: true });
      if (!parsed.success) return invalid(toFieldIssues(parsed.error));
      if (user.role !== 'admin') return fail(403, 'FORBIDDEN');
      const issues = references(parsed.data, null);
      if (issues.length) return invalid(issues);
      const created = stored(nextId++, clean(parsed.data), { updatedBy: user.username });
      profiles.push(created);
      return { status: 201, body: view(created, language) };
    }
    if (request.method === 'PUT') {
      const parsed = conciergeUpdateSchema.safeParse(body, { reportInput: true });
      if (!parsed.success) return invalid(toFieldIssues(parsed.error));
      if (user.role !== 'admin') return fail(403, 'FORBIDDEN');
      if (!found) return fail(404, 'NOT_FOUND');
      const { version, ...input } = parsed.data;
      const issues = references(input, found.id);
      if (issues.length) return invalid(issues);
      if (version !== found.version) return fail(409, 'CONFLICT');
      Object.assign(found, clean(input), { version: version + 1, updatedBy: user.username, updatedAt: NOW });
      return ok(view(found, language));
    }
    if (request.method === 'POST' && action) {
      const parsed = conciergeStatusChangeSchema.safeParse(body, { reportInput: true });
      if (!parsed.success) return invalid(toFieldIssues(parsed.error));
      if (user.role !== 'admin') return fail(403, 'FORBIDDEN');
      if (!found) return fail(404, 'NOT_FOUND');
      if (parsed.data.version !== found.version) return fail(409, 'CONFLICT');
      if (action === 'reactivate') {
        Object.assign(found, { active: true, version: found.version + 1 });
        return ok(view(found, language));
      }
      // each open lead to the next active concierge in turn, as round-robin does; nobody left: the queue
      const others = profiles.filter((c) => c.active && c.id !== found.id);
      const moves = found.leads.map((intentId, n) => {
        const to = others.length ? others[n % others.length] : undefined;
        to?.leads.push(intentId);
        return { intentId, conciergeId: to?.id ?? null, name: to ? view(to, language).name : null };
      });
      Object.assign(found, { active: false, version: found.version + 1, leads: [] });
      const byConcierge = [...new Set(moves.map((m) => m.conciergeId))].map((conciergeId) => ({
        conciergeId,
        name: moves.find((m) => m.conciergeId === conciergeId)?.name ?? null,
        count: moves.filter((m) => m.conciergeId === conciergeId).length,
      }));
      return ok({ concierge: view(found, language), reassigned: moves.length, queued: moves.filter((m) => m.conciergeId === null).length, byConcierge, moves });
    }
    return server.transport(request);
  };

  return {
    ...server,
    transport,
    profiles,
    /** another admin saves profile `id` meanwhile: its version moves on */
    editElsewhere(id: number, change: (c: Stored) => void) {
      const c = profiles.find((p) => p.id === id);
      if (!c) throw new Error(`no fake concierge ${id}`);
      change(c);
      c.version++;
    },
    conciergeCalls: (path: (typeof CONCIERGE_PATHS)[keyof typeof CONCIERGE_PATHS]) =>
      requests.filter((r) => {
        const [method, pattern] = path.split(' ') as [string, string];
        const regex = new RegExp(`^${pattern.replace(/\{id\}/, '\\d+')}$`);
        return r.method === method && regex.test(new URL(r.url, 'http://127.0.0.1').pathname);
      }),
  };
}
