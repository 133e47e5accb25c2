import { isErrorBody, type ErrorBody, type FieldError, type Language } from '@zhaoshang/contracts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type HttpRequest = { method: HttpMethod; url: string; headers: Record<string, string>; body?: string };
/** `body` is the parsed JSON answer, or null when there was none. */
export type HttpResponse = { status: number; body: unknown };
/** Each platform plugs in its own: fetch in the console, Taro.request in the mini-program. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export type ClientConfig = {
  /** origin the API lives on, e.g. `http://localhost:3000` or '' for the same origin */
  baseUrl: string;
  transport: Transport;
  getAccessToken?: () => string | null | undefined;
  getLanguage?: () => Language;
};

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Operation = {
  method: HttpMethod;
  path: string;
  pathParams?: Record<string, string | number>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
};

/** The one error type clients see: the server's error contract, or NETWORK when nothing came back. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorBody['code'] | 'NETWORK' | 'BAD_RESPONSE';
  readonly details: FieldError[];
  readonly requestId?: string;
  /** the answer as it came, for responses that are not the error contract (e.g. a 503 health body) */
  readonly body?: unknown;

  constructor(status: number, body: Pick<ErrorBody, 'message' | 'details' | 'requestId'> & { code: ApiError['code'] }, raw?: unknown) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
    this.body = raw;
  }
}

export function buildUrl(baseUrl: string, op: Pick<Operation, 'path' | 'pathParams' | 'query'>): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = op.pathParams?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(op.query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`);
  }
  return `${baseUrl.replace(/\/$/, '')}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}

export async function send<T>(config: ClientConfig, op: Operation): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...op.headers };
  const token = config.getAccessToken?.();
  if (token) headers.authorization = `Bearer ${token}`;
  const language = config.getLanguage?.();
  if (language) headers['accept-language'] = language;
  let body: string | undefined;
  if (op.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(op.body);
  }
  let response: HttpResponse;
  try {
    response = await config.transport({ method: op.method, url: buildUrl(config.baseUrl, op), headers, body });
  } catch (cause) {
    const error = new ApiError(0, { code: 'NETWORK', message: cause instanceof Error ? cause.message : String(cause), details: [] });
    throw error;
  }
  if (response.status >= 200 && response.status < 300) return response.body as T;
  if (isErrorBody(response.body)) throw new ApiError(response.status, response.body);
  throw new ApiError(response.status, { code: 'BAD_RESPONSE', message: `HTTP ${response.status}`, details: [] }, response.body);
}

/** Transport over the standard fetch API (browsers, Node 20). */
export function fetchTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (request) => {
    const res = await fetchImpl(request.url, { method: request.method, headers: request.headers, body: request.body });
    const text = await res.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed };
  };
}
