import type { z } from 'zod';
import { FIELD_ERROR_CODES, type FieldErrorCode } from './errors';

export type FieldIssue = { field: string; code: FieldErrorCode; params?: Record<string, string | number> };

/**
 * Turns zod issues into stable per-field codes. Both the server and the clients run the same
 * schemas, so a client shows the same message the server would have sent.
 */
export function toFieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.') || '(root)';
    return { field, ...codeOf(issue) };
  });
}

function codeOf(issue: z.core.$ZodIssue): { code: FieldErrorCode; params?: Record<string, string | number> } {
  // a schema may name its own code as the message (`regex(P, { message: 'invalid_phone' })`)
  if ((FIELD_ERROR_CODES as readonly string[]).includes(issue.message)) return { code: issue.message as FieldErrorCode };
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid_type' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { code: 'required' } : { code: 'too_short', params: { min } };
      if (issue.origin === 'array') return { code: min <= 1 ? 'required' : 'too_small', params: { min } };
      return { code: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      return { code: 'too_big', params: { max } };
    }
    case 'invalid_format':
      return { code: 'invalid_format' };
    case 'unrecognized_keys':
      return { code: 'unknown_field' };
    case 'invalid_value':
      // nothing chosen from a list is "required", not "not allowed" (parse with reportInput to tell)
      return 'input' in issue && (issue.input === undefined || issue.input === '') ? { code: 'required' } : { code: 'invalid_value' };
    case 'invalid_union':
    default:
      return { code: 'invalid_value' };
  }
}
