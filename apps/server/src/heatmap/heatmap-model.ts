import { HEATMAP_CLASSES, HEATMAP_MAX_RES, HEATMAP_MIN_RES, PREMISES_KINDS, type HeatmapMetric, type PremisesKind } from '@zhaoshang/contracts';
import { cellToBoundary, cellToLatLng, cellToParent, latLngToCell } from 'h3-js';

export type ProjectPoint = { id: number; industry: string; amountWan: number; year: number; lat: number; lng: number };
export type PremisesPoint = { id: number; kind: PremisesKind; availableArea: number; lat: number; lng: number };

export type CellFilter = { metric: HeatmapMetric; res: number; industry?: string; from?: number; to?: number; kind?: PremisesKind };
/** `value` in base units: 万元 (investment), a count (projects), m² (space) */
export type CellValue = { h3: string; value: number };

const RESOLUTIONS = Array.from({ length: HEATMAP_MAX_RES - HEATMAP_MIN_RES + 1 }, (_, i) => HEATMAP_MIN_RES + i);

/**
 * Row → H3 cells at every served resolution, remembered across builds by row id while its
 * coordinates stay the same: latLngToCell costs about 5 µs, which for 100,000 projects is half
 * the time budget of a rebuild. Coarser cells are the finest cell's H3 parents, once per distinct
 * cell: sums nest exactly across resolutions (a point near a coarse cell's edge may count in its
 * neighbour, by less than one finest cell, about 200 m).
 */
export class CellIndexer {
  private readonly byId = new Map<number, { lat: number; lng: number; cells: number[]; gen: number }>();
  private readonly byFinest = new Map<string, number[]>();
  /** per resolution: every cell seen, and its position (stable across builds) */
  private readonly registry = RESOLUTIONS.map(() => ({ cells: [] as string[], index: new Map<string, number>() }));
  private gen = 0;

  /** Starts a build: rows not seen until `prune` are forgotten. */
  begin(): void {
    this.gen++;
    if (this.byFinest.size > 2 * this.byId.size + 1000) {
      // mostly cells no row uses any more: start over (this build looks every row up again)
      this.byId.clear();
      this.byFinest.clear();
      for (const r of this.registry) {
        r.cells = [];
        r.index.clear();
      }
    }
  }

  /** Cell positions of a row (`key`: projects by id, premises by -id), index 0 = HEATMAP_MIN_RES. */
  cellsOf(key: number, lat: number, lng: number): number[] {
    const known = this.byId.get(key);
    if (known && known.lat === lat && known.lng === lng) {
      known.gen = this.gen;
      return known.cells;
    }
    const finest = latLngToCell(lat, lng, HEATMAP_MAX_RES);
    let cells = this.byFinest.get(finest);
    if (!cells) {
      cells = RESOLUTIONS.map((r, k) => this.position(k, r === HEATMAP_MAX_RES ? finest : cellToParent(finest, r)));
      this.byFinest.set(finest, cells);
    }
    this.byId.set(key, { lat, lng, cells, gen: this.gen });
    return cells;
  }

  /** The cells of a resolution by position. */
  cellsAt(res: number): string[] {
    return (this.registry[res - HEATMAP_MIN_RES] as { cells: string[] }).cells;
  }

  /** Forgets rows gone since `begin`, so a replica's memory follows the data. */
  prune(): void {
    for (const [key, e] of this.byId) if (e.gen !== this.gen) this.byId.delete(key);
  }

  private position(k: number, cell: string): number {
    const r = this.registry[k] as { cells: string[]; index: Map<string, number> };
    let i = r.index.get(cell);
    if (i === undefined) {
      i = r.cells.push(cell) - 1;
      r.index.set(cell, i);
    }
    return i;
  }
}

/**
 * The cell a point counts in at `res`, by the same rule as CellIndexer: the finest cell, or its
 * parent (so a cell's detail sums to its value on the map).
 */
export function cellAt(lat: number, lng: number, res: number): string {
  const finest = latLngToCell(lat, lng, HEATMAP_MAX_RES);
  return res === HEATMAP_MAX_RES ? finest : cellToParent(finest, res);
}

/**
 * A lat/lng box holding every point that counts in `h3` (see cellAt): the outline's box widened
 * by half its size on each side, since a coarse cell counts the finest cells whose centres lie in
 * it and those reach a little past its outline. Checked against random points in the spec.
 */
export function cellSearchBox(outline: readonly [number, number][]): { south: number; north: number; west: number; east: number } {
  const lats = outline.map((p) => p[0]);
  const lngs = outline.map((p) => p[1]);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const dLat = (north - south) / 2;
  const dLng = (east - west) / 2;
  return { south: south - dLat, north: north + dLat, west: west - dLng, east: east + dLng };
}

/** Ray casting over `[lat, lng]` vertices (not closed). */
export function pointInPolygon([lat, lng]: [number, number], ring: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [yi, xi] = ring[i] as [number, number];
    const [yj, xj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Sums of one (industry, year) or (kind) group over cells: parallel arrays, in no order. */
type Bucket = { cells: Int32Array; sum: Float64Array; count: Int32Array };

type Level = {
  /** cell strings by index */
  cells: string[];
  /** projects: bucket per industry index × year index */
  projects: (Bucket | undefined)[];
  /** premises: bucket per kind index */
  premises: (Bucket | undefined)[];
};

export type HeatmapModel = {
  industries: string[];
  years: number[];
  levels: Map<number, Level>;
  totals: { investmentWan: number; projects: number; space: number };
};

/** Accumulates (group, cell) → sum and count, then compacts into one bucket per group. */
class Accumulator {
  private readonly slot = new Map<number, number>();
  private readonly groups: number[] = [];
  private readonly cells: number[] = [];
  private readonly sums: number[] = [];
  private readonly counts: number[] = [];

  add(group: number, cell: number, value: number): void {
    // cell indexes grow while adding: key on a stride wide enough for any cell index
    const key = group * 0x4000000 + cell;
    const s = this.slot.get(key);
    if (s === undefined) {
      this.slot.set(key, this.groups.length);
      this.groups.push(group);
      this.cells.push(cell);
      this.sums.push(value);
      this.counts.push(1);
    } else {
      this.sums[s] = (this.sums[s] as number) + value;
      this.counts[s] = (this.counts[s] as number) + 1;
    }
  }

  /** One bucket per group (counting sort: no comparison sort over every slot). */
  buckets(groupCount: number): (Bucket | undefined)[] {
    const sizes = new Int32Array(groupCount);
    for (const g of this.groups) sizes[g] = (sizes[g] as number) + 1;
    const out: (Bucket | undefined)[] = new Array<Bucket | undefined>(groupCount).fill(undefined);
    for (let g = 0; g < groupCount; g++) {
      const n = sizes[g] as number;
      if (n > 0) out[g] = { cells: new Int32Array(n), sum: new Float64Array(n), count: new Int32Array(n) };
    }
    const filled = new Int32Array(groupCount);
    for (let s = 0; s < this.groups.length; s++) {
      const g = this.groups[s] as number;
      const bucket = out[g] as Bucket;
      const k = filled[g] as number;
      bucket.cells[k] = this.cells[s] as number;
      bucket.sum[k] = this.sums[s] as number;
      bucket.count[k] = this.counts[s] as number;
      filled[g] = k + 1;
    }
    return out;
  }
}

/**
 * Pre-buckets every project by resolution × industry × year and every premises by resolution ×
 * kind, so any filter is a sum over a few small arrays instead of a pass over all rows.
 */
export function buildModel(projects: readonly ProjectPoint[], premises: readonly PremisesPoint[], indexer: CellIndexer): HeatmapModel {
  const industries = [...new Set(projects.map((p) => p.industry))].sort();
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => a - b);
  const industryIndex = new Map(industries.map((c, i) => [c, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const kindIndex = new Map(PREMISES_KINDS.map((k, i) => [k, i]));
  const levels = new Map<number, Level>();
  const projectAcc = RESOLUTIONS.map(() => new Accumulator());
  const premisesAcc = RESOLUTIONS.map(() => new Accumulator());
  const totals = { investmentWan: 0, projects: 0, space: 0 };
  indexer.begin();
  for (const p of projects) {
    const group = (industryIndex.get(p.industry) as number) * years.length + (yearIndex.get(p.year) as number);
    const cells = indexer.cellsOf(p.id, p.lat, p.lng);
    for (let k = 0; k < RESOLUTIONS.length; k++) (projectAcc[k] as Accumulator).add(group, cells[k] as number, p.amountWan);
    totals.investmentWan += p.amountWan;
    totals.projects++;
  }
  for (const p of premises) {
    const group = kindIndex.get(p.kind) as number;
    const cells = indexer.cellsOf(-p.id, p.lat, p.lng);
    for (let k = 0; k < RESOLUTIONS.length; k++) (premisesAcc[k] as Accumulator).add(group, cells[k] as number, p.availableArea);
    totals.space += p.availableArea;
  }
  indexer.prune();
  RESOLUTIONS.forEach((r, k) => {
    levels.set(r, {
      // a copy: the indexer's list grows with later builds
      cells: indexer.cellsAt(r).slice(),
      projects: (projectAcc[k] as Accumulator).buckets(industries.length * years.length),
      premises: (premisesAcc[k] as Accumulator).buckets(PREMISES_KINDS.length),
    });
  });
  return { industries, years, levels, totals };
}

/** The cells with a value under a filter, in base units, in no particular order. */
export function queryCells(model: HeatmapModel, filter: CellFilter): CellValue[] {
  const level = model.levels.get(filter.res);
  if (!level) throw new Error(`resolution ${filter.res} is not served`);
  const acc = new Float64Array(level.cells.length);
  const seen = new Uint8Array(level.cells.length);
  const addBucket = (bucket: Bucket | undefined, counts: boolean) => {
    if (!bucket) return;
    const values = counts ? bucket.count : bucket.sum;
    for (let i = 0; i < bucket.cells.length; i++) {
      const c = bucket.cells[i] as number;
      acc[c] = (acc[c] as number) + (values[i] as number);
      seen[c] = 1;
    }
  };
  if (filter.metric === 'space') {
    PREMISES_KINDS.forEach((k, i) => {
      if (!filter.kind || filter.kind === k) addBucket(level.premises[i], false);
    });
  } else {
    const industries = filter.industry ? [model.industries.indexOf(filter.industry)].filter((i) => i >= 0) : model.industries.map((_, i) => i);
    const years = model.years.flatMap((y, i) => ((filter.from === undefined || y >= filter.from) && (filter.to === undefined || y <= filter.to) ? [i] : []));
    for (const ind of industries) for (const y of years) addBucket(level.projects[ind * model.years.length + y], filter.metric === 'projects');
  }
  const out: CellValue[] = [];
  for (let c = 0; c < acc.length; c++) if (seen[c] && (acc[c] as number) > 0) out.push({ h3: level.cells[c] as string, value: acc[c] as number });
  return out;
}

/** Highest first (ties by cell index), with competition ranks: equal values share a rank. */
export function rank(cells: readonly CellValue[]): (CellValue & { rank: number })[] {
  const sorted = [...cells].sort((a, b) => b.value - a.value || (a.h3 < b.h3 ? -1 : a.h3 > b.h3 ? 1 : 0));
  const out: (CellValue & { rank: number })[] = [];
  sorted.forEach((c, i) => {
    const prev = out[i - 1];
    out.push({ ...c, rank: prev && prev.value === c.value ? prev.rank : i + 1 });
  });
  return out;
}

/**
 * Upper bounds of quantile classes (nearest rank), ascending, duplicates removed: class `i` holds
 * the values `<= breaks[i]` and `> breaks[i - 1]`. The last break is the maximum.
 */
export function quantileBreaks(values: readonly number[], classes = HEATMAP_CLASSES): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k <= classes; k++) {
    const v = sorted[Math.max(0, Math.ceil((k / classes) * sorted.length) - 1)] as number;
    if (out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A cell's outline as `[lat, lng]` vertices, rounded to about 0.1 m. */
export function cellOutline(h3: string): [number, number][] {
  return cellToBoundary(h3).map(([lat, lng]) => [round6(lat), round6(lng)] as [number, number]);
}

/** A cell's centre and H3 outline (`[lat, lng]`, rounded to 1e-6°), remembered per cell. */
export class BoundaryCache {
  private readonly cache = new Map<string, { center: [number, number]; boundary: [number, number][] }>();
  of(h3: string): { center: [number, number]; boundary: [number, number][] } {
    let b = this.cache.get(h3);
    if (!b) {
      const [lat, lng] = cellToLatLng(h3);
      b = { center: [round6(lat), round6(lng)], boundary: cellOutline(h3) };
      this.cache.set(h3, b);
    }
    return b;
  }
}
