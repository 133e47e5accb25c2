import type { HttpResponse } from '@zhaoshang/api-client';
import {
  PREMISES_IMPORT_COLUMNS,
  PROJECT_IMPORT_COLUMNS,
  adminPremisesListQuerySchema,
  adminProjectListQuerySchema,
  deleteQuerySchema,
  importRequestSchema,
  premisesInputSchema,
  premisesUpdateSchema,
  projectInputSchema,
  projectUpdateSchema,
  toFieldIssues,
  type AdminPremises,
  type AdminProject,
  type FieldIssue,
  type Translated,
  type PremisesInput,
  type ProjectInput,
} from '@zhaoshang/contracts';
import { demoPremises, demoProjects } from './factories/heatmap';
import { KNOWN_CODES } from './fake-policies';

/**
 * Projects and premises behind the fake server, after apps/server/src/heatmap/heatmap-admin.service.ts
 * and import/import-rows.ts: staff read, admins write; saves and deletes name the version they
 * loaded (stale → CONFLICT); codes are unique and name known industries and areas; an import checks
 * every row first and writes all or nothing, a known code updating its record. CSV only: the fake
 * cannot read XLSX (the server e2e covers it) and refuses a real one loudly.
 */
export const HEATMAP_PATHS = {
  listProjects: 'GET /api/v1/admin/projects',
  createProject: 'POST /api/v1/admin/projects',
  importProjects: 'POST /api/v1/admin/projects/import',
  getProject: 'GET /api/v1/admin/projects/{id}',
  updateProject: 'PUT /api/v1/admin/projects/{id}',
  deleteProject: 'DELETE /api/v1/admin/projects/{id}',
  listPremises: 'GET /api/v1/admin/premises',
  createPremises: 'POST /api/v1/admin/premises',
  importPremises: 'POST /api/v1/admin/premises/import',
  getPremises: 'GET /api/v1/admin/premises/{id}',
  updatePremises: 'PUT /api/v1/admin/premises/{id}',
  deletePremises: 'DELETE /api/v1/admin/premises/{id}',
} as const;
export type HeatmapPathKey = keyof typeof HEATMAP_PATHS;

/** The fake /meta's areas (see `meta` in fake-server.ts). */
const AREAS = ['cjz'];
const NULLABLE = new Set(['area', 'price_min', 'price_max', 'price_unit', 'plot_ratio']);
const NUMERIC = new Set(['amount', 'year', 'lat', 'lng', 'total_area', 'available_area', 'price_min', 'price_max', 'plot_ratio']);
const REQUIRED = {
  project: ['code', 'name_zh', 'industry', 'amount', 'year', 'lat', 'lng'],
  premises: ['code', 'kind', 'name_zh', 'lat', 'lng', 'total_area', 'available_area', 'last_updated'],
};

/** What both tables' inputs have. */
type Entry = { code: string; names: Translated; areaCode: string | null; industry?: string };
type Meta = { id: number; version: number; createdAt: string; updatedAt: string; updatedBy: string | null };
type Table<I extends { code: string }> = {
  rows: Map<number, I & Meta>;
  nextId: number;
};

export type HeatmapContext = {
  user: { role: 'admin' | 'staff'; username: string };
  id: number | undefined;
  query: URLSearchParams;
  body: unknown;
  fail: (status: number, code: 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT') => HttpResponse;
  invalid: (issues: FieldIssue[]) => HttpResponse;
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const ok = (body: unknown, status = 200): HttpResponse => ({ status, body });

/** A CSV column's place in the input: `name_zh` → `names.zh-CN`, `area` → `areaCode`, `total_area` → `totalArea`. */
const pathOf = (column: string) =>
  ({ name_zh: 'names.zh-CN', name_en: 'names.en', name_ja: 'names.ja', area: 'areaCode' })[column] ?? column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function cellValue(column: string, raw: string): unknown {
  if (raw === '') return NULLABLE.has(column) ? null : column === 'photos' ? [] : undefined;
  if (column === 'sample') return ['1', 'true', 'yes', 'y', '是'].includes(raw.toLowerCase()) ? true : ['0', 'false', 'no', 'n', '否'].includes(raw.toLowerCase()) ? false : raw;
  if (column === 'photos') return raw.split('|').map((s) => s.trim()).filter(Boolean);
  if (NUMERIC.has(column)) return Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return raw;
}

/** RFC 4180 enough for tests: quoted fields with "" escapes, CRLF or LF, a BOM dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') field += src[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

export function createHeatmapData() {
  let clock = 0;
  // deterministic, increasing timestamps
  const now = () => new Date(Date.UTC(2025, 2, 5, 8, 0, clock++)).toISOString();
  const industries = new Set<string>(KNOWN_CODES.industry);
  const projects: Table<ProjectInput> = { rows: new Map(), nextId: 1 };
  const premises: Table<PremisesInput> = { rows: new Map(), nextId: 1 };

  const insert = <I extends { code: string }>(table: Table<I>, input: I, by: string | null) => {
    const at = now();
    const row = { ...clone(input), id: table.nextId++, version: 1, createdAt: at, updatedAt: at, updatedBy: by };
    table.rows.set(row.id, row);
    return clone(row);
  };
  const replace = <I extends { code: string }>(table: Table<I>, id: number, input: I, by: string | null) => {
    const old = table.rows.get(id) as I & Meta;
    const row = { ...clone(input), id, version: old.version + 1, createdAt: old.createdAt, updatedAt: now(), updatedBy: by };
    table.rows.set(id, row);
    return clone(row);
  };
  demoProjects().forEach((p) => insert(projects, p, 'admin'));
  demoPremises().forEach((p) => insert(premises, p, 'admin'));

  const unknownCodes = (input: Entry): FieldIssue[] => [
    ...(input.industry !== undefined && !industries.has(input.industry) ? [{ field: 'industry', code: 'invalid_value' as const }] : []),
    ...(input.areaCode !== null && !AREAS.includes(input.areaCode) ? [{ field: 'areaCode', code: 'invalid_value' as const }] : []),
  ];

  type Spec<I extends Entry> = {
    target: 'project' | 'premises';
    table: Table<I>;
    input: typeof projectInputSchema | typeof premisesInputSchema;
    update: typeof projectUpdateSchema | typeof premisesUpdateSchema;
    list: typeof adminProjectListQuerySchema | typeof adminPremisesListQuerySchema;
    columns: readonly string[];
    matches: (row: I, query: Record<string, unknown>) => boolean;
  };
  const PROJECTS: Spec<ProjectInput> = {
    target: 'project',
    table: projects,
    input: projectInputSchema,
    update: projectUpdateSchema,
    list: adminProjectListQuerySchema,
    columns: PROJECT_IMPORT_COLUMNS,
    matches: (p, q) => (!q.industry || p.industry === q.industry) && (q.year === undefined || p.year === q.year),
  };
  const PREMISES: Spec<PremisesInput> = {
    target: 'premises',
    table: premises,
    input: premisesInputSchema,
    update: premisesUpdateSchema,
    list: adminPremisesListQuerySchema,
    columns: PREMISES_IMPORT_COLUMNS,
    matches: (p, q) => !q.kind || p.kind === q.kind,
  };

  function answer<I extends Entry>(spec: Spec<I>, op: 'list' | 'create' | 'import' | 'get' | 'update' | 'delete', ctx: HeatmapContext): HttpResponse {
    const { table } = spec;
    const isAdmin = ctx.user.role === 'admin';
    const found = ctx.id === undefined ? undefined : table.rows.get(ctx.id);
    const codeTaken = (code: string, id: number | null) => [...table.rows.values()].some((r) => r.code === code && r.id !== id);
    switch (op) {
      case 'list': {
        const parsed = spec.list.safeParse(Object.fromEntries(ctx.query));
        if (!parsed.success) return ctx.invalid(toFieldIssues(parsed.error, 'query'));
        const q = parsed.data as Record<string, unknown> & { q?: string; area?: string; page: number; pageSize: number };
        const needle = q.q?.toLowerCase();
        const items = [...table.rows.values()]
          .filter((r) => spec.matches(r, q) && (!q.area || r.areaCode === q.area))
          .filter((r) => !needle || r.code.toLowerCase().includes(needle) || JSON.stringify(r.names).toLowerCase().includes(needle))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
        return ok({ items: clone(items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)), total: items.length, page: q.page, pageSize: q.pageSize });
      }
      case 'get':
        return found ? ok(clone(found)) : ctx.fail(404, 'NOT_FOUND');
      case 'create':
      case 'update': {
        const parsed = (op === 'create' ? spec.input : spec.update).safeParse(ctx.body);
        if (!parsed.success) return ctx.invalid(toFieldIssues(parsed.error));
        if (!isAdmin) return ctx.fail(403, 'FORBIDDEN');
        if (op === 'update' && !found) return ctx.fail(404, 'NOT_FOUND');
        const { version, ...rest } = parsed.data as { version?: number };
        const input = rest as I;
        const issues = unknownCodes(input);
        if (codeTaken(input.code, found?.id ?? null)) issues.push({ field: 'code', code: 'duplicate' });
        if (issues.length) return ctx.invalid(issues);
        if (op === 'create') return ok(insert(table, input, ctx.user.username), 201);
        if (!found || found.version !== version) return ctx.fail(409, 'CONFLICT');
        return ok(replace(table, found.id, input, ctx.user.username));
      }
      case 'delete': {
        const parsed = deleteQuerySchema.safeParse(Object.fromEntries(ctx.query));
        if (!parsed.success) return ctx.invalid(toFieldIssues(parsed.error, 'query'));
        if (!isAdmin) return ctx.fail(403, 'FORBIDDEN');
        if (!found) return ctx.fail(404, 'NOT_FOUND');
        if (found.version !== parsed.data.version) return ctx.fail(409, 'CONFLICT');
        table.rows.delete(found.id);
        return { status: 204, body: null };
      }
      case 'import': {
        const parsed = importRequestSchema.safeParse(ctx.body);
        if (!parsed.success) return ctx.invalid(toFieldIssues(parsed.error));
        if (!isAdmin) return ctx.fail(403, 'FORBIDDEN');
        const bytes = Uint8Array.from(atob(parsed.data.contentBase64.replace(/[\r\n]/g, '')), (c) => c.charCodeAt(0));
        if (/\.xlsx$/i.test(parsed.data.filename)) {
          // a zip file starts with "PK"
          if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new Error('the fake server reads CSV only; XLSX import is covered by the server e2e');
          return ctx.invalid([{ field: 'contentBase64', code: 'invalid_format' }]);
        }
        const text = new TextDecoder().decode(bytes);
        if (text.includes('\uFFFD')) return ctx.invalid([{ field: 'contentBase64', code: 'invalid_format', params: { expected: 'UTF-8' } }]);
        const [head = [], ...body] = parseCsv(text);
        const header = head.map((h) => h.trim().toLowerCase());
        const issues: FieldIssue[] = [
          ...header.filter((h) => h !== '' && !spec.columns.includes(h)).map((h): FieldIssue => ({ field: `columns.${h}`, code: 'unknown_field', params: { column: h } })),
          ...REQUIRED[spec.target].filter((c) => !header.includes(c)).map((c): FieldIssue => ({ field: `columns.${c}`, code: 'required', params: { column: c } })),
        ];
        if (issues.length) return ctx.invalid(issues);
        const lines = body.flatMap((cells, i) => (cells.some((c) => c.trim()) ? [{ line: i + 2, cells: cells.map((c) => c.trim()) }] : []));
        if (lines.length === 0) return ctx.invalid([{ field: 'rows', code: 'required' }]);
        const accepted: I[] = [];
        const firstLine = new Map<string, number>();
        for (const { line, cells } of lines) {
          const object: Record<string, unknown> = {};
          header.forEach((column, i) => {
            const value = cellValue(column, cells[i] ?? '');
            if (value === undefined) return;
            const [key, sub] = pathOf(column).split('.') as [string, string | undefined];
            if (sub) object[key] = { ...(object[key] as object), [sub]: value };
            else object[key] = value;
          });
          const at = (column: string, code: FieldIssue['code'], params: Record<string, string | number> = {}) => issues.push({ field: `rows.${line}.${column}`, code, params: { ...params, row: line, column } });
          const row = spec.input.safeParse(object, { reportInput: true });
          if (!row.success) {
            for (const issue of toFieldIssues(row.error)) at(spec.columns.find((c) => issue.field === pathOf(c) || issue.field.startsWith(`${pathOf(c)}.`)) ?? issue.field, issue.code, issue.params);
            continue;
          }
          const input = row.data as unknown as I;
          if (firstLine.has(input.code)) at('code', 'duplicate', { line: firstLine.get(input.code) as number });
          else firstLine.set(input.code, line);
          for (const issue of unknownCodes(input)) at(issue.field === 'areaCode' ? 'area' : issue.field, issue.code);
          accepted.push(input);
        }
        if (issues.length) return ctx.invalid(issues);
        const known = new Map([...table.rows.values()].map((r) => [r.code, r.id]));
        const updated = accepted.filter((r) => known.has(r.code)).length;
        const counts = { rows: accepted.length, created: accepted.length - updated, updated };
        if (parsed.data.dryRun) return ok({ imported: false, ...counts });
        for (const input of accepted) {
          const id = known.get(input.code);
          if (id === undefined) insert(table, input, ctx.user.username);
          else replace(table, id, input, ctx.user.username);
        }
        return ok({ imported: true, ...counts });
      }
    }
  }

  const OPS: Record<HeatmapPathKey, [Spec<ProjectInput> | Spec<PremisesInput>, 'list' | 'create' | 'import' | 'get' | 'update' | 'delete']> = {
    listProjects: [PROJECTS, 'list'],
    createProject: [PROJECTS, 'create'],
    importProjects: [PROJECTS, 'import'],
    getProject: [PROJECTS, 'get'],
    updateProject: [PROJECTS, 'update'],
    deleteProject: [PROJECTS, 'delete'],
    listPremises: [PREMISES, 'list'],
    createPremises: [PREMISES, 'create'],
    importPremises: [PREMISES, 'import'],
    getPremises: [PREMISES, 'get'],
    updatePremises: [PREMISES, 'update'],
    deletePremises: [PREMISES, 'delete'],
  };

  const byCode = <I extends { code: string }>(table: Table<I>, code: string) => {
    const row = [...table.rows.values()].find((r) => r.code === code);
    if (!row) throw new Error(`no fake record ${code}`);
    return row;
  };

  return {
    answer: (key: HeatmapPathKey, ctx: HeatmapContext) => {
      const [spec, op] = OPS[key];
      return answer(spec as Spec<ProjectInput>, op, ctx);
    },
    projects: () => [...projects.rows.values()].map((r): AdminProject => clone(r)),
    premises: () => [...premises.rows.values()].map((r): AdminPremises => clone(r)),
    /** another admin saves the project with `code` meanwhile (its version moves on) */
    editProjectElsewhere: (code: string, change: Partial<ProjectInput>, by = 'wang.wei') => {
      const { id, version: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, ...input } = byCode(projects, code);
      return replace(projects, id, { ...input, ...change }, by);
    },
    editPremisesElsewhere: (code: string, change: Partial<PremisesInput>, by = 'wang.wei') => {
      const { id, version: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, ...input } = byCode(premises, code);
      return replace(premises, id, { ...input, ...change }, by);
    },
    /** an admin retires an industry meanwhile: rows naming it are rejected from now on */
    retireIndustry: (code: string) => industries.delete(code),
  };
}
