import { ApiError } from '@zhaoshang/api-client';
import type { FieldError, FieldIssue } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';

/** What a page shows for a failure: one message, and messages for the fields it concerns. */
export type ShownError = {
  code: string;
  message: string;
  /** keyed by dotted field path, e.g. `username` */
  fields: Record<string, string>;
};

type Issue = Pick<FieldIssue, 'field' | 'code' | 'params'> | Pick<FieldError, 'field' | 'code' | 'params'>;

/**
 * The one place that turns an error into what the user sees, in the UI's current language.
 * Server codes and field codes map to the `errors` namespace; a code the console has no text for
 * falls back to the server's message (already in the request's language), then to INTERNAL_ERROR.
 */
export function describeError(error: unknown, t: TFunction): ShownError {
  if (!(error instanceof ApiError)) {
    return { code: 'INTERNAL_ERROR', message: t('errors:INTERNAL_ERROR'), fields: {} };
  }
  const fields = fieldMessages(error.details, t);
  if (error.code === 'USERNAME_TAKEN' && !fields.username) fields.username = t('errors:USERNAME_TAKEN');
  return { code: error.code, message: codeMessage(error, t), fields };
}

/** Messages for per-field codes, from the server's `details` or from `toFieldIssues` on the client. */
export function fieldMessages(issues: readonly Issue[], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    // The first problem of a field is the one to fix first.
    if (out[issue.field] === undefined) out[issue.field] = t(`errors:field.${issue.code}`, { ...issue.params });
  }
  return out;
}

function codeMessage(error: ApiError, t: TFunction): string {
  const key = `errors:${error.code}`;
  // NETWORK carries the browser's own text, never meant for users.
  if (error.code === 'NETWORK') return t(key);
  if (error.code === 'RATE_LIMITED') {
    // The wait is known only to the server; its message says it in the request's language.
    const retryAfter = error.details.map((d) => d.params?.retryAfter).find((v) => v !== undefined);
    if (retryAfter !== undefined) return t(key, { retryAfter });
    return error.message || t(key, { retryAfter: '…' });
  }
  // A gateway answering for a server that is down or restarting (no error body of ours).
  if (error.code === 'BAD_RESPONSE' && [502, 503, 504].includes(error.status)) return t('errors:SERVICE_UNAVAILABLE');
  if (error.code !== 'BAD_RESPONSE' && t(key, { defaultValue: '' }) !== '') return t(key);
  return error.status > 0 && error.message && !/^HTTP \d+$/.test(error.message) ? error.message : t('errors:INTERNAL_ERROR');
}
