import { ApiError } from '@zhaoshang/api-client';
import { toFieldIssues, type FieldIssue } from '@zhaoshang/contracts';
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { fieldMessages, type ShownError } from './errors';

/** Any shared zod schema, typed structurally so the console needs no zod import of its own. */
export type SharedSchema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: Parameters<typeof toFieldIssues>[0] };
};

/**
 * A schema, or a loader for one: a page that must be usable before zod arrives (the sign-in form)
 * fetches its schema when a rule first runs, not with the page.
 */
export type SchemaSource<T> = SharedSchema<T> | (() => Promise<SharedSchema<T>>);

export function loadSchema<T>(source: SchemaSource<T>): Promise<SharedSchema<T>> {
  return typeof source === 'function' ? source() : Promise.resolve(source);
}

/** Form field name path: `benefits.0.maxAmount` is `['benefits', 0, 'maxAmount']`, as antd's Form.List names it. */
export type NamePath = (string | number)[];

export function namePathOf(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function schemaIssues(schema: SharedSchema<unknown>, values: unknown): FieldIssue[] {
  const result = schema.safeParse(values);
  return result.success ? [] : toFieldIssues(result.error);
}

/**
 * A schema failure found before sending, shaped like the server's VALIDATION_FAILED, so it reaches
 * the user the one way every error does (describeError) and is re-translated on a language switch.
 */
export function schemaError(issues: readonly FieldIssue[]): ApiError {
  return new ApiError(400, { code: 'VALIDATION_FAILED', message: '', details: issues.map((issue) => ({ ...issue, message: '' })) });
}

function valueAt(values: unknown, path: NamePath): unknown {
  let current = values;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * An antd rule that checks one field with the same shared schema the server runs, so the user
 * sees the server's own per-field code, translated, before anything is sent. `field` is a dotted
 * path (`username`, `translations.en.title`, `benefits.0.maxAmount`).
 */
export function schemaRule(source: SchemaSource<unknown>, field: string, t: TFunction): Rule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const schema = await loadSchema(source);
      const values = getFieldsValue(true) as Record<string, unknown>;
      const issues = schemaIssues(schema, values).filter((issue) => issue.field === field);
      if (issues.length === 0) return;
      // An empty field is "required", whatever rule (a pattern, an enum) the schema tripped over.
      const value = valueAt(values, namePathOf(field));
      const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      const message = fieldMessages(empty ? [{ field, code: 'required' }] : issues, t)[field];
      if (message) throw new Error(message);
    },
  });
}

/**
 * Which fields a failure's messages may land on: a fixed list, or `'registered'` for forms whose
 * fields come and go (lists of benefits, steps): each message lands on the nearest field the form
 * has, so `eligibility.spaceKinds.1` shows on the space-kinds select.
 */
export type FieldTargets = readonly string[] | 'registered';

/** Where each message of a failure goes; `unplaced` are those no field of the form shows. */
export function placeFieldErrors(form: FormInstance, shown: ShownError, targets: FieldTargets): { placed: [NamePath, string][]; unplaced: string[] } {
  const placed: [NamePath, string][] = [];
  const unplaced: string[] = [];
  const registered = targets === 'registered' ? form.getFieldsError().map((field) => field.name.join('\u0000')) : [];
  for (const [field, message] of Object.entries(shown.fields)) {
    if (targets !== 'registered') {
      if (targets.includes(field)) placed.push([namePathOf(field), message]);
      else unplaced.push(field);
      continue;
    }
    const path = namePathOf(field);
    let target: NamePath | null = null;
    for (let length = path.length; length > 0 && !target; length--) {
      if (registered.includes(path.slice(0, length).join('\u0000'))) target = path.slice(0, length);
    }
    // The first message for a field is the one to fix first.
    if (target && !placed.some(([name]) => name.join('\u0000') === target.join('\u0000'))) placed.push([target, message]);
    else if (!target) unplaced.push(field);
  }
  return { placed, unplaced };
}

/** Puts a failure's field messages on the form fields it names; returns whether any landed. */
export function showFieldErrors(form: FormInstance, shown: ShownError, targets: FieldTargets): boolean {
  const { placed } = placeFieldErrors(form, shown, targets);
  form.setFields(placed.map(([name, message]) => ({ name, errors: [message] })));
  return placed.length > 0;
}
