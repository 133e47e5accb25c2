import { ReferenceItemEntity } from '../src/meta/reference-item.entity';
import { dialects } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

describe.each(dialects())('reference data and health (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);

  it('reports the database kind and that it is reachable', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { kind: dialect, reachable: true } });
  });

  it('serves the "3+6" industries and every reference list in the requested language', async () => {
    const ja = await t.http.get('/api/v1/meta?lang=ja').expect(200);
    expect(ja.body.language).toBe('ja');
    expect(ja.body.industries).toHaveLength(9);
    expect(ja.body.industries.filter((i: { group: string }) => i.group === 'leading').map((i: { code: string }) => i.code)).toEqual(['rnd', 'culture', 'health']);
    expect(ja.body.industries.find((i: { code: string }) => i.code === 'biomedicine')).toMatchObject({ name: 'バイオ医薬', fallback: false });
    expect(ja.body.areas.find((a: { code: string }) => a.code === 'china_japan_zone').name).toBe('中日（蘇州）地方発展協力モデル区');
    expect(ja.body.policyCategories.map((c: { code: string }) => c.code)).toContain('finance');
    expect(ja.body.amountRanges[0]).toMatchObject({ code: 'under_10m', min: null, max: 1000 });
    expect(ja.body.sampleData).toBe(true);

    const en = await t.http.get('/api/v1/meta').set('accept-language', 'en').expect(200);
    expect(en.body.district.name).toBe('Xiangcheng District, Suzhou');
    expect(en.body.areas.map((a: { name: string }) => a.name)).toContain('Suzhou High-Speed Rail New Town');
    const zh = await t.http.get('/api/v1/meta').expect(200);
    expect(zh.body.areas.filter((a: { kind: string }) => a.kind === 'town' || a.kind === 'street')).toHaveLength(10);
  });

  it('falls back ja → en → zh-CN where a name is missing, and says so', async () => {
    const repo = t.dataSource.getRepository(ReferenceItemEntity);
    const item = await repo.findOneByOrFail({ kind: 'industry', code: 'fintech' });
    await repo.update({ id: item.id }, { names: { 'zh-CN': '科技金融', en: 'Fintech' } });
    const ja = await t.http.get('/api/v1/meta?lang=ja').expect(200);
    expect(ja.body.industries.find((i: { code: string }) => i.code === 'fintech')).toMatchObject({ name: 'Fintech', fallback: true });
    await repo.update({ id: item.id }, { names: { 'zh-CN': '科技金融' } });
    const en = await t.http.get('/api/v1/meta?lang=en').expect(200);
    expect(en.body.industries.find((i: { code: string }) => i.code === 'fintech')).toMatchObject({ name: '科技金融', fallback: true });
  });
});
