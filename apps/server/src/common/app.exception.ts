import type { ErrorCode, FieldIssue } from '@zhaoshang/contracts';

/**
 * The one exception type features throw. The filter turns it into the error contract, with the
 * message in the caller's language from the `errors` namespace (key = code).
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppException';
  }

  static notFound(): AppException {
    return new AppException('NOT_FOUND', 404);
  }
  static forbidden(): AppException {
    return new AppException('FORBIDDEN', 403);
  }
  static unauthenticated(): AppException {
    return new AppException('UNAUTHENTICATED', 401);
  }
  static validation(issues: FieldIssue[]): AppException {
    return new AppException('VALIDATION_FAILED', 400, {}, issues);
  }
  static rateLimited(retryAfterSeconds: number): AppException {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    return new AppException('RATE_LIMITED', 429, { retryAfter }, [], { 'retry-after': String(retryAfter) });
  }
}
