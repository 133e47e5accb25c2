import { HttpException, type Logger } from '@nestjs/common';
import type { ErrorBody, ErrorCode, FieldIssue } from '@zhaoshang/contracts';
import { AppException } from './app.exception';
import { requestLanguage } from './language';
import { redact } from './redact';
import { t } from './translator';

type RequestLike = { id?: string; method?: string; url?: string; query?: unknown; headers: Record<string, string | string[] | undefined> };
export type ErrorResponse = { status: number; body: ErrorBody; headers: Record<string, string> };

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

// errors that mean the database is not reachable right now (it restarts, the network drops)
const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|PROTOCOL_CONNECTION_LOST|ER_SERVER_SHUTDOWN|ER_CON_COUNT_ERROR|Connection lost|Pool is closed|SQLITE_BUSY/;

function classify(error: unknown): { code: ErrorCode; status: number; params?: Record<string, string | number>; issues?: FieldIssue[]; headers?: Record<string, string> } {
  if (error instanceof AppException) return error;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest answers unknown routes with a NotFoundException("Cannot GET /x")
    if (status === 404 && /^Cannot [A-Z]+ /.test(error.message)) return { code: 'ROUTE_NOT_FOUND', status };
    // features throw AppException; a bare 400 comes from the body parser (bad or empty JSON)
    if (status === 400) return { code: /JSON|[Bb]ody/.test(error.message) ? 'BAD_JSON' : 'BAD_REQUEST', status };
    return { code: BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED'), status };
  }
  const e = error as { statusCode?: number; code?: string; message?: string; name?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('FST_')) {
    if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: 'PAYLOAD_TOO_LARGE', status: 413 };
    if (e.statusCode === 415 || e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 };
    if (e.code.startsWith('FST_ERR_CTP')) return { code: 'BAD_JSON', status: 400 };
    if (e.statusCode === 404) return { code: 'ROUTE_NOT_FOUND', status: 404 };
  }
  if (e?.name === 'SyntaxError' && e.statusCode === 400) return { code: 'BAD_JSON', status: 400 };
  const text = `${e?.code ?? ''} ${e?.message ?? ''}`;
  if (UNAVAILABLE.test(text)) return { code: 'SERVICE_UNAVAILABLE', status: 503, headers: { 'retry-after': '5' } };
  return { code: 'INTERNAL_ERROR', status: 500 };
}

/** Any error → the error contract in the caller's language. Unexpected ones are logged with the request id. */
export function toErrorResponse(error: unknown, request: RequestLike, logger: Logger): ErrorResponse {
  const language = requestLanguage(request);
  const c = classify(error);
  const body: ErrorBody = {
    code: c.code,
    message: t(language, c.code, c.params ?? {}),
    details: (c.issues ?? []).map((issue) => ({
      ...issue,
      message: t(language, `field.${issue.code}`, issue.params ?? {}),
    })),
  };
  if (request.id) body.requestId = request.id;
  if (c.status >= 500) {
    const err = error as Error;
    logger.error(`[${request.id ?? '-'}] ${request.method ?? ''} ${redact((request.url ?? '').split('?')[0] ?? '')} → ${c.code}: ${redact(String(err?.message ?? error))}`, c.status === 500 ? redact(err?.stack ?? '') : undefined);
  }
  return { status: c.status, body, headers: c.headers ?? {} };
}
