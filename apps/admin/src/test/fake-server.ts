import type { HttpRequest, HttpResponse, Transport } from '@zhaoshang/api-client';
import {
  adminPolicyListQuerySchema,
  assignmentRulesSchema,
  createStaffUserSchema,
  staffConciergeLinkSchema,
  leadExportQuerySchema,
  leadQuerySchema,
  mergeRequestSchema,
  noteRequestSchema,
  readNotificationsSchema,
  reassignSchema,
  stageChangeSchema,
  loginRequestSchema,
  policyInputSchema,
  policyUpdateSchema,
  versionBodySchema,
  toFieldIssues,
  type AuditEntry,
  type ErrorBody,
  type FieldError,
  type HealthResponse,
  type MetaResponse,
  type SessionResponse,
  type StaffUser,
} from '@zhaoshang/contracts';
import { normalizeLanguage, translate, type Language } from '@zhaoshang/i18n';
import { createHeatmapData, HEATMAP_PATHS, type HeatmapPathKey } from './fake-heatmap';
import { createLeadDesk } from './fake-leads';
import { createPolicyStore, inputOf, publishIssues, referenceIssues, seedPolicies } from './fake-policies';

/**
 * A Transport that answers like the NestJS server does: same paths, bearer tokens, the error
 * contract `{ code, message, details }` with messages in the request's language, admin-only
 * routes, short-lived access tokens with refresh, and an audit entry for every sign-in attempt.
 * Tests drive the real client and UI through it. Paths with `{param}` match any number there.
 */
export const PATHS = {
  health: 'GET /api/health',
  meta: 'GET /api/v1/meta',
  login: 'POST /api/v1/admin/auth/login',
  refresh: 'POST /api/v1/admin/auth/refresh',
  logout: 'POST /api/v1/admin/auth/logout',
  me: 'GET /api/v1/admin/auth/me',
  changePassword: 'POST /api/v1/admin/auth/password',
  listUsers: 'GET /api/v1/admin/users',
  createUser: 'POST /api/v1/admin/users',
  audit: 'GET /api/v1/admin/audit-log',
  listPolicies: 'GET /api/v1/admin/policies',
  createPolicy: 'POST /api/v1/admin/policies',
  getPolicy: 'GET /api/v1/admin/policies/{id}',
  updatePolicy: 'PUT /api/v1/admin/policies/{id}',
  publishPolicy: 'POST /api/v1/admin/policies/{id}/publish',
  archivePolicy: 'POST /api/v1/admin/policies/{id}/archive',
  listPolicyVersions: 'GET /api/v1/admin/policies/{id}/versions',
  getPolicyVersion: 'GET /api/v1/admin/policies/{id}/versions/{version}',
  restorePolicyVersion: 'POST /api/v1/admin/policies/{id}/versions/{version}/restore',
  listLeads: 'GET /api/v1/admin/leads',
  exportLeads: 'GET /api/v1/admin/leads/export',
  getLead: 'GET /api/v1/admin/leads/{id}',
  changeLeadStage: 'POST /api/v1/admin/leads/{id}/stage',
  reassignLead: 'POST /api/v1/admin/leads/{id}/assign',
  addLeadNote: 'POST /api/v1/admin/leads/{id}/notes',
  sendLeadMessage: 'POST /api/v1/admin/leads/{id}/messages',
  mergeLead: 'POST /api/v1/admin/leads/{id}/merge',
  revealLeadContact: 'POST /api/v1/admin/leads/{id}/reveal',
  getAssignmentRules: 'GET /api/v1/admin/assignment-rules',
  setAssignmentRules: 'PUT /api/v1/admin/assignment-rules',
  listConcierges: 'GET /api/v1/admin/concierges',
  linkStaffConcierge: 'PUT /api/v1/admin/users/{id}/concierge',
  listNotifications: 'GET /api/v1/admin/notifications',
  readNotifications: 'POST /api/v1/admin/notifications/read',
  ...HEATMAP_PATHS,
} as const;

type PathKey = keyof typeof PATHS;
type Path = (typeof PATHS)[PathKey];

const PATTERNS = Object.entries(PATHS).map(([key, path]) => ({
  key: key as PathKey,
  path,
  regex: new RegExp(`^${path.replace(/\{(\w+)\}/g, '(?<$1>\\d+)')}$`),
}));

/** Which route a request is for, with its numeric path parameters. */
function routeOf(request: Pick<HttpRequest, 'method' | 'url'>): { key: PathKey | null; path: string; params: Record<string, number> } {
  const path = `${request.method} ${new URL(request.url, 'http://127.0.0.1').pathname}`;
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(path);
    if (match) return { key: pattern.key, path: pattern.path, params: Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, Number(v)])) };
  }
  return { key: null, path, params: {} };
}

const POLICY_ROUTES = new Set<PathKey>([
  'listPolicies',
  'createPolicy',
  'getPolicy',
  'updatePolicy',
  'publishPolicy',
  'archivePolicy',
  'listPolicyVersions',
  'getPolicyVersion',
  'restorePolicyVersion',
]);

const LEAD_ROUTES = new Set<PathKey>([
  'listLeads',
  'exportLeads',
  'getLead',
  'changeLeadStage',
  'reassignLead',
  'addLeadNote',
  'sendLeadMessage',
  'mergeLead',
  'revealLeadContact',
  'getAssignmentRules',
  'setAssignmentRules',
  'listConcierges',
  'listNotifications',
  'readNotifications',
]);

/** What the fake answers for a file download; `fetchFile` turns it into a Response. */
type FakeFile = { file: { filename: string; contentType: string; content: string } };
const isFakeFile = (body: unknown): body is FakeFile => typeof body === 'object' && body !== null && 'file' in body;

type Account = StaffUser & { password: string };
type Options = { rateLimitAfter?: number };

export function createFakeServer({ rateLimitAfter = Infinity }: Options = {}) {
  const accounts: Account[] = [
    account(1, 'admin', 'Administrator', 'admin', 'admin-password-1'),
    account(2, 'li.na', '李娜', 'staff', 'staff-password-1'),
  ];
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Map<string, number>();
  const expired = new Set<string>();
  const audit: AuditEntry[] = [];
  const requests: HttpRequest[] = [];
  const policies = createPolicyStore();
  seedPolicies(policies);
  const leads = createLeadDesk();
  const heatmap = createHeatmapData();
  let failedLogins = 0;
  let serial = 0;

  const issue = (user: Account): SessionResponse => {
    serial += 1;
    const accessToken = `access-${user.id}-${serial}`;
    const refreshToken = `refresh-${user.id}-${serial}`;
    accessTokens.set(accessToken, user.id);
    refreshTokens.set(refreshToken, user.id);
    return { accessToken, refreshToken, expiresIn: 900, user: publicUser(user) };
  };

  const record = (entry: Omit<AuditEntry, 'id' | 'at' | 'ip' | 'detail'> & { detail?: AuditEntry['detail'] }) =>
    audit.unshift({ id: audit.length + 1, at: new Date(Date.UTC(2025, 0, 1, 9, audit.length)).toISOString(), ip: '127.0.0.1', detail: null, ...entry });

  const offline = new Set<string>();

  const transport: Transport = async (request) => {
    requests.push(request);
    const url = new URL(request.url, 'http://127.0.0.1');
    const { key, path: route, params } = routeOf(request);
    // what fetch does when nothing answers
    if (offline.has(route)) throw new TypeError('Failed to fetch');
    const language = normalizeLanguage(request.headers['accept-language']) ?? 'zh-CN';
    const body: unknown = request.body ? JSON.parse(request.body) : undefined;
    const fail = (status: number, code: ErrorBody['code'], details: FieldError[] = [], params: Record<string, number> = {}): HttpResponse => ({
      status,
      body: { code, message: translate(language, 'errors', code, params), details } satisfies ErrorBody,
    });
    const invalidIssues = (issues: ReturnType<typeof toFieldIssues>) =>
      fail(
        400,
        'VALIDATION_FAILED',
        issues.map((issue) => ({ ...issue, message: translate(language, 'errors', `field.${issue.code}`, issue.params) })),
      );
    const invalid = (error: Parameters<typeof toFieldIssues>[0], prefix?: string) => invalidIssues(toFieldIssues(error, prefix));
    if (route === PATHS.health) return ok({ status: 'ok', database: { kind: 'sqlite', reachable: true }, version: '0.1.0' } satisfies HealthResponse);
    if (route === PATHS.meta) return ok(meta(normalizeLanguage(url.searchParams.get('lang')) ?? language));
    if (route === PATHS.login) {
      if (failedLogins >= rateLimitAfter) return fail(429, 'RATE_LIMITED', [], { retryAfter: 60 });
      const parsed = loginRequestSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const user = accounts.find((a) => a.username === parsed.data.username);
      if (!user || user.password !== parsed.data.password || !user.active) {
        failedLogins += 1;
        record({ actorId: user?.id ?? null, actorName: user?.displayName ?? null, action: 'auth.login', targetType: 'staff_user', targetId: parsed.data.username, outcome: 'failure' });
        return fail(401, 'INVALID_CREDENTIALS');
      }
      record({ actorId: user.id, actorName: user.displayName, action: 'auth.login', targetType: 'staff_user', targetId: String(user.id), outcome: 'success' });
      return ok(issue(user));
    }
    if (route === PATHS.refresh) {
      const token = typeof body === 'object' && body !== null ? (body as { refreshToken?: unknown }).refreshToken : undefined;
      const userId = typeof token === 'string' ? refreshTokens.get(token) : undefined;
      const user = accounts.find((a) => a.id === userId);
      if (!user || typeof token !== 'string') return fail(401, 'SESSION_EXPIRED');
      refreshTokens.delete(token); // refresh tokens rotate
      return ok(issue(user));
    }

    // Everything below needs a valid access token.
    const bearer = request.headers.authorization?.replace(/^Bearer /, '');
    if (!bearer) return fail(401, 'UNAUTHENTICATED');
    if (expired.has(bearer)) return fail(401, 'SESSION_EXPIRED');
    const user = accounts.find((a) => a.id === accessTokens.get(bearer));
    if (!user) return fail(401, 'UNAUTHENTICATED');

    if (route === PATHS.me) return ok(publicUser(user));
    if (route === PATHS.logout) {
      accessTokens.delete(bearer);
      for (const [token, id] of refreshTokens) if (id === user.id) refreshTokens.delete(token);
      record({ actorId: user.id, actorName: user.displayName, action: 'auth.logout', targetType: 'staff_user', targetId: String(user.id), outcome: 'success' });
      return { status: 204, body: null };
    }
    if (route === PATHS.changePassword) return { status: 204, body: null };

    // Policies (apps/server/src/policies/policy-admin.*): staff read, admins write. As there, the
    // body is validated before the role is checked, and the role before the policy is looked up.
    if (key && POLICY_ROUTES.has(key)) {
      const isAdmin = user.role === 'admin';
      const id = params.id ?? 0;
      const notFound = () => fail(404, 'NOT_FOUND');
      const conflict = () => fail(409, 'CONFLICT');
      switch (key) {
        case 'listPolicies': {
          const parsed = adminPolicyListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
          if (!parsed.success) return invalid(parsed.error, 'query');
          const { q, status, category, translation, page, pageSize } = parsed.data;
          const needle = q?.toLowerCase();
          const items = policies
            .all()
            .filter((p) => !status || p.status === status)
            .filter((p) => !category || p.category === category)
            .filter((p) => !translation || Object.values(p.translationStatus).includes(translation))
            .filter((p) => !needle || p.documentNumber.toLowerCase().includes(needle) || Object.values(p.translations).some((t) => t.title.toLowerCase().includes(needle)))
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id)
            .map((p) => ({
              id: p.id,
              version: p.version,
              status: p.status,
              category: p.category,
              titles: { 'zh-CN': p.translations['zh-CN'].title, en: p.translations.en.title, ja: p.translations.ja.title },
              translationStatus: p.translationStatus,
              updatedAt: p.updatedAt,
              publishedAt: p.publishedAt,
            }));
          return ok({ items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize });
        }
        case 'createPolicy': {
          const parsed = policyInputSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!isAdmin) return fail(403, 'FORBIDDEN');
          const issues = referenceIssues(parsed.data);
          if (issues.length) return invalidIssues(issues);
          return { status: 201, body: policies.create(parsed.data, user.displayName) };
        }
        case 'getPolicy':
          return policies.get(id) ? ok(policies.get(id)) : notFound();
        case 'updatePolicy': {
          const parsed = policyUpdateSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!isAdmin) return fail(403, 'FORBIDDEN');
          if (!policies.get(id)) return notFound();
          const { version, ...input } = parsed.data;
          const issues = referenceIssues(input);
          if (issues.length) return invalidIssues(issues);
          const saved = policies.update(id, version, input, user.displayName);
          return saved ? ok(saved) : conflict();
        }
        case 'publishPolicy':
        case 'archivePolicy': {
          const parsed = versionBodySchema.optional().safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!isAdmin) return fail(403, 'FORBIDDEN');
          const policy = policies.get(id);
          if (!policy) return notFound();
          const version = parsed.data?.version;
          if (version !== undefined && version !== policy.version) return conflict();
          if (key === 'publishPolicy') {
            const issues = publishIssues(policy);
            if (issues.length) return invalidIssues(issues);
          }
          const changed = policies.setStatus(id, policy.version, key === 'publishPolicy' ? 'published' : 'archived', user.displayName);
          return changed ? ok(changed) : conflict();
        }
        case 'listPolicyVersions': {
          const items = policies.versions(id);
          return items ? ok({ items }) : notFound();
        }
        case 'getPolicyVersion': {
          const found = policies.version(id, params.version ?? 0);
          return found ? ok(found) : notFound();
        }
        case 'restorePolicyVersion': {
          // the server's restore body is versionBodySchema with `version` required
          const parsed = versionBodySchema.safeParse(body ?? {});
          if (!parsed.success) return invalid(parsed.error);
          const expected = parsed.data.version;
          if (expected === undefined) return invalidIssues([{ field: 'version', code: 'required' }]);
          if (!isAdmin) return fail(403, 'FORBIDDEN');
          if (!policies.get(id)) return notFound();
          const from = policies.version(id, params.version ?? 0);
          if (!from) return notFound();
          const restored = policies.update(id, expected, inputOf(from.snapshot), user.displayName, 'restore');
          return restored ? ok(restored) : conflict();
        }
        default:
          break;
      }
    }

    // The lead desk (apps/server/src/leads, /work/notes/intent-api.md): staff see their concierge's
    // leads and read the assignment rules; admins see everything and change the rules.
    if (key && LEAD_ROUTES.has(key)) {
      const reader = { id: user.id, role: user.role, displayName: user.displayName };
      const lead = params.id === undefined ? undefined : leads.get(params.id);
      const found = lead && leads.visibleTo(reader, lead) ? lead : undefined;
      const notFound = () => fail(404, 'NOT_FOUND');
      const conflict = () => fail(409, 'CONFLICT');
      const answer = (changed: NonNullable<typeof lead>) => ok(leads.detail(changed, reader));
      const query = Object.fromEntries(url.searchParams);
      switch (key) {
        case 'listLeads': {
          const parsed = leadQuerySchema.safeParse(query);
          if (!parsed.success) return invalid(parsed.error, 'query');
          return ok(leads.list(reader, parsed.data));
        }
        case 'exportLeads': {
          const parsed = leadExportQuerySchema.safeParse(query);
          if (!parsed.success) return invalid(parsed.error, 'query');
          const { format, ...filter } = parsed.data;
          const rows = leads.exportRows(reader, filter);
          // CSV as the server writes it; the fake's "xlsx" is the same rows, labelled as a workbook
          const content = ['id,company,stage,phone', ...rows.map((r) => [r.id, r.companyName, r.stage, r.phone].join(','))].join('\n');
          const contentType = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8';
          return ok({ file: { filename: `leads-20250310.${format}`, contentType, content } } satisfies FakeFile);
        }
        case 'getLead':
          return found ? answer(found) : notFound();
        case 'changeLeadStage': {
          const parsed = stageChangeSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!found) return notFound();
          const changed = leads.changeStage(found, parsed.data.version, parsed.data.stage, parsed.data.reason ?? null, user.username);
          return changed ? answer(changed) : conflict();
        }
        case 'reassignLead': {
          const parsed = reassignSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!found) return notFound();
          if (!leads.concierges.some((c) => c.id === parsed.data.conciergeId && c.active)) return invalidIssues([{ field: 'conciergeId', code: 'invalid_value' }]);
          const changed = leads.reassign(found, parsed.data.version, parsed.data.conciergeId, parsed.data.reason, user.username);
          return changed ? answer(changed) : conflict();
        }
        case 'addLeadNote':
        case 'sendLeadMessage': {
          // both take { body } (the server validates messages with the note schema)
          const parsed = noteRequestSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!found) return notFound();
          if (key === 'addLeadNote') leads.note(found, parsed.data.body, user.username);
          else leads.message(found, parsed.data.body, user.username);
          return answer(found);
        }
        case 'mergeLead': {
          const parsed = mergeRequestSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (!found) return notFound();
          if (parsed.data.duplicateId === found.id) return invalidIssues([{ field: 'duplicateId', code: 'invalid_value' }]);
          const duplicate = leads.get(parsed.data.duplicateId);
          if (!duplicate || !leads.visibleTo(reader, duplicate)) return notFound();
          return leads.merge(found, duplicate, user.username) ? answer(found) : conflict();
        }
        case 'revealLeadContact': {
          if (!found) return notFound();
          record({ actorId: user.id, actorName: user.displayName, action: 'lead.reveal_contact', targetType: 'intent', targetId: String(found.id), outcome: 'success' });
          return ok(leads.reveal(found, user.username));
        }
        case 'getAssignmentRules':
          return ok({ rules: leads.rules() });
        case 'setAssignmentRules': {
          const parsed = assignmentRulesSchema.safeParse(body);
          if (!parsed.success) return invalid(parsed.error);
          if (user.role !== 'admin') return fail(403, 'FORBIDDEN');
          const issues: ReturnType<typeof toFieldIssues> = [];
          parsed.data.rules.forEach((rule, i) => {
            if (rule.industry !== null && !['rnd', 'culture', 'health'].includes(rule.industry)) issues.push({ field: `rules.${i}.industry`, code: 'invalid_value' });
            rule.conciergeIds.forEach((id, j) => {
              if (!leads.concierges.some((c) => c.id === id)) issues.push({ field: `rules.${i}.conciergeIds.${j}`, code: 'invalid_value' });
            });
          });
          if (issues.length) return invalidIssues(issues);
          leads.setRules(parsed.data.rules);
          return ok({ rules: leads.rules() });
        }
        case 'listConcierges':
          return ok({ items: leads.concierges });
        case 'listNotifications':
          return ok(leads.notificationsOf(user.id));
        case 'readNotifications': {
          const parsed = readNotificationsSchema.safeParse(body ?? {});
          if (!parsed.success) return invalid(parsed.error);
          leads.readNotifications(user.id, parsed.data.ids);
          return { status: 204, body: null };
        }
        default:
          break;
      }
    }

    // Projects and premises (apps/server/src/heatmap/heatmap-admin.*): see fake-heatmap.ts.
    if (key && key in HEATMAP_PATHS) {
      return heatmap.answer(key as HeatmapPathKey, { user, id: params.id, query: url.searchParams, body, fail: (status, code) => fail(status, code), invalid: invalidIssues });
    }

    if (user.role !== 'admin') return fail(403, 'FORBIDDEN');
    const page = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
    const slice = <T>(items: T[]) => ({ items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize });
    if (route === PATHS.listUsers) return ok(slice(accounts.map(publicUser)));
    if (route === PATHS.createUser) {
      const parsed = createStaffUserSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      if (accounts.some((a) => a.username === parsed.data.username)) return fail(409, 'USERNAME_TAKEN');
      const created = account(accounts.length + 1, parsed.data.username, parsed.data.displayName, parsed.data.role, parsed.data.password);
      accounts.push(created);
      return { status: 201, body: publicUser(created) };
    }
    if (route === PATHS.linkStaffConcierge) {
      const parsed = staffConciergeLinkSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const target = accounts.find((a) => a.id === params.id);
      if (!target) return fail(404, 'NOT_FOUND');
      const { conciergeId } = parsed.data;
      if (conciergeId !== null && !leads.concierges.some((c) => c.id === conciergeId)) return invalidIssues([{ field: 'conciergeId', code: 'invalid_value' }]);
      for (const c of leads.concierges) {
        if (c.staffUserId === target.id) c.staffUserId = null;
        if (c.id === conciergeId) c.staffUserId = target.id;
      }
      return { status: 204, body: null };
    }
    if (route === PATHS.audit) {
      const action = url.searchParams.get('action');
      return ok(slice(action ? audit.filter((e) => e.action === action) : audit));
    }
    return fail(404, 'ROUTE_NOT_FOUND');
  };

  /** `fetch` for file downloads (exports), answered by the same routes, tokens and errors as `transport` */
  const fetchFile = async (url: string, init: { method: 'GET'; headers: Record<string, string> }): Promise<Response> => {
    const answer = await transport({ method: init.method, url, headers: init.headers });
    if (isFakeFile(answer.body)) {
      const { filename, contentType, content } = answer.body.file;
      return new Response(content, { status: answer.status, headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"` } });
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };

  return {
    transport,
    fetchFile,
    requests,
    audit,
    policies,
    leads,
    heatmap,
    /** another admin saves policy `id` meanwhile (its version moves on), through the same rules */
    editPolicyElsewhere: (id: number, change: (input: ReturnType<typeof inputOf>) => void, actorName = '王伟') => {
      const current = policies.get(id);
      if (!current) throw new Error(`no fake policy ${id}`);
      const input = inputOf(current);
      change(input);
      const saved = policies.update(id, current.version, input, actorName);
      if (!saved) throw new Error('fake policy edit refused');
      return saved;
    },
    /** a session as a sign-in would have made it, for tests that start signed in */
    signIn: (username: string) => {
      const user = accounts.find((a) => a.username === username);
      if (!user) throw new Error(`no fake account ${username}`);
      return issue(user);
    },
    /** every access token issued so far now answers SESSION_EXPIRED, as after expiresIn */
    expireAccessTokens: () => accessTokens.forEach((_, token) => expired.add(token)),
    revokeRefreshTokens: () => refreshTokens.clear(),
    /** requests to this route fail as if the network were down */
    goOffline: (path: Path) => offline.add(path),
    calls: (path: Path) => requests.filter((r) => routeOf(r).path === path),
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;

const ok = (body: unknown): HttpResponse => ({ status: 200, body });

function account(id: number, username: string, displayName: string, role: StaffUser['role'], password: string): Account {
  return { id, username, displayName, role, password, active: true, createdAt: '2025-01-01T00:00:00.000Z', lastLoginAt: null };
}

function publicUser({ password: _password, ...user }: Account): StaffUser {
  return user;
}

function meta(language: Language): MetaResponse {
  const item = (code: string, name: string, group: string | null = null) => ({ code, name, group, min: null, max: null, fallback: false });
  return {
    language,
    district: { name: language === 'zh-CN' ? '相城区' : language === 'ja' ? '相城区' : 'Xiangcheng District', fallback: false },
    industries: [item('rnd', 'R&D', 'leading'), item('culture', 'Culture', 'leading'), item('health', 'Health', 'leading')],
    policyCategories: [item('finance', 'Finance'), item('talent', 'Talent')],
    enterpriseTypes: [item('foreign', 'Foreign')],
    amountRanges: [item('lt1000', '< 1000')],
    spaceKinds: [item('land', 'Land'), item('factory', 'Factory'), item('office', 'Office')],
    areas: [{ id: 1, code: 'cjz', kind: 'cooperation_zone', name: 'China-Japan zone', fallback: false }],
    languages: [
      { code: 'zh-CN', name: '简体中文' },
      { code: 'en', name: 'English' },
      { code: 'ja', name: '日本語' },
    ],
    sampleData: true,
  };
}
