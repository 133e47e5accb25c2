import {
  IMPORT_MAX_ROWS,
  premisesInputSchema,
  projectInputSchema,
  toFieldIssues,
  type FieldIssue,
  type PremisesInput,
  type ProjectInput,
} from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { Sheet } from './read-sheet';

type Parse = 'text' | 'optionalText' | 'nullableText' | 'number' | 'nullableNumber' | 'boolean' | 'list';
type Column = { column: string; path: string; parse: Parse; required?: boolean };

const NAMES: Column[] = [
  { column: 'name_zh', path: 'names.zh-CN', parse: 'text', required: true },
  { column: 'name_en', path: 'names.en', parse: 'optionalText' },
  { column: 'name_ja', path: 'names.ja', parse: 'optionalText' },
];

export const PROJECT_COLUMNS: Column[] = [
  { column: 'code', path: 'code', parse: 'text', required: true },
  ...NAMES,
  { column: 'industry', path: 'industry', parse: 'text', required: true },
  { column: 'amount', path: 'amount', parse: 'number', required: true },
  { column: 'year', path: 'year', parse: 'number', required: true },
  { column: 'lat', path: 'lat', parse: 'number', required: true },
  { column: 'lng', path: 'lng', parse: 'number', required: true },
  { column: 'area', path: 'areaCode', parse: 'nullableText' },
  { column: 'sample', path: 'sample', parse: 'boolean' },
];

export const PREMISES_COLUMNS: Column[] = [
  { column: 'code', path: 'code', parse: 'text', required: true },
  { column: 'kind', path: 'kind', parse: 'text', required: true },
  ...NAMES,
  { column: 'area', path: 'areaCode', parse: 'nullableText' },
  { column: 'lat', path: 'lat', parse: 'number', required: true },
  { column: 'lng', path: 'lng', parse: 'number', required: true },
  { column: 'total_area', path: 'totalArea', parse: 'number', required: true },
  { column: 'available_area', path: 'availableArea', parse: 'number', required: true },
  { column: 'price_min', path: 'priceMin', parse: 'nullableNumber' },
  { column: 'price_max', path: 'priceMax', parse: 'nullableNumber' },
  { column: 'price_unit', path: 'priceUnit', parse: 'nullableText' },
  { column: 'plot_ratio', path: 'plotRatio', parse: 'nullableNumber' },
  { column: 'contact_name', path: 'contactName', parse: 'optionalText' },
  { column: 'contact_phone', path: 'contactPhone', parse: 'optionalText' },
  { column: 'photos', path: 'photos', parse: 'list' },
  { column: 'last_updated', path: 'lastUpdated', parse: 'text', required: true },
  { column: 'sample', path: 'sample', parse: 'boolean' },
];

const TRUE = new Set(['1', 'true', 'yes', 'y', '是']);
const FALSE = new Set(['', '0', 'false', 'no', 'n', '否']);

/** Text → the input's type; what cannot be read stays text so the schema names the problem. */
function parse(raw: string, how: Parse): unknown {
  switch (how) {
    case 'text':
      return raw === '' ? undefined : raw;
    case 'optionalText':
      return raw === '' ? undefined : raw;
    case 'nullableText':
      return raw === '' ? null : raw;
    case 'number':
    case 'nullableNumber': {
      if (raw === '') return how === 'number' ? undefined : null;
      const n = Number(raw.replace(/[,\s]/g, ''));
      return Number.isFinite(n) ? n : raw;
    }
    case 'boolean': {
      const v = raw.toLowerCase();
      return TRUE.has(v) ? true : FALSE.has(v) ? false : raw;
    }
    case 'list':
      return raw === '' ? [] : raw.split(/[|\n]/).map((s) => s.trim()).filter(Boolean);
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const [head, ...rest] = path.split('.');
  if (!head) return;
  if (rest.length === 0) target[head] = value;
  else setPath((target[head] ??= {}) as Record<string, unknown>, rest.join('.'), value);
}

export type RowInput<I> = { line: number; input: I };
export type Known = { industries: ReadonlySet<string>; areas: ReadonlySet<string> };

/**
 * Checks every row before anything is written. Problems are field issues named
 * `rows.<line>.<column>` (`line` as the spreadsheet shows it, the header being line 1) with
 * `row` and `column` in params; header problems are `columns.<column>`.
 */
function validate<S extends z.ZodType>(sheet: Sheet, columns: Column[], schema: S, extra: (input: z.output<S>) => { column: string; code: FieldIssue['code'] }[]): { rows: RowInput<z.output<S>>[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const known = new Set(columns.map((c) => c.column));
  sheet.header.forEach((h) => {
    if (h !== '' && !known.has(h)) issues.push({ field: `columns.${h}`, code: 'unknown_field', params: { column: h } });
  });
  for (const c of columns) if (c.required && !sheet.header.includes(c.column)) issues.push({ field: `columns.${c.column}`, code: 'required', params: { column: c.column } });
  if (issues.length) return { rows: [], issues };
  if (sheet.rows.length === 0) return { rows: [], issues: [{ field: 'rows', code: 'required' }] };
  if (sheet.rows.length > IMPORT_MAX_ROWS) return { rows: [], issues: [{ field: 'rows', code: 'too_big', params: { max: IMPORT_MAX_ROWS } }] };
  const at = new Map(sheet.header.map((h, i) => [h, i]));
  const rows: RowInput<z.output<S>>[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of sheet.rows) {
    const object: Record<string, unknown> = {};
    for (const c of columns) {
      const i = at.get(c.column);
      setPath(object, c.path, parse(i === undefined ? '' : (row.cells[i] ?? ''), c.parse));
    }
    const issue = (column: string, code: FieldIssue['code'], params: Record<string, string | number> = {}) =>
      issues.push({ field: `rows.${row.line}.${column}`, code, params: { ...params, row: row.line, column } });
    const result = schema.safeParse(object, { reportInput: true });
    if (!result.success) {
      for (const zi of toFieldIssues(result.error)) {
        const column = columns.find((c) => zi.field === c.path || zi.field.startsWith(`${c.path}.`))?.column ?? zi.field;
        issue(column, zi.code, zi.params);
      }
      continue;
    }
    const code = String(object.code);
    if (firstLineOf.has(code)) issue('code', 'duplicate', { line: firstLineOf.get(code) as number });
    else firstLineOf.set(code, row.line);
    for (const e of extra(result.data)) issue(e.column, e.code);
    rows.push({ line: row.line, input: result.data });
  }
  return { rows, issues };
}

export function validateProjectRows(sheet: Sheet, known: Known): { rows: RowInput<ProjectInput>[]; issues: FieldIssue[] } {
  return validate(sheet, PROJECT_COLUMNS, projectInputSchema, (p) => [
    ...(known.industries.has(p.industry) ? [] : [{ column: 'industry', code: 'invalid_value' as const }]),
    ...(p.areaCode === null || known.areas.has(p.areaCode) ? [] : [{ column: 'area', code: 'invalid_value' as const }]),
  ]);
}

export function validatePremisesRows(sheet: Sheet, known: Known): { rows: RowInput<PremisesInput>[]; issues: FieldIssue[] } {
  return validate(sheet, PREMISES_COLUMNS, premisesInputSchema, (p) => (p.areaCode === null || known.areas.has(p.areaCode) ? [] : [{ column: 'area', code: 'invalid_value' as const }]));
}
