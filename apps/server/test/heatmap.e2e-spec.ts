import ExcelJS from 'exceljs';
import { decodeHeatmapCells, heatmapResponseSchema, type HeatmapCell, type HeatmapResponse } from '@zhaoshang/contracts';
import { cellToParent, getResolution, latLngToCell } from 'h3-js';
import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { PremisesEntity } from '../src/heatmap/premises.entity';
import { ProjectEntity } from '../src/heatmap/project.entity';
import { dialects } from './support/databases';
import { createStaff } from './support/factories';
import { buildPremises, buildProject, csvFile } from './support/heatmap-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
type Cell = HeatmapCell;
/** The answer's cells as the mini-program decodes them: highest first, with rank, class and outline. */
const cellsOf = (body: unknown): Cell[] => decodeHeatmapCells((body as HeatmapResponse).cells, (body as HeatmapResponse).breaks);
type CellDetail = {
  h3: string;
  resolution: number;
  stats: { projects: number; investment: number; availableArea: number; premises: number };
  areas: { code: string; kind: string; name: string }[];
  projects: { amount: number; lat: number; lng: number; industry: { code: string } }[];
  premises: { availableArea: number; lat: number; lng: number; kind: string }[];
  industries: { code: string; projects: number; investment: number }[];
  policies: { id: number; title: string }[];
  policiesTotal: number;
  filters: { industry: { code: string; name: string } | null; kind: string | null };
  lastUpdated: string | null;
  sampleData: boolean;
};
type Detail = { field: string; code: string; message: string; params?: Record<string, string | number> };

describe.each(dialects())('investment heatmap (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    staff = (await createStaff(t)).token;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await t.close();
  }, SETUP_TIMEOUT_MS);

  const sumWan = async (where: { industry?: string } = {}) => (await t.dataSource.getRepository(ProjectEntity).findBy(where)).reduce((s, p) => s + p.amountWan, 0);

  describe('the seeded district', () => {
    it('shows 198 sample projects totalling 664.97 亿元 on hexagon cells with ranks, outlines and a colour scale', async () => {
      const res = await t.http.get('/api/v1/heatmap').expect(200);
      expect(res.body).toMatchObject({ metric: 'investment', unit: 'cny_100m', resolution: 7, total: 664.97, sampleData: true, filters: { industry: null, from: null, to: null, kind: null } });
      expect(heatmapResponseSchema.safeParse(res.body).success).toBe(true);
      const cells = cellsOf(res.body);
      expect(cells.length).toBeGreaterThan(5);
      expect(cells.reduce((s, c) => s + c.value, 0)).toBeCloseTo(664.97, 6);
      expect(cells[0]?.rank).toBe(1);
      expect(cells.every((c, i) => i === 0 || (cells[i - 1] as Cell).value >= c.value)).toBe(true);
      expect(cells.every((c) => getResolution(c.h3) === 7 && c.boundary.length === 6)).toBe(true);
      const [lat, lng] = cells[0]?.boundary[0] ?? [0, 0];
      expect(lat).toBeGreaterThan(31.3);
      expect(lng).toBeGreaterThan(120.4);
      const breaks = res.body.breaks as number[];
      expect(breaks.length).toBeGreaterThan(1);
      expect(breaks.at(-1)).toBe(cells[0]?.value);
      expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
      expect(cells[0]?.class).toBe(breaks.length - 1);
      expect(typeof res.body.lastUpdated).toBe('string');

      const projects = await t.http.get('/api/v1/heatmap?metric=projects&res=9').expect(200);
      expect(projects.body).toMatchObject({ unit: 'count', resolution: 9, total: 198 });
      const space = await t.http.get('/api/v1/heatmap?metric=space&res=6').expect(200);
      const premises = await t.dataSource.getRepository(PremisesEntity).find();
      expect(space.body.total).toBe(premises.reduce((s, p) => s + p.availableArea, 0));
    });

    it('filters by industry and by years, and says which filter it applied', async () => {
      const bio = await t.http.get('/api/v1/heatmap?industry=biomedicine&lang=ja').expect(200);
      expect(bio.body.total).toBeCloseTo((await sumWan({ industry: 'biomedicine' })) / 10_000, 6);
      expect(bio.body.filters.industry).toEqual({ code: 'biomedicine', name: 'バイオ医薬', fallback: false });
      const y2020 = await t.http.get('/api/v1/heatmap?metric=projects&from=2020&to=2020').expect(200);
      expect(y2020.body.total).toBe(198);
      const later = await t.http.get('/api/v1/heatmap?metric=projects&from=2030').expect(200);
      expect(later.body).toMatchObject({ total: 0, breaks: [] });
      expect(cellsOf(later.body)).toEqual([]);
      // premises have no industry or year: those filters are not applied to space
      const land = await t.http.get('/api/v1/heatmap?metric=space&kind=land&industry=rnd').expect(200);
      expect(land.body.filters).toEqual({ industry: null, from: null, to: null, kind: 'land' });
      const landRows = await t.dataSource.getRepository(PremisesEntity).findBy({ kind: 'land' });
      expect(land.body.total).toBe(landRows.reduce((s, p) => s + p.availableArea, 0));
    });

    it('lists the district, its towns and zones with outlines and figures, in the language asked for', async () => {
      const res = await t.http.get('/api/v1/areas?lang=ja').expect(200);
      expect(res.body).toMatchObject({ language: 'ja', sampleData: true });
      const items = res.body.items as { code: string; kind: string; name: string; polygon: [number, number][]; center: [number, number]; stats: { projects: number; investment: number } }[];
      const district = items[0];
      expect(district).toMatchObject({ code: 'xiangcheng', kind: 'district', name: '蘇州市相城区', stats: { projects: 198, investment: 664.97 } });
      expect(district?.polygon.length).toBeGreaterThan(10);
      expect(items.find((a) => a.code === 'china_japan_zone')?.name).toBe('中日（蘇州）地方発展協力モデル区');
      expect(items.filter((a) => a.kind === 'town' || a.kind === 'street')).toHaveLength(10);
      const towns = items.filter((a) => a.kind !== 'district');
      expect(towns.reduce((s, a) => s + a.stats.projects, 0)).toBe(198);
      expect(items.every((a) => a.polygon.length >= 3 && a.center.length === 2)).toBe(true);
    });

    it("opens an area with its projects, premises, industries and the policies that apply there", async () => {
      const list = await t.http.get('/api/v1/areas').expect(200);
      const zone = (list.body.items as { id: number; code: string }[]).find((a) => a.code === 'hsr_new_town');
      const res = await t.http.get(`/api/v1/areas/${zone?.id}?lang=en`).expect(200);
      expect(res.body).toMatchObject({ code: 'hsr_new_town', name: 'Suzhou High-Speed Rail New Town', language: 'en', fallback: false, sampleData: true });
      expect(res.body.description).toContain('Suzhou North Railway Station');
      expect(res.body.projects.length).toBe(Math.min(50, res.body.stats.projects));
      expect(res.body.projects.every((p: { areaCode: string }) => p.areaCode === 'hsr_new_town')).toBe(true);
      expect(res.body.industries.reduce((s: number, i: { projects: number }) => s + i.projects, 0)).toBe(res.body.stats.projects);
      expect(res.body.policies.length).toBeGreaterThan(0);
      expect(res.body.policiesTotal).toBeGreaterThanOrEqual(res.body.policies.length);
      await t.http.get('/api/v1/areas/999999?lang=en').expect(404);
    });

    it('finds premises by kind, size and area, most space first', async () => {
      const res = await t.http.get('/api/v1/premises?kind=land&minArea=10000&lang=en').expect(200);
      const items = res.body.items as { kind: string; availableArea: number; kindName: string; lastUpdated: string; sample: boolean }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((p) => p.kind === 'land' && p.availableArea >= 10_000 && p.kindName === 'Land' && p.sample)).toBe(true);
      expect(items.map((p) => p.availableArea)).toEqual([...items.map((p) => p.availableArea)].sort((a, b) => b - a));
      expect(res.body.sampleData).toBe(true);
      const inZone = await t.http.get('/api/v1/premises?area=china_japan_zone').expect(200);
      expect(inZone.body.items.every((p: { area: { code: string } }) => p.area.code === 'china_japan_zone')).toBe(true);
    });
  });

  describe('a tapped cell', () => {
    // the heatmap's rule: a row counts in its finest cell or that cell's parent
    const countsIn = (cell: string, p: { lat: number; lng: number }) => {
      const finest = latLngToCell(p.lat, p.lng, 9);
      const res = getResolution(cell);
      return (res === 9 ? finest : cellToParent(finest, res)) === cell;
    };

    it('has the figures the map shows for it, for every metric and filter', async () => {
      for (const query of ['res=7', 'res=9', 'res=8&industry=biomedicine', 'res=6&from=2020&to=2020']) {
        const map = await t.http.get(`/api/v1/heatmap?metric=investment&${query}`).expect(200);
        const counts = await t.http.get(`/api/v1/heatmap?metric=projects&${query}`).expect(200);
        const filter = query.replace(/res=\d&?/, '');
        for (const cell of cellsOf(map.body).slice(0, 3)) {
          const res = await t.http.get(`/api/v1/heatmap/cells/${cell.h3}?${filter}`).expect(200);
          const detail = res.body as CellDetail;
          expect(detail.h3).toBe(cell.h3);
          expect(detail.stats.investment).toBeCloseTo(cell.value, 6);
          expect(detail.stats.projects).toBe(cellsOf(counts.body).find((c) => c.h3 === cell.h3)?.value);
          expect(detail.industries.reduce((s, i) => s + i.projects, 0)).toBe(detail.stats.projects);
        }
      }
      const space = await t.http.get('/api/v1/heatmap?metric=space&kind=factory&res=8').expect(200);
      for (const cell of cellsOf(space.body).slice(0, 3)) {
        const detail = (await t.http.get(`/api/v1/heatmap/cells/${cell.h3}?kind=factory`).expect(200)).body as CellDetail;
        expect(detail.stats.availableArea).toBe(cell.value);
        expect(detail.premises.every((p) => p.kind === 'factory' && countsIn(cell.h3, p))).toBe(true);
        expect(detail.filters.kind).toBe('factory');
      }
    });

    it('adds up to the district over all its cells, with nothing lost at the edges of coarse cells', async () => {
      const map = await t.http.get('/api/v1/heatmap?metric=projects&res=6').expect(200);
      const details = await Promise.all(cellsOf(map.body).map(async (c) => (await t.http.get(`/api/v1/heatmap/cells/${c.h3}`).expect(200)).body as CellDetail));
      expect(details.reduce((s, d) => s + d.stats.projects, 0)).toBe(198);
      expect(details.reduce((s, d) => s + d.stats.investment, 0)).toBeCloseTo(664.97, 6);
      const premises = await t.dataSource.getRepository(PremisesEntity).find();
      const space = await t.http.get('/api/v1/heatmap?metric=space&res=6').expect(200);
      const spaceDetails = await Promise.all(cellsOf(space.body).map(async (c) => (await t.http.get(`/api/v1/heatmap/cells/${c.h3}`).expect(200)).body as CellDetail));
      expect(spaceDetails.reduce((s, d) => s + d.stats.availableArea, 0)).toBe(premises.reduce((s, p) => s + p.availableArea, 0));
    });

    it('lists its areas smallest first, its largest projects, premises and the policies for its industries, in the language asked for', async () => {
      const map = await t.http.get('/api/v1/heatmap?res=7').expect(200);
      const top = cellsOf(map.body)[0] as Cell;
      const res = await t.http.get(`/api/v1/heatmap/cells/${top.h3}?lang=ja`).expect(200);
      const detail = res.body as CellDetail;
      expect(res.body).toMatchObject({ resolution: 7, language: 'ja', sampleData: true, filters: { industry: null, from: null, to: null, kind: null } });
      // the exact H3 outline, within 5 m of the one the map draws from its shared compact outline
      (res.body.boundary as [number, number][]).forEach(([a, b], i) => {
        expect(Math.abs(a - (top.boundary[i]?.[0] ?? 0))).toBeLessThan(5e-5);
        expect(Math.abs(b - (top.boundary[i]?.[1] ?? 0))).toBeLessThan(5e-5);
      });
      expect(detail.areas.at(-1)).toMatchObject({ code: 'xiangcheng', kind: 'district', name: '蘇州市相城区' });
      expect(detail.areas.length).toBeGreaterThan(1);
      expect(detail.projects.length).toBe(Math.min(50, detail.stats.projects));
      expect(detail.projects.every((p) => countsIn(top.h3, p))).toBe(true);
      expect(detail.projects.map((p) => p.amount)).toEqual([...detail.projects.map((p) => p.amount)].sort((a, b) => b - a));
      expect(detail.premises.every((p) => countsIn(top.h3, p))).toBe(true);
      expect(detail.premises.length).toBe(Math.min(50, detail.stats.premises));
      expect(detail.policies.length).toBeGreaterThan(0);
      expect(detail.policiesTotal).toBeGreaterThanOrEqual(detail.policies.length);
      expect(Date.parse(detail.lastUpdated ?? '')).toBe(Date.parse(map.body.lastUpdated));

      const filtered = await t.http.get(`/api/v1/heatmap/cells/${top.h3}?industry=biomedicine&lang=en`).expect(200);
      expect(filtered.body.filters.industry).toEqual({ code: 'biomedicine', name: 'Biomedicine', fallback: false });
      expect((filtered.body as CellDetail).projects.every((p) => p.industry.code === 'biomedicine')).toBe(true);

      // a cell far from the district: nothing there, still an answer
      const tokyo = latLngToCell(35.68, 139.76, 8);
      const empty = await t.http.get(`/api/v1/heatmap/cells/${tokyo}`).expect(200);
      expect(empty.body).toMatchObject({ stats: { projects: 0, investment: 0, availableArea: 0, premises: 0 }, areas: [], projects: [], premises: [], sampleData: false });
    });

    it('refuses what is not a served cell, or an unknown filter, naming the field in the caller\'s language', async () => {
      const garbage = await t.http.get('/api/v1/heatmap/cells/not-a-cell?lang=en').expect(400);
      expect(garbage.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'params.cell', code: 'invalid_format' }] });
      const coarse = await t.http.get(`/api/v1/heatmap/cells/${latLngToCell(31.45, 120.6, 5)}?lang=ja`).expect(400);
      expect(coarse.body.details).toEqual([{ field: 'params.cell', code: 'invalid_value', message: 'この値は使用できません。' }]);
      const cell = latLngToCell(31.45, 120.6, 7);
      const steel = await t.http.get(`/api/v1/heatmap/cells/${cell}?industry=steel&lang=en`).expect(400);
      expect(steel.body.details).toEqual([{ field: 'query.industry', code: 'invalid_value', message: 'This value is not allowed.' }]);
      const range = await t.http.get(`/api/v1/heatmap/cells/${cell}?from=2022&to=2020`).expect(400);
      expect(range.body.details).toEqual([expect.objectContaining({ field: 'query.to', code: 'too_small', params: { min: 2022 } })]);
      const kind = await t.http.get(`/api/v1/heatmap/cells/${cell}?kind=castle`).expect(400);
      expect(kind.body.details).toEqual([expect.objectContaining({ field: 'query.kind', code: 'invalid_value' })]);
    });
  });

  describe('bad parameters', () => {
    it('answers VALIDATION_FAILED with a code per field, in the caller\'s language', async () => {
      const en = await t.http.get('/api/v1/heatmap?metric=gdp&res=12&lang=en').expect(400);
      expect(en.body.code).toBe('VALIDATION_FAILED');
      expect(en.body.message).toBe('Some of the information is not valid. Please check the marked fields.');
      const byField = Object.fromEntries((en.body.details as Detail[]).map((d) => [d.field, d]));
      expect(byField['query.metric']).toMatchObject({ code: 'invalid_value', message: 'This value is not allowed.' });
      expect(byField['query.res']).toMatchObject({ code: 'too_big', params: { max: 9 } });
      const range = await t.http.get('/api/v1/heatmap?from=2022&to=2020&lang=en').expect(400);
      expect(range.body.details).toEqual([{ field: 'query.to', code: 'too_small', params: { min: 2022 }, message: 'Must be at least 2022.' }]);

      const ja = await t.http.get('/api/v1/heatmap?industry=steel').set('accept-language', 'ja-JP').expect(400);
      expect(ja.body.details).toEqual([{ field: 'query.industry', code: 'invalid_value', message: 'この値は使用できません。' }]);
      const small = await t.http.get('/api/v1/heatmap?res=5&lang=ja').expect(400);
      expect(small.body.details[0]).toMatchObject({ field: 'query.res', code: 'too_small' });

      const kind = await t.http.get('/api/v1/premises?kind=castle&lang=en').expect(400);
      expect(kind.body.details[0]).toMatchObject({ field: 'query.kind', code: 'invalid_value' });
      const area = await t.http.get('/api/v1/premises?area=atlantis&lang=ja').expect(400);
      expect(area.body.details[0]).toMatchObject({ field: 'query.area', code: 'invalid_value', message: 'この値は使用できません。' });
    });
  });

  describe('console', () => {
    it('lets staff read and only admins write', async () => {
      await t.http.get('/api/v1/admin/projects').expect(401);
      await t.http.post('/api/v1/admin/projects').send(buildProject()).expect(401);
      const list = await t.http.get('/api/v1/admin/projects?pageSize=5').set(bearer(staff)).expect(200);
      expect(list.body).toMatchObject({ total: 198, page: 1, pageSize: 5 });
      expect(list.body.items).toHaveLength(5);
      await t.http.get('/api/v1/admin/premises').set(bearer(staff)).expect(200);
      const denied = await t.http.post('/api/v1/admin/projects?lang=en').set(bearer(staff)).send(buildProject()).expect(403);
      expect(denied.body.code).toBe('FORBIDDEN');
      await t.http.post('/api/v1/admin/premises').set(bearer(staff)).send(buildPremises()).expect(403);
      await t.http.post('/api/v1/admin/projects/import').set(bearer(staff)).send(csvFile('p.csv', [['code']])).expect(403);
      const created = await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(buildProject()).expect(201);
      await t.http.delete(`/api/v1/admin/projects/${created.body.id}?version=1`).set(bearer(staff)).expect(403);
      await t.http.delete(`/api/v1/admin/projects/${created.body.id}?version=1`).set(bearer(admin)).expect(204);
    });

    it('finds projects by code or name in any language', async () => {
      const p = buildProject({ names: { 'zh-CN': '独角兽实验室', en: 'Unicorn Lab', ja: 'ユニコーン研究所' } });
      await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(p).expect(201);
      for (const q of ['ユニコーン', 'unicorn lab', '独角兽', p.code]) {
        const res = await t.http.get(`/api/v1/admin/projects?q=${encodeURIComponent(q)}`).set(bearer(staff)).expect(200);
        expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([p.code]);
      }
      // the console's filters: industry, area and year together
      const old = buildProject({ year: 1999, industry: 'culture', areaCode: 'wangting' });
      await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(old).expect(201);
      const filtered = await t.http.get('/api/v1/admin/projects?year=1999&industry=culture&area=wangting').set(bearer(staff)).expect(200);
      expect(filtered.body).toMatchObject({ total: 1, items: [expect.objectContaining({ code: old.code, year: 1999 })] });
      expect((await t.http.get('/api/v1/admin/projects?year=1999&industry=rnd').set(bearer(staff)).expect(200)).body.total).toBe(0);
    });

    it('refuses a stale version with CONFLICT, for saves and deletes', async () => {
      const created = await t.http.post('/api/v1/admin/premises').set(bearer(admin)).send(buildPremises()).expect(201);
      expect(created.body).toMatchObject({ version: 1, kind: 'factory', availableArea: 5000, updatedBy: 'admin' });
      const { id } = created.body as { id: number };
      const input = buildPremises({ code: created.body.code, availableArea: 3000 });
      const saved = await t.http.put(`/api/v1/admin/premises/${id}`).set(bearer(admin)).send({ ...input, version: 1 }).expect(200);
      expect(saved.body).toMatchObject({ version: 2, availableArea: 3000 });
      const stale = await t.http.put(`/api/v1/admin/premises/${id}?lang=ja`).set(bearer(admin)).send({ ...input, availableArea: 1, version: 1 }).expect(409);
      expect(stale.body.code).toBe('CONFLICT');
      expect(stale.body.message).toMatch(/[\u3040-\u30ff]/);
      await t.http.delete(`/api/v1/admin/premises/${id}?version=1`).set(bearer(admin)).expect(409);
      expect((await t.http.get(`/api/v1/admin/premises/${id}`).set(bearer(staff)).expect(200)).body.availableArea).toBe(3000);
      await t.http.delete(`/api/v1/admin/premises/${id}?version=2`).set(bearer(admin)).expect(204);
      await t.http.get(`/api/v1/admin/premises/${id}`).set(bearer(staff)).expect(404);
      await t.http.put(`/api/v1/admin/premises/${id}`).set(bearer(admin)).send({ ...input, version: 2 }).expect(404);
    });

    it('checks codes and figures on save, naming the field', async () => {
      const bad = await t.http
        .post('/api/v1/admin/premises?lang=en')
        .set(bearer(admin))
        .send(buildPremises({ availableArea: 9000, totalArea: 100, areaCode: 'atlantis' }))
        .expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'availableArea', code: 'too_big', params: { max: 100 } })]);
      const unknown = await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(buildProject({ industry: 'steel', areaCode: 'atlantis' })).expect(400);
      expect(unknown.body.details.map((d: Detail) => `${d.field}:${d.code}`)).toEqual(['industry:invalid_value', 'areaCode:invalid_value']);
      const first = buildProject();
      await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(first).expect(201);
      const twice = await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(first).expect(400);
      expect(twice.body.details).toEqual([expect.objectContaining({ field: 'code', code: 'duplicate' })]);
    });

    it('shows an admin change in the very next heatmap and area answers', async () => {
      const url = '/api/v1/heatmap?industry=culture&res=9&lang=en';
      const before = await t.http.get(url).expect(200);
      await t.http.get(url).expect(200); // answered from the cache now
      const point = { lat: 31.5, lng: 120.51 };
      const created = await t.http.post('/api/v1/admin/projects').set(bearer(admin)).send(buildProject({ industry: 'culture', amount: 100, ...point, areaCode: 'wangting' })).expect(201);
      const after = await t.http.get(url).expect(200);
      expect(after.body.total).toBeCloseTo(before.body.total + 100, 6);
      expect(cellsOf(after.body).length).toBe(cellsOf(before.body).length + (cellsOf(before.body).some((c) => c.value === 100) ? 0 : 1));
      expect(Date.parse(after.body.lastUpdated)).toBeGreaterThanOrEqual(Date.parse(before.body.lastUpdated));

      await t.http.put(`/api/v1/admin/projects/${created.body.id}`).set(bearer(admin)).send({ ...buildProject({ code: created.body.code, industry: 'culture', amount: 40, ...point }), version: 1 }).expect(200);
      expect((await t.http.get(url).expect(200)).body.total).toBeCloseTo(before.body.total + 40, 6);
      await t.http.delete(`/api/v1/admin/projects/${created.body.id}?version=2`).set(bearer(admin)).expect(204);
      expect((await t.http.get(url).expect(200)).body.total).toBeCloseTo(before.body.total, 6);

      const premises = await t.http.post('/api/v1/admin/premises').set(bearer(admin)).send(buildPremises({ kind: 'office', availableArea: 777, totalArea: 800 })).expect(201);
      const space = await t.http.get('/api/v1/heatmap?metric=space&kind=office').expect(200);
      const offices = await t.dataSource.getRepository(PremisesEntity).findBy({ kind: 'office' });
      expect(space.body.total).toBe(offices.reduce((s, p) => s + p.availableArea, 0));
      const found = await t.http.get('/api/v1/premises?area=china_japan_zone&kind=office&lang=ja').expect(200);
      const mine = (found.body.items as { id: number; name: string; language: string; fallback: boolean }[]).find((p) => p.id === premises.body.id);
      // no Japanese name: the English one, marked as a fallback
      expect(mine).toMatchObject({ language: 'en', fallback: true, name: premises.body.names.en });
    });

    it('imports nothing when any row is rejected, and reports each rejected row with its column and a code', async () => {
      const before = await t.dataSource.getRepository(ProjectEntity).count();
      const header = ['code', 'name_zh', 'name_en', 'industry', 'amount', 'year', 'lat', 'lng', 'area'];
      const file = csvFile('projects.csv', [
        header,
        ['IMP-1', '导入项目一', 'Imported one', 'rnd', '3.5', '2021', '31.45', '120.6', 'yuanhe'],
        ['IMP-2', '导入项目二', '', 'steel', 'lots', '2021', '31.45', '120.6', ''],
        ['IMP-1', '导入项目三, 重复', '', 'health', '1', '1800', '31.45', '120.6', 'atlantis'],
      ]);
      const res = await t.http.post('/api/v1/admin/projects/import?lang=en').set(bearer(admin)).send(file).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const details = res.body.details as Detail[];
      expect(details.map((d) => `${d.field}:${d.code}`).sort()).toEqual(['rows.3.amount:invalid_type', 'rows.4.year:too_small'].sort());
      expect(details[0]?.params).toMatchObject({ row: expect.any(Number), column: expect.any(String) });
      expect(details.every((d) => d.message.length > 0)).toBe(true);
      expect(await t.dataSource.getRepository(ProjectEntity).count()).toBe(before);

      // rows that parse but name unknown codes or repeat a code are rejected too
      const codes = csvFile('projects.csv', [header, ['IMP-1', '一', '', 'rnd', '1', '2021', '31.45', '120.6', 'yuanhe'], ['IMP-2', '二', '', 'steel', '1', '2021', '31.45', '120.6', 'atlantis'], ['IMP-1', '三', '', 'rnd', '1', '2021', '31.45', '120.6', '']]);
      const rejected = await t.http.post('/api/v1/admin/projects/import?lang=ja').set(bearer(admin)).send(codes).expect(400);
      expect((rejected.body.details as Detail[]).map((d) => `${d.field}:${d.code}`)).toEqual(['rows.3.industry:invalid_value', 'rows.3.area:invalid_value', 'rows.4.code:duplicate']);
      expect((rejected.body.details as Detail[])[2]?.message).toBe('この値が重複しています（例：同じコードの行が2つあります）。');
      const missing = await t.http.post('/api/v1/admin/projects/import').set(bearer(admin)).send(csvFile('p.csv', [['code', 'name_zh', 'colour'], ['X', 'x', 'red']])).expect(400);
      expect((missing.body.details as Detail[]).map((d) => `${d.field}:${d.code}`)).toEqual(expect.arrayContaining(['columns.colour:unknown_field', 'columns.amount:required']));
      expect(await t.dataSource.getRepository(ProjectEntity).count()).toBe(before);

      const good = csvFile('projects.csv', [header, ['IMP-1', '导入项目一', 'Imported one', 'rnd', '3.5', '2021', '31.45', '120.6', 'yuanhe'], ['IMP-2', '导入项目二', '', 'health', '1.25', '2022', '31.46', '120.61', '']]);
      const dry = await t.http.post('/api/v1/admin/projects/import').set(bearer(admin)).send({ ...good, dryRun: true }).expect(200);
      expect(dry.body).toEqual({ imported: false, rows: 2, created: 2, updated: 0 });
      expect(await t.dataSource.getRepository(ProjectEntity).count()).toBe(before);
      const heat = await t.http.get('/api/v1/heatmap?from=2021').expect(200);
      const done = await t.http.post('/api/v1/admin/projects/import').set(bearer(admin)).send(good).expect(200);
      expect(done.body).toEqual({ imported: true, rows: 2, created: 2, updated: 0 });
      expect(await t.dataSource.getRepository(ProjectEntity).count()).toBe(before + 2);
      expect((await t.http.get('/api/v1/heatmap?from=2021').expect(200)).body.total).toBeCloseTo(heat.body.total + 4.75, 6);
      // the same file again updates by code
      const again = await t.http.post('/api/v1/admin/projects/import').set(bearer(admin)).send(good).expect(200);
      expect(again.body).toMatchObject({ created: 0, updated: 2 });
      expect((await t.dataSource.getRepository(ProjectEntity).findOneByOrFail({ code: 'IMP-1' })).version).toBe(2);
      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'project.import' });
      expect(audit.map((a) => a.detail)).toEqual([expect.objectContaining({ rows: 2, created: 2, updated: 0 }), expect.objectContaining({ rows: 2, created: 0, updated: 2 })]);
    });

    it('imports premises from XLSX in one go', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('premises');
      sheet.addRow(['code', 'kind', 'name_zh', 'name_en', 'area', 'lat', 'lng', 'total_area', 'available_area', 'price_min', 'price_max', 'price_unit', 'plot_ratio', 'photos', 'last_updated']);
      sheet.addRow(['XL-1', 'rnd_space', '研发空间一', 'R&D space one', 'yrd_rnd_community', 31.412, 120.612, 3000, 1200, 40, 55, 'cny_per_m2_month', 3.2, 'https://example.com/a.jpg|https://example.com/b.jpg', new Date('2024-06-30T00:00:00Z')]);
      sheet.addRow(['XL-2', 'land', '工业用地二', '', 'caohu', 31.5, 120.52, 60000, 60000, 45, 50, 'cny_10k_per_mu', 2.3, '', '2024-07-01']);
      const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const res = await t.http.post('/api/v1/admin/premises/import').set(bearer(admin)).send({ filename: 'premises.xlsx', contentBase64: content }).expect(200);
      expect(res.body).toEqual({ imported: true, rows: 2, created: 2, updated: 0 });
      const one = await t.dataSource.getRepository(PremisesEntity).findOneByOrFail({ code: 'XL-1' });
      expect(one).toMatchObject({ kind: 'rnd_space', availableArea: 1200, lastUpdated: '2024-06-30', photos: ['https://example.com/a.jpg', 'https://example.com/b.jpg'], sample: false });

      sheet.addRow(['XL-3', 'factory', '厂房三', '', '', 31.45, 120.6, 100, 500, '', '', '', '', '', 'yesterday']);
      const bad = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const refused = await t.http.post('/api/v1/admin/premises/import?lang=en').set(bearer(admin)).send({ filename: 'premises.xlsx', contentBase64: bad }).expect(400);
      expect((refused.body.details as Detail[]).map((d) => `${d.field}:${d.code}`).sort()).toEqual(['rows.4.available_area:too_big', 'rows.4.last_updated:invalid_format']);
      expect(await t.dataSource.getRepository(PremisesEntity).countBy({ code: 'XL-3' })).toBe(0);
      const garbage = await t.http.post('/api/v1/admin/premises/import').set(bearer(admin)).send({ filename: 'x.xlsx', contentBase64: Buffer.from('not a zip').toString('base64') }).expect(400);
      expect(garbage.body.details).toEqual([expect.objectContaining({ field: 'contentBase64', code: 'invalid_format' })]);
      const wrongType = await t.http.post('/api/v1/admin/premises/import').set(bearer(admin)).send({ filename: 'x.pdf', contentBase64: 'AAAA' }).expect(400);
      expect(wrongType.body.details).toEqual([expect.objectContaining({ field: 'filename', code: 'invalid_value' })]);
    });
  });
});
