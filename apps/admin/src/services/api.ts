import { ApiError, buildUrl, createApiClient, fetchTransport, type QueryValue, type Transport } from '@zhaoshang/api-client';
import { isErrorBody, type Language, type LoginRequest, type SessionResponse } from '@zhaoshang/contracts';
import type { SessionStore } from './session';

export type AdminApiOptions = {
  transport: Transport;
  session: SessionStore;
  getLanguage: () => Language;
  /** '' in the browser: the generated paths already start with /api, served on the console's origin */
  baseUrl?: string;
  /** for tests; milliseconds since epoch */
  now?: () => number;
  /** how files (exports) are fetched; the browser's fetch unless a test plugs in its own */
  fetchFile?: FetchFile;
};

/** The part of `fetch` a file download needs. */
export type FetchFile = (url: string, init: { method: 'GET'; headers: Record<string, string> }) => Promise<Response>;

/** A file the server sent as an attachment. */
export type DownloadedFile = { blob: Blob; filename: string };

/**
 * The console's one API client: the generated client with the staff token and the UI language on
 * every request, plus the session rules. On 401 SESSION_EXPIRED it refreshes once (shared by
 * concurrent calls) and retries; when that fails, or on UNAUTHENTICATED, the session ends and the
 * app goes back to the sign-in page. Pages use this through `useApi()`, never fetch.
 */
export function createAdminApi({
  transport,
  session,
  getLanguage,
  baseUrl = '',
  now = Date.now,
  fetchFile = (url, init) => fetch(url, init),
}: AdminApiOptions) {
  const client = createApiClient({ baseUrl, transport, getLanguage, getAccessToken: () => session.get()?.accessToken });

  const save = (response: SessionResponse) =>
    session.set({
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      expiresAt: now() + response.expiresIn * 1000,
      user: response.user,
    });

  /** true when renewed; otherwise why not (a network failure must not end the session). */
  type Refresh = true | { error: unknown };
  let refreshing: Promise<Refresh> | null = null;
  const refreshOnce = (): Promise<Refresh> => {
    if (refreshing) return refreshing;
    const refreshToken = session.get()?.refreshToken;
    if (!refreshToken) return Promise.resolve({ error: undefined });
    const attempt = client.adminRefresh({ body: { refreshToken } }).then(
      (response): Refresh => {
        save(response);
        return true;
      },
      (error: unknown): Refresh => ({ error }),
    );
    refreshing = attempt;
    void attempt.finally(() => {
      if (refreshing === attempt) refreshing = null;
    });
    return attempt;
  };

  const endSessionOn = (error: unknown) => {
    if (error instanceof ApiError && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')) session.clear(error.code);
  };

  const withSession = async <T>(call: () => Promise<T>): Promise<T> => {
    const tokenUsed = session.get()?.accessToken;
    try {
      return await call();
    } catch (error) {
      // Calls made signed out (the login itself) have no session to repair.
      if (!tokenUsed || !(error instanceof ApiError)) throw error;
      if (error.code !== 'SESSION_EXPIRED') {
        endSessionOn(error);
        throw error;
      }
      const tokenNow = session.get()?.accessToken;
      // another call may have renewed the token meanwhile
      const refreshed = tokenNow !== undefined && tokenNow !== tokenUsed ? true : await refreshOnce();
      if (refreshed !== true) {
        const { error: cause } = refreshed;
        // Offline or a server fault: keep the session for when it comes back, report that instead.
        if (cause instanceof ApiError && (cause.code === 'NETWORK' || cause.status >= 500)) throw cause;
        session.clear('SESSION_EXPIRED');
        throw error;
      }
      try {
        return await call();
      } catch (retryError) {
        endSessionOn(retryError);
        throw retryError;
      }
    }
  };

  const api = wrapEach(client, withSession);

  /** GET of a binary answer with the same token, language and error contract as the generated client. */
  const getFile = async (path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<DownloadedFile> => {
    const headers: Record<string, string> = { 'accept-language': getLanguage() };
    const token = session.get()?.accessToken;
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchFile(buildUrl(baseUrl, { path, query }), { method: 'GET', headers });
    } catch (cause) {
      throw new ApiError(0, { code: 'NETWORK', message: cause instanceof Error ? cause.message : String(cause), details: [] });
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null);
      if (isErrorBody(body)) throw new ApiError(response.status, body);
      throw new ApiError(response.status, { code: 'BAD_RESPONSE', message: `HTTP ${response.status}`, details: [] }, body);
    }
    return { blob: await response.blob(), filename: attachmentName(response.headers.get('content-disposition')) ?? fallbackName };
  };

  return {
    /** every generated operation, with the session rules above */
    api,
    session,
    /**
     * Files the generated client cannot carry (it speaks JSON): `path` as in the OpenAPI document,
     * e.g. `/api/v1/admin/leads/export`. Session rules as for every other call.
     */
    download: (path: string, query: Record<string, QueryValue>, fallbackName: string) => withSession(() => getFile(path, query, fallbackName)),
    async signIn(credentials: LoginRequest): Promise<SessionResponse> {
      const response = await client.adminLogin({ body: credentials });
      save(response);
      return response;
    },
    /** revokes the session on the server when it can; the local session ends either way */
    async signOut(): Promise<void> {
      try {
        if (session.get()) await api.adminLogout();
      } catch {
        // offline or already revoked: nothing more to revoke from here
      } finally {
        session.clear();
      }
    },
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
export type Api = AdminApi['api'];

/** The production wiring: same-origin fetch. */
export function createBrowserApi(session: SessionStore, getLanguage: () => Language): AdminApi {
  return createAdminApi({ transport: fetchTransport(), session, getLanguage });
}

/** The file name of `Content-Disposition: attachment; filename="…"` (or RFC 5987 `filename*=UTF-8''…`). */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // malformed: fall through to the plain name
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim() || null;
}

type AsyncMethods = Record<string, (...args: never[]) => Promise<unknown>>;

function wrapEach<C extends AsyncMethods>(client: C, run: <T>(call: () => Promise<T>) => Promise<T>): C {
  const wrapped: Partial<C> = {};
  for (const key of Object.keys(client) as (keyof C)[]) {
    const method = client[key];
    if (typeof method !== 'function') continue;
    wrapped[key] = ((...args: never[]) => run(() => method(...args))) as C[keyof C];
  }
  return wrapped as C;
}
