import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { dialects } from './support/databases';
import { bumpRevision } from '../src/content/content-revision';
import { HEATMAP_SCOPE } from '../src/heatmap/heatmap-catalog';
import { ProjectEntity } from '../src/heatmap/project.entity';
import { buildPremises, buildProject } from './support/heatmap-factory';
import { buildPolicy, buildTranslation } from './support/policy-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

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
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  }, SETUP_TIMEOUT_MS);

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

  it('shows the same heatmap on both replicas through edits on either, as a replica started afterwards does', async () => {
    const onB = request(b.getHttpServer());
    const token = await loginAs(a, 'admin', ADMIN_PASSWORD);
    const auth = { authorization: `Bearer ${token}` };
    const urls = ['/api/v1/heatmap?metric=projects&res=9', '/api/v1/heatmap?metric=investment&res=7&industry=culture', '/api/v1/heatmap?metric=space&res=8', '/api/v1/areas?lang=en'];
    const answers = async (server: ReturnType<typeof request>) => Promise.all(urls.map(async (u) => (await server.get(u).expect(200)).body as unknown));
    await answers(a.http);
    await answers(onB);

    // A's own edits: a new project, a move, a deletion and a premises change, each read at once on A
    const added = await a.http.post('/api/v1/admin/projects').set(auth).send(buildProject({ industry: 'culture', amount: 7, lat: 31.47, lng: 120.55, areaCode: 'wangting' })).expect(201);
    const [first, second] = (await a.http.get('/api/v1/admin/projects?industry=health&pageSize=2').set(auth).expect(200)).body.items as { id: number; code: string; version: number }[];
    await answers(a.http);
    await a.http.put(`/api/v1/admin/projects/${second?.id}`).set(auth).send({ ...buildProject({ code: second?.code, industry: 'health', lat: 31.52, lng: 120.6 }), version: second?.version }).expect(200);
    await answers(a.http);
    await a.http.delete(`/api/v1/admin/projects/${first?.id}?version=${first?.version}`).set(auth).expect(204);
    const premises = await a.http.post('/api/v1/admin/premises').set(auth).send(buildPremises({ kind: 'office', availableArea: 999, totalArea: 2000, lat: 31.44, lng: 120.63 })).expect(201);
    await answers(a.http);
    // B's edits: A re-reads their rows, recorded with their revisions, once it sees the revision
    await onB.put(`/api/v1/admin/projects/${added.body.id}`).set(auth).send({ ...buildProject({ code: added.body.code, industry: 'culture', amount: 9, lat: 31.41, lng: 120.52 }), version: 1 }).expect(200);
    await onB.delete(`/api/v1/admin/premises/${premises.body.id}?version=1`).set(auth).expect(204);
    expect(await eventually(async () => JSON.stringify(await answers(a.http)) === JSON.stringify(await answers(onB)))).toBe(true);
    // a revision that names no rows (what an import or the seed leaves): both replicas read every row
    await a.dataSource.transaction(async (tx) => {
      await tx.getRepository(ProjectEntity).insert({
        code: `T-RAW-${Date.now().toString(36)}`,
        names: { 'zh-CN': '导入项目', en: 'Imported project' },
        industry: 'culture',
        amountWan: 50_000,
        year: 2022,
        lat: 31.45,
        lng: 120.6,
        areaCode: 'yuanhe',
        sample: false,
        version: 1,
        updatedBy: 'test',
      });
      await bumpRevision(tx, HEATMAP_SCOPE);
    });
    expect(await eventually(async () => JSON.stringify(await answers(a.http)) === JSON.stringify(await answers(onB)))).toBe(true);
    // and A's edit of B's row, patched over that full read
    await a.http.put(`/api/v1/admin/projects/${added.body.id}`).set(auth).send({ ...buildProject({ code: added.body.code, industry: 'culture', amount: 11, lat: 31.43, lng: 120.58 }), version: 2 }).expect(200);
    const onA = await answers(a.http);

    const fresh = await createApp(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: a.db.url, AUTH_TOKEN_SECRET: secret, WORKER_ENABLED: 'false', H5_DIST: '/nonexistent', ADMIN_DIST: '/nonexistent', LOG_LEVEL: 'error' }),
      { logger: false },
    );
    try {
      const truth = await answers(request(fresh.getHttpServer()));
      expect(onA).toEqual(truth);
      expect(await eventually(async () => JSON.stringify(await answers(onB)) === JSON.stringify(truth))).toBe(true);
      // the edits are in it: the 11 亿元 culture project, edited on both replicas, counts once
      const culture = truth[1] as { total: number };
      const rows = await a.dataSource.getRepository(ProjectEntity).findBy({ industry: 'culture' });
      expect(culture.total).toBeCloseTo(rows.reduce((sum, p) => sum + p.amountWan, 0) / 10_000, 6);
      expect(rows.some((p) => p.amountWan === 110_000)).toBe(true);
    } finally {
      await fresh.close();
    }
  }, SETUP_TIMEOUT_MS); // starts a third replica

  it('counts failed sign-ins across replicas', async () => {
    const onB = request(b.getHttpServer());
    await a.http.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-1-wrong' }).expect(401);
    await onB.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-2-wrong' }).expect(401);
    await a.http.post('/api/v1/admin/auth/login').send({ username: 'admin', password: 'wrong-3-wrong' }).expect(401);
    const locked = await onB.post('/api/v1/admin/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
  });
});
