import { ApiError, buildUrl, send, type HttpRequest } from './runtime';

describe('runtime', () => {
  it('builds paths and skips empty query values', () => {
    expect(buildUrl('http://h/', { path: '/a/{id}', pathParams: { id: 'x y' }, query: { q: '人才', page: 2, empty: '', tags: ['a', 'b'] } })).toBe(
      'http://h/a/x%20y?q=%E4%BA%BA%E6%89%8D&page=2&tags=a&tags=b',
    );
  });

  it('sends token and language, and turns the error contract into ApiError', async () => {
    const seen: HttpRequest[] = [];
    const config = {
      baseUrl: '',
      getAccessToken: () => 't0k',
      getLanguage: () => 'ja' as const,
      transport: async (req: HttpRequest) => {
        seen.push(req);
        return { status: 429, body: { code: 'RATE_LIMITED', message: '試行回数が多すぎます', details: [] } };
      },
    };
    const error = await send(config, { method: 'POST', path: '/x', body: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: '試行回数が多すぎます' });
    expect(seen[0]?.headers).toMatchObject({ authorization: 'Bearer t0k', 'accept-language': 'ja', 'content-type': 'application/json' });
    expect(seen[0]?.body).toBe('{"a":1}');
  });

  it('reports a failed transport as NETWORK', async () => {
    const config = { baseUrl: '', transport: async () => Promise.reject(new Error('offline')) };
    await expect(send(config, { method: 'GET', path: '/x' })).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
