import { DEFAULT_LANGUAGE, normalizeLanguage, type Language } from '@zhaoshang/contracts';

type RequestLike = { query?: unknown; headers: Record<string, string | string[] | undefined> };

/** The caller's language: `lang` query parameter, else Accept-Language, else zh-CN. */
export function requestLanguage(request: RequestLike): Language {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.lang === 'string' ? normalizeLanguage(query.lang) : undefined;
  if (fromQuery) return fromQuery;
  const header = request.headers['accept-language'];
  return normalizeLanguage(Array.isArray(header) ? header[0] : header) ?? DEFAULT_LANGUAGE;
}
