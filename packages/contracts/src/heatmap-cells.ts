// The heatmap's names and its cell codec without schemas: the mini-program's map subpackage decodes
// answers with these and does not load the validation library (the schemas are in heatmap.ts).

export const HEATMAP_METRICS = ['investment', 'projects', 'space'] as const;
export type HeatmapMetric = (typeof HEATMAP_METRICS)[number];
export const PREMISES_KINDS = ['land', 'factory', 'office', 'rnd_space'] as const;
export type PremisesKind = (typeof PREMISES_KINDS)[number];
/** 万元/亩 for land, 元/m² per month for rent, 元/m² for sale */
export const PRICE_UNITS = ['cny_10k_per_mu', 'cny_per_m2_month', 'cny_per_m2'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
/** H3 resolutions served: 6 (about 36 km² a cell) to 9 (about 0.1 km²); clients pick one by zoom. */
export const HEATMAP_MIN_RES = 6;
export const HEATMAP_MAX_RES = 9;
export const HEATMAP_DEFAULT_RES = 7;
/** quantile classes of the colour scale */
export const HEATMAP_CLASSES = 5;

/**
 * The heatmap is the biggest answer an investor on a roaming connection waits for, so its cells
 * travel as columns, in H3 index order or south to north (the server sends whichever compresses
 * smaller: index order where many cells of one parent follow each other, at the finer
 * resolutions; there an index is sent as the digits it does not share with the one before), and
 * neighbouring centres differ by small, repeating steps that compress to a few bits. Centres and outlines are
 * integers in OUTLINE_UNIT degrees (1e-5°, about 1.1 m). Hexagons of one resolution have nearly
 * the same shape over a district, so one outline serves every cell; a cell whose own H3 outline
 * is further than OUTLINE_TOLERANCE units from it (or has another vertex count) brings its own.
 * A cell's rank and colour class follow from the values and the breaks, so they are not sent:
 * `decodeHeatmapCells` gives every cell with `rank`, `class`, `center` and `boundary`.
 */
export const OUTLINE_UNIT = 1e-5;
/** how far, in OUTLINE_UNIT, a cell's drawn outline may be from its H3 outline (about 3.3 m) */
export const OUTLINE_TOLERANCE = 3;

/** An answer's cells as columns (the shape `heatmapCellsSchema` in heatmap.ts checks and documents). */
export type HeatmapCells = {
  order: 'h3' | 'south-north';
  h3: string[];
  value: number[];
  lat: number[];
  lng: number[];
  outline: number[];
  own: number[][];
};

/** One decoded cell. */
export type HeatmapCell = {
  h3: string;
  value: number;
  /** 1 = the highest value; equal values share a rank */
  rank: number;
  /** colour class: the first `i` with `value <= breaks[i]` */
  class: number;
  /** `[lat, lng]` */
  center: [number, number];
  /** `[lat, lng]` vertices, not closed */
  boundary: [number, number][];
};

/** The colour class of a value: the first break it does not exceed. */
export function heatmapClassOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((b) => value <= b);
  return i < 0 ? breaks.length - 1 : i;
}

/** hex digits of an H3 cell index */
const H3_DIGITS = 15;
const units = (degrees: number) => Math.round(degrees / OUTLINE_UNIT);
const degrees = (u: number) => Math.round(u * OUTLINE_UNIT * 1e6) / 1e6;

/** Vertex offsets `[dLat, dLng, …]` in OUTLINE_UNIT from a centre (both `[lat, lng]`). */
export function encodeOutline(center: readonly number[], boundary: readonly (readonly number[])[]): number[] {
  const [lat = 0, lng = 0] = center;
  return boundary.flatMap(([a = 0, b = 0]) => [units(a - lat), units(b - lng)]);
}

/** An outline around `center` from its offsets, as `[lat, lng]` vertices rounded to 1e-6°. */
export function decodeOutline(center: readonly number[], outline: readonly number[]): [number, number][] {
  const [lat = 0, lng = 0] = center;
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < outline.length; i += 2) out.push([Math.round((lat + (outline[i] as number) * OUTLINE_UNIT) * 1e6) / 1e6, Math.round((lng + (outline[i + 1] as number) * OUTLINE_UNIT) * 1e6) / 1e6]);
  return out;
}

/** The columns for cells given with their exact centre and H3 outline (any order), in H3 index order or south to north. */
export function encodeHeatmapCells(
  cells: readonly { h3: string; value: number; center: readonly number[]; boundary: readonly (readonly number[])[] }[],
  order: 'h3' | 'south-north' = 'h3',
): HeatmapCells {
  const byH3 = (a: { h3: string }, b: { h3: string }) => (a.h3 < b.h3 ? -1 : a.h3 > b.h3 ? 1 : 0);
  const placed = cells
    .map((c) => ({ h3: c.h3, value: c.value, lat: units(c.center[0] ?? 0), lng: units(c.center[1] ?? 0), boundary: c.boundary }))
    .sort(order === 'h3' ? byH3 : (a, b) => a.lat - b.lat || a.lng - b.lng || byH3(a, b));
  const outlines = placed.map((c) => encodeOutline([degrees(c.lat), degrees(c.lng)], c.boundary));
  // the shared outline: each offset's median over the cells with the most common vertex count
  const counts = new Map<number, number>();
  for (const o of outlines) counts.set(o.length, (counts.get(o.length) ?? 0) + 1);
  const length = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const typical = outlines.filter((o) => o.length === length);
  const outline = Array.from({ length }, (_, i) => {
    const v = typical.map((o) => o[i] as number).sort((a, b) => a - b);
    return v[v.length >> 1] as number;
  });
  const own: number[][] = [];
  outlines.forEach((o, i) => {
    if (o.length !== length || o.some((v, k) => Math.abs(v - (outline[k] as number)) > OUTLINE_TOLERANCE)) own.push([i, ...o]);
  });
  return {
    order,
    h3: placed.map((c, i) => {
      if (order !== 'h3') return c.h3;
      const before = i ? (placed[i - 1] as { h3: string }).h3 : '';
      let shared = 0;
      while (shared < H3_DIGITS && shared < c.h3.length && c.h3[shared] === before[shared]) shared++;
      return shared.toString(16) + c.h3.slice(shared).replace(/f+$/, '');
    }),
    value: placed.map((c) => c.value),
    lat: placed.map((c, i) => c.lat - (i ? (placed[i - 1] as { lat: number }).lat : 0)),
    lng: placed.map((c, i) => c.lng - (i ? (placed[i - 1] as { lng: number }).lng : 0)),
    outline,
    own,
  };
}

/** Every cell of an answer, highest value first (equal values by H3 index), with rank and class. */
export function decodeHeatmapCells(cells: HeatmapCells, breaks: readonly number[]): HeatmapCell[] {
  const own = new Map(cells.own.map(([i = -1, ...o]) => [i, o]));
  let lat = 0;
  let lng = 0;
  let h3 = '';
  const out: HeatmapCell[] = cells.h3.map((coded, i) => {
    h3 = cells.order === 'h3' ? (h3.slice(0, parseInt(coded.slice(0, 1), 16)) + coded.slice(1)).padEnd(H3_DIGITS, 'f') : coded;
    lat += cells.lat[i] ?? 0;
    lng += cells.lng[i] ?? 0;
    const center: [number, number] = [degrees(lat), degrees(lng)];
    return { h3, value: cells.value[i] ?? 0, rank: 0, class: 0, center, boundary: decodeOutline(center, own.get(i) ?? cells.outline) };
  });
  out.sort((a, b) => b.value - a.value || (a.h3 < b.h3 ? -1 : a.h3 > b.h3 ? 1 : 0));
  out.forEach((c, i) => {
    const before = out[i - 1];
    c.rank = before && before.value === c.value ? before.rank : i + 1;
    c.class = heatmapClassOf(c.value, breaks);
  });
  return out;
}
