import { decodeHeatmapCells, encodeHeatmapCells, heatmapClassOf, HEATMAP_MAX_RES, HEATMAP_MIN_RES, PREMISES_KINDS } from '@zhaoshang/contracts';
import { cellToBoundary, cellToLatLng, cellToParent, getResolution, isValidCell, latLngToCell } from 'h3-js';
import { BoundaryCache, buildModel, cellAt, cellOutline, CellIndexer, cellSearchBox, quantileBreaks, queryCells, rank, type CellFilter, type PremisesPoint, type ProjectPoint } from './heatmap-model';
import { pointInPolygon, prng } from './seed/heatmap-seed-data';

const INDUSTRIES = ['rnd', 'health', 'fintech', 'biomedicine'];

function dataset(n: number, seed = 7) {
  const rnd = prng(seed);
  const projects: ProjectPoint[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    industry: INDUSTRIES[i % INDUSTRIES.length] as string,
    amountWan: 1 + Math.floor(rnd() * 50_000),
    year: 2016 + Math.floor(rnd() * 5),
    lat: 31.37 + rnd() * 0.15,
    lng: 120.48 + rnd() * 0.24,
  }));
  const premises: PremisesPoint[] = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
    id: i + 1,
    kind: PREMISES_KINDS[i % PREMISES_KINDS.length] as PremisesPoint['kind'],
    availableArea: 100 * (1 + Math.floor(rnd() * 200)),
    lat: 31.37 + rnd() * 0.15,
    lng: 120.48 + rnd() * 0.24,
  }));
  return { projects, premises };
}

/** What a filter should add up to, straight from the rows. */
function expectedTotal(filter: CellFilter, projects: ProjectPoint[], premises: PremisesPoint[]): number {
  if (filter.metric === 'space') return premises.filter((p) => !filter.kind || p.kind === filter.kind).reduce((s, p) => s + p.availableArea, 0);
  const rows = projects.filter((p) => (!filter.industry || p.industry === filter.industry) && (filter.from === undefined || p.year >= filter.from) && (filter.to === undefined || p.year <= filter.to));
  return filter.metric === 'projects' ? rows.length : rows.reduce((s, p) => s + p.amountWan, 0);
}

describe('heatmap aggregation', () => {
  const { projects, premises } = dataset(3000);
  const sut = buildModel(projects, premises, new CellIndexer());

  const filters: CellFilter[] = [];
  for (let res = HEATMAP_MIN_RES; res <= HEATMAP_MAX_RES; res++) {
    for (const metric of ['investment', 'projects'] as const) {
      for (const industry of [undefined, ...INDUSTRIES, 'culture']) {
        for (const [from, to] of [[undefined, undefined], [2017, 2018], [2018, undefined], [undefined, 2016], [2019, 2019], [2030, 2031]] as const) filters.push({ metric, res, industry, from, to });
      }
    }
    for (const kind of [undefined, ...PREMISES_KINDS]) filters.push({ metric: 'space', res, kind });
  }

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('cell values add up to the source rows for %s', (_name, filter) => {
    const cells = queryCells(sut, filter);
    expect(cells.reduce((s, c) => s + c.value, 0)).toBe(expectedTotal(filter, projects, premises));
    expect(new Set(cells.map((c) => c.h3)).size).toBe(cells.length);
    expect(cells.every((c) => c.value > 0 && getResolution(c.h3) === filter.res)).toBe(true);
  });

  it('puts each row in its finest cell, and coarser cells are that cell\'s H3 parents', () => {
    const p = projects[42] as ProjectPoint;
    const finest = latLngToCell(p.lat, p.lng, HEATMAP_MAX_RES);
    const inFinest = projects.filter((q) => latLngToCell(q.lat, q.lng, HEATMAP_MAX_RES) === finest);
    expect(queryCells(sut, { metric: 'projects', res: HEATMAP_MAX_RES }).find((c) => c.h3 === finest)?.value).toBe(inFinest.length);
    const parent = cellToParent(finest, 7);
    const inParent = projects.filter((q) => cellToParent(latLngToCell(q.lat, q.lng, HEATMAP_MAX_RES), 7) === parent);
    expect(queryCells(sut, { metric: 'projects', res: 7 }).find((c) => c.h3 === parent)?.value).toBe(inParent.length);
  });

  it('nests: a coarse cell holds exactly the sum of its finer cells', () => {
    const coarse = queryCells(sut, { metric: 'investment', res: 6, industry: 'health' });
    const fine = queryCells(sut, { metric: 'investment', res: 8, industry: 'health' });
    for (const c of coarse) expect(fine.filter((f) => cellToParent(f.h3, 6) === c.h3).reduce((s, f) => s + f.value, 0)).toBe(c.value);
  });

  it('keeps the totals of every row', () => {
    expect(sut.totals).toEqual({ investmentWan: expectedTotal({ metric: 'investment', res: 7 }, projects, premises), projects: projects.length, space: expectedTotal({ metric: 'space', res: 7 }, projects, premises) });
  });

  it('answers nothing for an industry without projects', () => {
    expect(queryCells(sut, { metric: 'investment', res: 7, industry: 'culture' })).toEqual([]);
  });

  it('gives the same cells whether or not the indexer already knew the rows, or knew them elsewhere', () => {
    const indexer = new CellIndexer();
    buildModel(projects.slice(0, 100).map((p) => ({ ...p, lat: p.lat + 0.01 })), [], indexer);
    buildModel(projects.slice(0, 200), [], indexer);
    const again = buildModel(projects, premises, indexer);
    const f: CellFilter = { metric: 'investment', res: 9, from: 2017 };
    expect(new Map(queryCells(again, f).map((c) => [c.h3, c.value]))).toEqual(new Map(queryCells(sut, f).map((c) => [c.h3, c.value])));
  });
});

describe('ranks and colour breaks', () => {
  it('ranks highest first and lets equal values share a rank', () => {
    const sut = rank([
      { h3: 'b', value: 5 },
      { h3: 'a', value: 9 },
      { h3: 'c', value: 5 },
      { h3: 'd', value: 1 },
    ]);
    expect(sut.map((c) => [c.h3, c.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('splits values into five quantile classes whose last bound is the maximum', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const breaks = quantileBreaks(values);
    expect(breaks).toEqual([20, 40, 60, 80, 100]);
    expect(values.map((v) => heatmapClassOf(v, breaks)).filter((c) => c === 0)).toHaveLength(20);
    expect(heatmapClassOf(100, breaks)).toBe(4);
    expect(heatmapClassOf(21, breaks)).toBe(1);
  });

  it('drops duplicate bounds when many cells share a value', () => {
    expect(quantileBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 9])).toEqual([1, 9]);
    expect(quantileBreaks([1, 1, 1, 1, 1, 1, 2, 2, 5, 9])).toEqual([1, 2, 9]);
    expect(quantileBreaks([3])).toEqual([3]);
    expect(quantileBreaks([])).toEqual([]);
  });
});

describe('cell boundaries', () => {
  it('draws a hexagon around the cell centre, close to it at every resolution', () => {
    const sut = new BoundaryCache();
    for (let res = HEATMAP_MIN_RES; res <= HEATMAP_MAX_RES; res++) {
      const cell = latLngToCell(31.4226, 120.6429, res);
      expect(isValidCell(cell)).toBe(true);
      const { center, boundary: ring } = sut.of(cell);
      expect(ring).toHaveLength(6);
      const [lat, lng] = cellToLatLng(cell);
      expect(pointInPolygon([lat, lng], ring)).toBe(true);
      expect(Math.hypot(center[0] - lat, center[1] - lng)).toBeLessThan(1e-6);
      // edge length shrinks about 2.65× per resolution: 3.7 km at 6, 0.2 km at 9
      const spread = Math.max(...ring.map(([a, b]) => Math.hypot(a - lat, b - lng)));
      expect(spread).toBeLessThan(0.06 / 2.6 ** (res - HEATMAP_MIN_RES));
      expect(pointInPolygon([31.4226, 120.6429], ring)).toBe(true);
    }
  });

  it('sends the district\'s cells as columns that give back every cell: rank, class, centre and outline within 5 m', () => {
    const rnd = prng(7);
    const boundaries = new BoundaryCache();
    for (let res = HEATMAP_MIN_RES; res <= HEATMAP_MAX_RES; res++) {
      // every cell over the district and beyond it, with values that tie now and then
      const cells = new Map<string, number>();
      for (let i = 0; i < 3000; i++) cells.set(latLngToCell(31.25 + rnd() * 0.4, 120.35 + rnd() * 0.5, res), 1 + Math.floor(rnd() * 40));
      const values = [...cells].map(([h3, value]) => ({ h3, value }));
      const ranked = rank(values);
      const breaks = quantileBreaks(ranked.map((c) => c.value));
      for (const order of ['h3', 'south-north'] as const) {
        const wire = encodeHeatmapCells(values.map((c) => ({ ...c, ...boundaries.of(c.h3) })), order);
        // every cell is there once; in index order most of each index is left out
        expect(wire.h3).toHaveLength(cells.size);
        if (order === 'h3') expect(wire.h3.join('').length).toBeLessThan(cells.size * 6);
        const decoded = decodeHeatmapCells(JSON.parse(JSON.stringify(wire)) as typeof wire, breaks);
        expect(decoded.map((c) => [c.h3, c.value, c.rank, c.class])).toEqual(ranked.map((c) => [c.h3, c.value, c.rank, heatmapClassOf(c.value, breaks)]));
        // the worst centre and vertex over every cell, in degrees (5e-5° is about 5 m)
        let centre = 0;
        let vertex = 0;
        for (const c of decoded) {
          const [lat, lng] = cellToLatLng(c.h3);
          centre = Math.max(centre, Math.abs(c.center[0] - lat), Math.abs(c.center[1] - lng));
          const exact = cellToBoundary(c.h3);
          if (c.boundary.length !== exact.length) throw new Error(`${c.h3}: ${c.boundary.length} vertices, H3 has ${exact.length}`);
          exact.forEach(([a, b], i) => (vertex = Math.max(vertex, Math.abs(a - (c.boundary[i]?.[0] ?? 0)), Math.abs(b - (c.boundary[i]?.[1] ?? 0)))));
        }
        expect(centre).toBeLessThan(1e-5);
        expect(vertex).toBeLessThan(5e-5);
      }
    }
  });

  it('gives a cell its own outline when the shared one is too far from it', () => {
    const boundaries = new BoundaryCache();
    // a hexagon in Suzhou and one at the equator share no shape
    const cells = [latLngToCell(31.42, 120.64, 7), latLngToCell(31.43, 120.66, 7), latLngToCell(31.41, 120.62, 7), latLngToCell(0.5, 10, 7)].map((h3, i) => ({ h3, value: i + 1, ...boundaries.of(h3) }));
    const wire = encodeHeatmapCells(cells);
    expect(wire.own).toHaveLength(1);
    const far = decodeHeatmapCells(wire, [4]).find((c) => c.h3 === cells[3]?.h3);
    cellToBoundary(cells[3]?.h3 ?? '').forEach(([a, b], i) => {
      expect(Math.abs(a - (far?.boundary[i]?.[0] ?? 0))).toBeLessThan(2e-5);
      expect(Math.abs(b - (far?.boundary[i]?.[1] ?? 0))).toBeLessThan(2e-5);
    });
  });
});

describe('finding the rows of one cell', () => {
  it('holds every point that counts in a cell inside its search box, at every resolution', () => {
    const rnd = prng(99);
    for (let i = 0; i < 4000; i++) {
      const [lat, lng] = [31.3 + rnd() * 0.3, 120.4 + rnd() * 0.4];
      for (let res = HEATMAP_MIN_RES; res <= HEATMAP_MAX_RES; res++) {
        const cell = cellAt(lat, lng, res);
        const box = cellSearchBox(cellOutline(cell));
        const inside = lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;
        if (!inside) throw new Error(`(${lat}, ${lng}) counts in ${cell} but lies outside its search box`);
      }
    }
  });

  it('counts a point in its finest cell or that cell\'s parent, as the model does', () => {
    const finest = latLngToCell(31.4226, 120.6429, HEATMAP_MAX_RES);
    expect(cellAt(31.4226, 120.6429, HEATMAP_MAX_RES)).toBe(finest);
    expect(cellAt(31.4226, 120.6429, HEATMAP_MIN_RES)).toBe(cellToParent(finest, HEATMAP_MIN_RES));
  });
});
