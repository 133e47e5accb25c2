import { dialects } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

describe.each(dialects())('error contract (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);

  const noStack = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+|node_modules/);

  it('answers an unknown route in the caller language, from lang, Accept-Language or zh-CN', async () => {
    const zh = await t.http.get('/api/v1/nope').expect(404);
    expect(zh.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '请求的接口不存在。', details: [] });
    const en = await t.http.get('/api/v1/nope').set('accept-language', 'en-US,en;q=0.9').expect(404);
    expect(en.body.message).toBe('This API endpoint does not exist.');
    const ja = await t.http.get('/api/v1/nope?lang=ja').set('accept-language', 'en').expect(404);
    expect(ja.body.message).toBe('指定された API は存在しません。');
    expect(ja.headers['x-request-id']).toBe(ja.body.requestId);
  });

  it('refuses bad JSON, an empty JSON body, a text body and an oversized body with stable codes', async () => {
    const bad = await t.http.post('/api/v1/admin/auth/login').set('content-type', 'application/json').send('{"username":').expect(400);
    expect(bad.body.code).toBe('BAD_JSON');
    noStack(bad.body);
    const empty = await t.http.post('/api/v1/admin/auth/login').set('content-type', 'application/json').send('').expect(400);
    expect(empty.body.code).toBe('BAD_JSON');
    const text = await t.http.post('/api/v1/admin/auth/login').set('content-type', 'text/plain').send('admin').expect(415);
    expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await t.http
      .post('/api/v1/admin/auth/login?lang=en')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ username: 'a'.repeat(2 * 1024 * 1024), password: 'x' }))
      .expect(413);
    expect(huge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' });
  });

  it('answers a request the HTTP parser refuses with the contract too', async () => {
    const { connect } = await import('node:net');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as { port: number };
    // raw UTF-8 in the request line, as a hand-written client might send it
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.from('GET /api/v1/policies?q=人才 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')));
      let data = '';
      socket.on('data', (c: Buffer) => (data += c.toString('utf8')));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply.startsWith('HTTP/1.1 400')).toBe(true);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual({ code: 'BAD_REQUEST', message: '请求格式不正确。', details: [] });
  });

  it('reports each invalid field with its own code and a translated message', async () => {
    const res = await t.http.post('/api/v1/admin/auth/login?lang=ja').send({ username: '', password: 42, extra: true }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toBe('入力内容に誤りがあります。表示された項目をご確認ください。');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'username', code: 'required', message: '必須項目です。' },
        { field: 'password', code: 'invalid_type', message: '形式が正しくありません。' },
      ]),
    );
  });

  it('checks query parameters with the same contract', async () => {
    const { token } = await import('./support/factories').then(({ createStaff }) => createStaff(t, { role: 'admin' }));
    const res = await t.http.get('/api/v1/admin/users?pageSize=500&lang=en').set('authorization', `Bearer ${token}`).expect(400);
    expect(res.body.details).toEqual([{ field: 'query.pageSize', code: 'too_big', params: { max: 100 }, message: 'Must be at most 100.' }]);
  });
});
