/**
 * One error contract end to end: every error body is
 * `{ code, message, details, requestId? }`, `message` in the caller's language.
 * Codes are stable; clients map them to what the user sees.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'CONFLICT',
  'USERNAME_TAKEN',
  'IDEMPOTENCY_KEY_REUSED',
  'CONSENT_REQUIRED',
  'WECHAT_LOGIN_FAILED',
  'WECHAT_NOT_CONFIGURED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-field codes inside `details` of a VALIDATION_FAILED error. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'unknown_field',
  'invalid_phone',
  'invalid_email',
  'invalid_uscc',
  /** the same natural key twice (e.g. two import rows with one code) */
  'duplicate',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export type FieldError = {
  /** dotted path of the field, e.g. `contact.phone`, or `query.pageSize` */
  field: string;
  code: FieldErrorCode;
  message: string;
  /** limits for too_* codes, so clients can phrase the message themselves */
  params?: Record<string, string | number>;
};

export type ErrorBody = {
  code: ErrorCode;
  message: string;
  details: FieldError[];
  requestId?: string;
};

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && Array.isArray(v.details);
}
