import { PREMISES_KINDS, type PremisesInput, type PremisesKind, type PriceUnit, type ProjectInput, type Translated } from '@zhaoshang/contracts';
import { pointInPolygon } from '../heatmap-model';

// Demo geometry, projects and premises for Xiangcheng District. The report gives only the totals
// (198 projects, 664.97 亿元, Jan–May 2020); outlines, locations, splits and premises are
// generated here, deterministic, and flagged `sample`.

export type LatLng = [number, number];
export type AreaGeometry = { polygon: LatLng[]; center: LatLng };

/** Seeded PRNG (mulberry32): the same demo data on every run and every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// shared with the cell detail's area lookup
export { pointInPolygon };

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const CENTER: LatLng = [31.445, 120.6];
const RADIUS: LatLng = [0.072, 0.118];
const OUTLINE_VERTICES = 30;

/** The district outline: an irregular ring inside lat 31.37–31.52, lng 120.48–120.72. */
function outline(): LatLng[] {
  const rnd = prng(31_45);
  return Array.from({ length: OUTLINE_VERTICES }, (_, i) => {
    const angle = (2 * Math.PI * i) / OUTLINE_VERTICES;
    const r = 0.86 + 0.14 * rnd();
    return [round6(CENTER[0] + RADIUS[0] * r * Math.sin(angle)), round6(CENTER[1] + RADIUS[1] * r * Math.cos(angle))];
  });
}

const centroid = (ring: LatLng[]): LatLng => [round6(ring.reduce((s, p) => s + p[0], 0) / ring.length), round6(ring.reduce((s, p) => s + p[1], 0) / ring.length)];

/**
 * Towns and streets tile the outline as sectors around an inner core, in rough compass order
 * (east first, counter-clockwise): generated shapes, not surveyed boundaries.
 */
const SECTORS = ['yangchenghu', 'weitang', 'beiqiao', 'caohu', 'huangqiao', 'wangting', 'chengyang', 'yuanhe', 'taiping', 'beihejing'];

/** Zones and carriers as octagons: centre and radius (degrees of latitude). */
const ZONES: Record<string, { center: LatLng; radius: number }> = {
  hsr_new_town: { center: [31.4226, 120.6429], radius: 0.018 },
  xetdz: { center: [31.462, 120.655], radius: 0.02 },
  china_japan_zone: { center: [31.432, 120.585], radius: 0.014 },
  yrd_rnd_community: { center: [31.412, 120.612], radius: 0.01 },
};

function octagon(center: LatLng, radius: number): LatLng[] {
  // a degree of longitude is shorter than one of latitude at 31.4°N
  const stretch = 1 / Math.cos((center[0] * Math.PI) / 180);
  return Array.from({ length: 8 }, (_, i) => {
    const a = (2 * Math.PI * (i + 0.5)) / 8;
    return [round6(center[0] + radius * Math.sin(a)), round6(center[1] + radius * stretch * Math.cos(a))];
  });
}

export function areaGeometry(): Record<string, AreaGeometry> {
  const ring = outline();
  const out: Record<string, AreaGeometry> = { xiangcheng: { polygon: ring, center: CENTER } };
  const per = OUTLINE_VERTICES / SECTORS.length;
  SECTORS.forEach((code, s) => {
    // the sector's stretch of the outline plus the centre
    const polygon: LatLng[] = [CENTER, ...Array.from({ length: per + 1 }, (_, k) => ring[(s * per + k) % OUTLINE_VERTICES] as LatLng)];
    out[code] = { polygon, center: centroid(polygon) };
  });
  for (const [code, z] of Object.entries(ZONES)) out[code] = { polygon: octagon(z.center, z.radius), center: z.center };
  return out;
}

function pointIn(ring: LatLng[], rnd: () => number): LatLng {
  const lats = ring.map((p) => p[0]);
  const lngs = ring.map((p) => p[1]);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  for (;;) {
    const p: LatLng = [round6(minLat + (maxLat - minLat) * rnd()), round6(minLng + (maxLng - minLng) * rnd())];
    if (pointInPolygon(p, ring)) return p;
  }
}

type IndustrySeed = { code: string; names: Translated };
type AreaRef = { code: string; names: Translated };

export const SEED_PROJECTS = 198;
/** 664.97 亿元 in 万元 */
export const SEED_TOTAL_WAN = 6_649_700;

/**
 * 198 projects landed in 2020 totalling exactly 664.97 亿元: amounts from a skewed distribution
 * (a few large projects, many small ones), the rounding remainder given to the largest.
 */
export function seedProjects(industries: IndustrySeed[], areas: AreaRef[], geometry: Record<string, AreaGeometry>): ProjectInput[] {
  const rnd = prng(664_97);
  const weights = Array.from({ length: SEED_PROJECTS }, () => Math.exp(4 * rnd()));
  const sum = weights.reduce((s, w) => s + w, 0);
  const wan = weights.map((w) => Math.max(1, Math.floor((SEED_TOTAL_WAN * w) / sum)));
  const largest = wan.indexOf(Math.max(...wan));
  wan[largest] = (wan[largest] as number) + SEED_TOTAL_WAN - wan.reduce((s, v) => s + v, 0);
  return wan.map((amountWan, i) => {
    const industry = industries[(i * 7 + Math.floor(rnd() * 3)) % industries.length] as IndustrySeed;
    const area = areas[Math.floor(rnd() * areas.length)] as AreaRef;
    const [lat, lng] = pointIn((geometry[area.code] as AreaGeometry).polygon, rnd);
    const n = i + 1;
    return {
      code: `S-2020-${String(n).padStart(3, '0')}`,
      names: {
        'zh-CN': `${industry.names['zh-CN']}项目 ${n} 号（示例）`,
        en: `${industry.names.en} project no. ${n} (sample)`,
        ja: `${industry.names.ja}プロジェクト第${n}号（サンプル）`,
      },
      industry: industry.code,
      amount: amountWan / 10_000,
      year: 2020,
      lat,
      lng,
      areaCode: area.code,
      sample: true,
    };
  });
}

const KIND_SEED: Record<PremisesKind, { zh: string; en: string; ja: string; total: [number, number]; price: [number, number]; unit: PriceUnit; plot: [number, number] }> = {
  // plot ratio: the district's standards, ≥ 2.3 industrial and ≥ 3.0 for R&D communities
  land: { zh: '工业用地', en: 'Industrial land plot', ja: '工業用地', total: [20_000, 120_000], price: [35, 60], unit: 'cny_10k_per_mu', plot: [2.3, 3.0] },
  factory: { zh: '标准厂房', en: 'Standard factory', ja: '標準工場', total: [3_000, 24_000], price: [22, 36], unit: 'cny_per_m2_month', plot: [2.3, 2.6] },
  office: { zh: '商务楼宇', en: 'Office building', ja: 'オフィスビル', total: [2_000, 30_000], price: [45, 90], unit: 'cny_per_m2_month', plot: [3.5, 5.0] },
  rnd_space: { zh: '研发社区空间', en: 'R&D community space', ja: '研究開発コミュニティスペース', total: [1_000, 12_000], price: [35, 70], unit: 'cny_per_m2_month', plot: [3.0, 4.0] },
};

export const SEED_PREMISES = 36;

export function seedPremises(areas: AreaRef[], geometry: Record<string, AreaGeometry>): PremisesInput[] {
  const rnd = prng(2020_05);
  const between = ([lo, hi]: [number, number]) => lo + (hi - lo) * rnd();
  return Array.from({ length: SEED_PREMISES }, (_, i) => {
    const kind = PREMISES_KINDS[i % PREMISES_KINDS.length] as PremisesKind;
    const k = KIND_SEED[kind];
    const area = areas[(i * 5 + 3) % areas.length] as AreaRef;
    const [lat, lng] = pointIn((geometry[area.code] as AreaGeometry).polygon, rnd);
    const totalArea = Math.round(between(k.total) / 100) * 100;
    const availableArea = Math.round((totalArea * (0.15 + 0.85 * rnd())) / 100) * 100;
    const priceMin = Math.round(between(k.price));
    const n = i + 1;
    const place = area.names;
    return {
      code: `S-PR-${String(n).padStart(3, '0')}`,
      kind,
      names: {
        'zh-CN': `${place['zh-CN']}${k.zh} ${n} 号（示例）`,
        en: `${k.en} no. ${n}, ${place.en} (sample)`,
        ja: `${place.ja}${k.ja}第${n}号（サンプル）`,
      },
      areaCode: area.code,
      lat,
      lng,
      totalArea,
      availableArea,
      priceMin,
      priceMax: Math.round(priceMin * (1.1 + 0.3 * rnd())),
      priceUnit: k.unit,
      plotRatio: Math.round(between(k.plot) * 10) / 10,
      contactName: '相城区投资促进中心（示例）',
      contactPhone: '+86 512 0000 0200',
      photos: [],
      lastUpdated: `2020-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      sample: true,
    };
  });
}
