// Heatmap load data for `pnpm bench`: 100,000 projects and 5,000 premises spread over the
// district (deterministic), the scenarios that read the heatmap, and a timing of the rebuild
// after a console change. Import from bench.mjs:
//   import { generateHeatmapData, heatmapScenarios, measureHeatmapRecompute } from './heatmap-data.mjs';

import { createRequire } from 'node:module';

const PROJECTS = Number(process.env.BENCH_HEATMAP_PROJECTS ?? 100_000);
const PREMISES = Number(process.env.BENCH_HEATMAP_PREMISES ?? 5_000);
const INDUSTRIES = ['rnd', 'culture', 'health', 'big_data', 'industrial_internet', 'fintech', 'intelligent_driving', 'advanced_materials', 'biomedicine'];
const AREAS = ['yuanhe', 'taiping', 'huangqiao', 'beiqiao', 'chengyang', 'caohu', 'beihejing', 'weitang', 'wangting', 'yangchenghu', 'xetdz', 'hsr_new_town', 'china_japan_zone', 'yrd_rnd_community'];
const KINDS = ['land', 'factory', 'office', 'rnd_space'];

const round6 = (v) => Math.round(v * 1e6) / 1e6;

/**
 * Inserts the generated projects and premises into an initialized DataSource built from
 * apps/server/dist (entities by name), then bumps the `heatmap` content revision so a running
 * server rebuilds. Points cluster around a few centres, as real investment does.
 */
export async function generateHeatmapData(ds) {
  // the seed's generator, from the server build bench.mjs makes first: the same data on every run
  const { prng } = createRequire(new URL('../../apps/server/package.json', import.meta.url))('./dist/heatmap/seed/heatmap-seed-data.js');
  const rnd = prng(100_000);
  const centres = Array.from({ length: 24 }, () => [31.38 + rnd() * 0.13, 120.5 + rnd() * 0.2]);
  const point = () => {
    const [lat, lng] = centres[Math.floor(rnd() * centres.length)];
    // a rough normal spread of about 2 km around the centre
    const g = () => (rnd() + rnd() + rnd() - 1.5) * 0.02;
    return { lat: round6(lat + g()), lng: round6(lng + g()) };
  };
  const batch = 1000;
  const projects = ds.getRepository('ProjectEntity');
  for (let i = 0; i < PROJECTS; i += batch) {
    const rows = Array.from({ length: Math.min(batch, PROJECTS - i) }, (_, j) => {
      const n = i + j;
      const industry = INDUSTRIES[n % INDUSTRIES.length];
      return {
        code: `BENCH-P-${n}`,
        names: { 'zh-CN': `压测项目 ${n}`, en: `Bench project ${n}`, ja: `ベンチ案件 ${n}` },
        industry,
        amountWan: 100 + Math.floor(rnd() ** 3 * 500_000),
        year: 2010 + (n % 15),
        ...point(),
        areaCode: AREAS[n % AREAS.length],
        sample: true,
        version: 1,
        updatedBy: 'bench',
      };
    });
    // updateEntity(false): no read-back of generated columns for a bulk insert
    await projects.createQueryBuilder().insert().values(rows).updateEntity(false).execute();
  }
  const premises = ds.getRepository('PremisesEntity');
  for (let i = 0; i < PREMISES; i += batch) {
    const rows = Array.from({ length: Math.min(batch, PREMISES - i) }, (_, j) => {
      const n = i + j;
      const totalArea = 500 + Math.floor(rnd() * 50_000);
      return {
        code: `BENCH-PR-${n}`,
        kind: KINDS[n % KINDS.length],
        names: { 'zh-CN': `压测载体 ${n}`, en: `Bench premises ${n}` },
        areaCode: AREAS[n % AREAS.length],
        ...point(),
        totalArea,
        availableArea: Math.floor(totalArea * rnd()),
        priceMin: 20,
        priceMax: 40,
        priceUnit: 'cny_per_m2_month',
        plotRatio: 2.3,
        contactName: 'bench',
        contactPhone: '+86 512 0000 0000',
        photos: [],
        lastUpdated: '2024-01-01',
        sample: true,
        version: 1,
        updatedBy: 'bench',
      };
    });
    await premises.createQueryBuilder().insert().values(rows).updateEntity(false).execute();
  }
  const revisions = ds.getRepository('ContentRevisionEntity');
  const res = await revisions.createQueryBuilder().update().set({ revision: () => 'revision + 1' }).where('scope = :scope', { scope: 'heatmap' }).execute();
  if (!res.affected) await revisions.insert({ scope: 'heatmap', revision: 1 });
}

/** Same shape as bench.mjs's `scenarios` entries. */
export const heatmapScenarios = [
  {
    // WeChat's wx.request and browsers ask for gzip; so does this scenario
    name: `GET /api/v1/heatmap?metric=investment&res=7 (${PROJECTS.toLocaleString('en')} projects, gzip)`,
    path: '/api/v1/heatmap?metric=investment&res=7&lang=zh-CN',
    headers: { 'accept-encoding': 'gzip' },
    target: { ratio: 0.5 },
    sameBytes: true,
  },
  {
    name: 'GET /api/v1/heatmap?metric=projects&industry=biomedicine&from=2015&to=2020&res=8 (gzip)',
    path: '/api/v1/heatmap?metric=projects&industry=biomedicine&from=2015&to=2020&res=8',
    headers: { 'accept-encoding': 'gzip' },
    target: { ratio: 0.5 },
    sameBytes: true,
  },
  {
    name: `GET /api/v1/heatmap?metric=space&kind=factory&res=7 (${PREMISES.toLocaleString('en')} premises, gzip)`,
    path: '/api/v1/heatmap?metric=space&kind=factory&res=7',
    headers: { 'accept-encoding': 'gzip' },
    target: { ratio: 0.5 },
    sameBytes: true,
  },
  { name: 'GET /api/v1/areas?lang=ja (outlines and figures)', path: '/api/v1/areas?lang=ja' },
  { name: 'GET /api/v1/premises?kind=factory&minArea=1000 (page 1)', path: '/api/v1/premises?kind=factory&minArea=1000&lang=en' },
];

/**
 * A console change and the time until the next heatmap answer shows it: every cell recomputed
 * from all projects and premises, with the rows this replica wrote re-read. Returns milliseconds;
 * target < 1000.
 */
export async function measureHeatmapRecompute(base, accessToken, attempt = 0) {
  const auth = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const url = `${base}/api/v1/heatmap?metric=projects&res=9&industry=culture`;
  const before = await (await fetch(url)).json();
  const list = await (await fetch(`${base}/api/v1/admin/projects?industry=culture&pageSize=1`, { headers: auth })).json();
  const p = list.items[0];
  // each attempt moves the project somewhere new, so its old and new cells both change
  const body = { code: p.code, names: p.names, industry: 'culture', amount: p.amount, year: p.year, lat: 31.4 + attempt * 0.03, lng: 120.51 + attempt * 0.03, areaCode: p.areaCode, sample: p.sample, version: p.version };
  const started = performance.now();
  const put = await fetch(`${base}/api/v1/admin/projects/${p.id}`, { method: 'PUT', headers: auth, body: JSON.stringify(body) });
  if (!put.ok) throw new Error(`project update failed: ${put.status}`);
  const saved = performance.now();
  const after = await (await fetch(url)).json();
  const done = performance.now();
  if (JSON.stringify(after.cells) === JSON.stringify(before.cells)) throw new Error('the change is not visible in the next heatmap answer');
  return { writeMs: Math.round(saved - started), rebuildAndReadMs: Math.round(done - saved) };
}

/**
 * A one-row CSV import and the time until the next heatmap answer shows it: an import makes the
 * replica read every row again, as another replica does after any write. Returns milliseconds.
 */
export async function measureHeatmapFullRead(base, accessToken, attempt = 0) {
  const auth = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const url = `${base}/api/v1/heatmap?metric=projects&res=9&industry=culture`;
  const before = await (await fetch(url)).json();
  const csv = ['code,name_zh,name_en,industry,amount,year,lat,lng,area', `BENCH-IMPORT-${attempt},压测导入 ${attempt},Bench import ${attempt},culture,2.5,2023,${31.42 + attempt * 0.02},${120.55 + attempt * 0.02},`].join('\r\n');
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/admin/projects/import`, { method: 'POST', headers: auth, body: JSON.stringify({ filename: 'bench.csv', contentBase64: Buffer.from(csv).toString('base64') }) });
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  const saved = performance.now();
  const after = await (await fetch(url)).json();
  const done = performance.now();
  if (after.total !== before.total + 1) throw new Error('the import is not in the next heatmap answer');
  return { writeMs: Math.round(saved - started), rebuildAndReadMs: Math.round(done - saved) };
}
