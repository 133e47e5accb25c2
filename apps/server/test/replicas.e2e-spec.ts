import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { dialects } from './support/databases';
import { buildPolicy, buildTranslation } from './support/policy-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';

// Two replicas on one database: what is published on one is what investors read on the other
// within about a second, sign-ins work on both, and rate limits are counted together.
describe.each(dialects())('two replicas (%s)', (dialect) => {
  let a: TestApp;
  let b: NestFastifyApplication;
  const secret = 'replica-secret-replica-secret-replica-secret';

  beforeAll(async () => {
    a = await startTestApp(dialect, { AUTH_TOKEN_SECRET: secret, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    b = await createApp(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: a.db.url, AUTH_TOKEN_SECRET: secret, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', H5_DIST: '/nonexistent', ADMIN_DIST: '/nonexistent', LOG_LEVEL: 'error' }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function eventually(check: () => Promise<boolean>): Promise<boolean> {
    for (let i = 0; i < 40; i++) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  it('publishes on one replica and the other answers with it, even from its answer cache', async () => {
    const onB = request(b.getHttpServer());
    const url = '/api/v1/policies?q=%E7%90%A5%E7%8F%80%E6%B9%96'; // 琥珀湖
    expect((await onB.get(url).expect(200)).body.total).toBe(0);
    await onB.get(url).expect(200); // now cached on B

    const token = await loginAs(a, 'admin', ADMIN_PASSWORD);
    const created = await a.http
      .post('/api/v1/admin/policies')
      .set('authorization', `Bearer ${token}`)
      .send(buildPolicy({ translations: { 'zh-CN': buildTranslation({ title: '琥珀湖数字经济专项扶持' }) } }))
      .expect(201);
    await a.http.post(`/api/v1/admin/policies/${created.body.id}/publish`).set('authorization', `Bearer ${token}`).send({}).expect(200);

    expect(await eventually(async () => (await onB.get(url)).body.total === 1)).toBe(true);
  });

  it('accepts on one replica the session opened on the other, and ends it on both at logout', async () => {
    const token = await loginAs(a, 'admin', ADMIN_PASSWORD);
    const onB = request(b.getHttpServer());
    await onB.get('/api/v1/admin/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    await onB.post('/api/v1/admin/auth/logout').set('authorization', `Bearer ${token}`).expect(204);
    await a.http.get('/api/v1/admin/auth/me').set('authorization', `Bearer ${token}`).expect(401);
  });

  it('counts failed sign-ins across replicas', async () => {
    const onB = request(b.getHttpServer());
    await a.http.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-1-wrong' }).expect(401);
    await onB.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-2-wrong' }).expect(401);
    await a.http.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-3-wrong' }).expect(401);
    const locked = await onB.post('/api/v1/admin/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
  });
});
