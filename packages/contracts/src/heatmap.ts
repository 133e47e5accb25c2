import { z } from 'zod';
import { AREA_KINDS, languageSchema } from './reference';
import { HEATMAP_DEFAULT_RES, HEATMAP_MAX_RES, HEATMAP_METRICS, HEATMAP_MIN_RES, PREMISES_KINDS, PRICE_UNITS, type HeatmapCells } from './heatmap-cells';

/**
 * The investment heatmap (投资热力图): areas with their geometry, landed projects and available
 * premises (载体), aggregated on H3 hexagon cells. Coordinates are WGS-84 `[lat, lng]` pairs.
 */

const code = z.string().trim().min(1).max(64);
const year = z.coerce.number().int().min(1900).max(2100);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const translatedName = z.object({
  'zh-CN': z.string().trim().min(1).max(200),
  en: z.string().trim().max(200).optional(),
  ja: z.string().trim().max(200).optional(),
});
export const latLngSchema = z.tuple([z.number(), z.number()]).meta({ id: 'LatLng' });

// ---- public reads ----

export const heatmapQuerySchema = z
  .object({
    metric: z.enum(HEATMAP_METRICS).default('investment'),
    /** projects of one industry ("3+6" code); not applied to `space` */
    industry: code.optional(),
    /** years of landing, inclusive; not applied to `space` */
    from: year.optional(),
    to: year.optional(),
    /** premises of one kind; only applied to `space` */
    kind: z.enum(PREMISES_KINDS).optional(),
    res: z.coerce.number().int().min(HEATMAP_MIN_RES).max(HEATMAP_MAX_RES).default(HEATMAP_DEFAULT_RES),
    lang: z.string().max(35).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: q.from, inclusive: true, path: ['to'], input: q.to });
    }
  });
export type HeatmapQuery = z.infer<typeof heatmapQuerySchema>;

export const heatmapCellsSchema = z
  .object({
    /** the columns' order: H3 index order, or south to north (then west to east) */
    order: z.enum(['h3', 'south-north']),
    /**
     * H3 cell indexes; in `h3` order each as how many leading hex digits it shares with the one
     * before (one hex digit) and the digits after those, without the trailing `f`s (indexes are 15 digits)
     */
    h3: z.array(z.string()),
    /** 亿元 (investment), a count (projects) or m² available (space) */
    value: z.array(z.number()),
    /** centres' latitudes in OUTLINE_UNIT: the first from 0°, every next one from the one before */
    lat: z.array(z.number().int()),
    /** centres' longitudes, likewise */
    lng: z.array(z.number().int()),
    /** the outline shared by the cells, `[dLat, dLng, dLat, dLng, …]` from a centre in OUTLINE_UNIT (not closed) */
    outline: z.array(z.number().int()),
    /** cells with an outline of their own: `[position in the columns, dLat, dLng, …]` */
    own: z.array(z.array(z.number().int())),
  })
  .meta({ id: 'HeatmapCells' }) satisfies z.ZodType<HeatmapCells>;

/** The filters an answer applied (null: not applied or not given). */
const heatmapFiltersSchema = z.object({
  industry: z.object({ code: z.string(), name: z.string(), fallback: z.boolean() }).nullable(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  kind: z.enum(PREMISES_KINDS).nullable(),
});

export const heatmapResponseSchema = z
  .object({
    metric: z.enum(HEATMAP_METRICS),
    unit: z.enum(['cny_100m', 'count', 'm2']),
    resolution: z.number().int(),
    language: languageSchema,
    /** the filters applied to this metric (null: not applied or not given) */
    filters: heatmapFiltersSchema,
    /** the sum over all cells: the same as over the matching source rows */
    total: z.number(),
    /** cells with a value, as columns (see `heatmapCellsSchema`, `decodeHeatmapCells`) */
    cells: heatmapCellsSchema,
    /** upper bounds of the colour classes, ascending (quantiles of the cell values, duplicates removed) */
    breaks: z.array(z.number()),
    /** when projects or premises last changed */
    lastUpdated: z.string().nullable(),
    sampleData: z.boolean(),
  })
  .meta({ id: 'HeatmapResponse' });
export type HeatmapResponse = z.infer<typeof heatmapResponseSchema>;

const localized = { name: z.string(), language: languageSchema, fallback: z.boolean() };

export const areaStatsSchema = z
  .object({
    projects: z.number().int(),
    /** 亿元 */
    investment: z.number(),
    /** m² of premises available */
    availableArea: z.number(),
    premises: z.number().int(),
  })
  .meta({ id: 'AreaStats' });

export const areaListItemSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(AREA_KINDS),
    ...localized,
    description: z.string().nullable(),
    /** WGS-84 outline, `[lat, lng]` vertices (not closed); null when not drawn yet */
    polygon: z.array(latLngSchema).nullable(),
    center: latLngSchema.nullable(),
    stats: areaStatsSchema,
    sample: z.boolean(),
  })
  .meta({ id: 'AreaListItem' });

export const areaListSchema = z
  .object({ language: languageSchema, items: z.array(areaListItemSchema), sampleData: z.boolean() })
  .meta({ id: 'AreaList' });
export type AreaList = z.infer<typeof areaListSchema>;

export const projectSummarySchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    ...localized,
    industry: z.object({ code: z.string(), name: z.string() }),
    /** 亿元 */
    amount: z.number(),
    year: z.number().int(),
    lat: z.number(),
    lng: z.number(),
    areaCode: z.string().nullable(),
    sample: z.boolean(),
  })
  .meta({ id: 'ProjectSummary' });

export const premisesSummarySchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(PREMISES_KINDS),
    kindName: z.string(),
    ...localized,
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    lat: z.number(),
    lng: z.number(),
    /** m² */
    totalArea: z.number(),
    availableArea: z.number(),
    priceMin: z.number().nullable(),
    priceMax: z.number().nullable(),
    priceUnit: z.enum(PRICE_UNITS).nullable(),
    plotRatio: z.number().nullable(),
    contactName: z.string(),
    contactPhone: z.string(),
    photos: z.array(z.string()),
    /** YYYY-MM-DD: when the figures were last checked */
    lastUpdated: z.string(),
    sample: z.boolean(),
  })
  .meta({ id: 'PremisesSummary' });

export const areaDetailSchema = areaListItemSchema
  .extend({
    /** the largest projects (up to 50); `stats.projects` has the count */
    projects: z.array(projectSummarySchema),
    /** premises with the most space available (up to 50) */
    premises: z.array(premisesSummarySchema),
    industries: z.array(z.object({ code: z.string(), name: z.string(), projects: z.number().int(), investment: z.number() })),
    /** published, currently valid policies open to the area's industries (or to all), up to 20 */
    policies: z.array(z.object({ id: z.number().int(), title: z.string(), summary: z.string(), language: languageSchema, fallback: z.boolean() })),
    policiesTotal: z.number().int(),
    /** true when any figure shown is sample data */
    sampleData: z.boolean(),
  })
  .meta({ id: 'AreaDetail' });
export type AreaDetail = z.infer<typeof areaDetailSchema>;

/** `GET /heatmap/cells/:cell`: the map's filters, so the cell's figures match the colour it was drawn in. */
export const heatmapCellQuerySchema = z
  .object({
    /** projects of one industry; not applied to the space figures */
    industry: code.optional(),
    from: year.optional(),
    to: year.optional(),
    /** premises of one kind; only applied to the space figures and the premises listed */
    kind: z.enum(PREMISES_KINDS).optional(),
    lang: z.string().max(35).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: q.from, inclusive: true, path: ['to'], input: q.to });
    }
  });
export type HeatmapCellQuery = z.infer<typeof heatmapCellQuerySchema>;

/** An H3 index as the heatmap serves it (15 hex digits); the resolution is checked on the server. */
export const heatmapCellParamsSchema = z.object({ cell: z.string().regex(/^[0-9a-f]{15}$/, { message: 'invalid_format' }) });

export const heatmapCellDetailSchema = z
  .object({
    h3: z.string(),
    resolution: z.number().int(),
    /** the cell's outline and centre, `[lat, lng]` */
    boundary: z.array(latLngSchema),
    center: latLngSchema,
    language: languageSchema,
    filters: heatmapFiltersSchema,
    /**
     * Under the filters, counted as the heatmap counts them (a row belongs to the cell holding it
     * at the finest resolution, or that cell's parent): `investment` and `projects` are the
     * cell's value on the investment and projects maps, `availableArea` its value on the space map.
     */
    stats: areaStatsSchema,
    /** the areas whose outline holds the cell's centre, smallest first (the district last) */
    areas: z.array(z.object({ id: z.number().int(), code: z.string(), kind: z.enum(AREA_KINDS), ...localized })),
    /** the largest projects (up to 50) */
    projects: z.array(projectSummarySchema),
    /** premises with the most space available (up to 50) */
    premises: z.array(premisesSummarySchema),
    industries: z.array(z.object({ code: z.string(), name: z.string(), projects: z.number().int(), investment: z.number() })),
    /** published, currently valid policies open to the cell's industries (or to all), up to 20 */
    policies: z.array(z.object({ id: z.number().int(), title: z.string(), summary: z.string(), language: languageSchema, fallback: z.boolean() })),
    policiesTotal: z.number().int(),
    lastUpdated: z.string().nullable(),
    /** true when any project or premises counted is sample data */
    sampleData: z.boolean(),
  })
  .meta({ id: 'HeatmapCellDetail' });
export type HeatmapCellDetail = z.infer<typeof heatmapCellDetailSchema>;

export const premisesQuerySchema = z.object({
  kind: z.enum(PREMISES_KINDS).optional(),
  /** at least this many m² available */
  minArea: z.coerce.number().min(0).max(100_000_000).optional(),
  /** area code */
  area: code.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  lang: z.string().max(35).optional(),
});
export type PremisesQuery = z.infer<typeof premisesQuerySchema>;

export const premisesListSchema = z
  .object({
    items: z.array(premisesSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    language: languageSchema,
    sampleData: z.boolean(),
  })
  .meta({ id: 'PremisesList' });

// ---- console ----

export const projectInputSchema = z
  .object({
    /** natural key, e.g. `P-2020-001`: an import with the same code updates the project */
    code: z.string().trim().min(1).max(64),
    names: translatedName,
    industry: code,
    /** 亿元, up to 4 decimals (1 万元) */
    amount: z.number().min(0).max(100_000).refine((v) => Math.abs(v * 10_000 - Math.round(v * 10_000)) < 1e-6, { message: 'invalid_format' }),
    year: z.number().int().min(1900).max(2100),
    lat,
    lng,
    areaCode: code.nullable().default(null),
    sample: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'ProjectInput' });
export type ProjectInput = z.infer<typeof projectInputSchema>;

export const projectUpdateSchema = projectInputSchema.extend({ version: z.number().int().min(1) }).strict().meta({ id: 'ProjectUpdate' });

export const adminProjectSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    code: z.string(),
    names: z.object({ 'zh-CN': z.string().optional(), en: z.string().optional(), ja: z.string().optional() }),
    industry: z.string(),
    amount: z.number(),
    year: z.number().int(),
    lat: z.number(),
    lng: z.number(),
    areaCode: z.string().nullable(),
    sample: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AdminProject' });
export type AdminProject = z.infer<typeof adminProjectSchema>;

const premisesFields = z
  .object({
    code: z.string().trim().min(1).max(64),
    kind: z.enum(PREMISES_KINDS),
    names: translatedName,
    areaCode: code.nullable().default(null),
    lat,
    lng,
    totalArea: z.number().int().min(0).max(100_000_000),
    availableArea: z.number().int().min(0).max(100_000_000),
    priceMin: z.number().min(0).max(10_000_000).nullable().default(null),
    priceMax: z.number().min(0).max(10_000_000).nullable().default(null),
    priceUnit: z.enum(PRICE_UNITS).nullable().default(null),
    plotRatio: z.number().min(0).max(50).nullable().default(null),
    contactName: z.string().trim().max(100).default(''),
    contactPhone: z.string().trim().max(40).default(''),
    photos: z.array(z.string().trim().url().max(500).refine((u) => /^https?:\/\//.test(u), { message: 'invalid_format' })).max(20).default([]),
    lastUpdated: isoDate,
    sample: z.boolean().default(false),
  })
  .strict();

function premisesRules(p: { totalArea: number; availableArea: number; priceMin: number | null; priceMax: number | null }, ctx: z.RefinementCtx): void {
  if (p.availableArea > p.totalArea) ctx.addIssue({ code: 'too_big', origin: 'number', maximum: p.totalArea, inclusive: true, path: ['availableArea'], input: p.availableArea });
  if (p.priceMin !== null && p.priceMax !== null && p.priceMin > p.priceMax) ctx.addIssue({ code: 'too_small', origin: 'number', minimum: p.priceMin, inclusive: true, path: ['priceMax'], input: p.priceMax });
}

export const premisesInputSchema = premisesFields.superRefine(premisesRules).meta({ id: 'PremisesInput' });
export type PremisesInput = z.infer<typeof premisesInputSchema>;

export const premisesUpdateSchema = premisesFields.extend({ version: z.number().int().min(1) }).strict().superRefine(premisesRules).meta({ id: 'PremisesUpdate' });
export type PremisesUpdate = z.infer<typeof premisesUpdateSchema>;

export const adminPremisesSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    code: z.string(),
    kind: z.enum(PREMISES_KINDS),
    names: z.object({ 'zh-CN': z.string().optional(), en: z.string().optional(), ja: z.string().optional() }),
    areaCode: z.string().nullable(),
    lat: z.number(),
    lng: z.number(),
    totalArea: z.number(),
    availableArea: z.number(),
    priceMin: z.number().nullable(),
    priceMax: z.number().nullable(),
    priceUnit: z.enum(PRICE_UNITS).nullable(),
    plotRatio: z.number().nullable(),
    contactName: z.string(),
    contactPhone: z.string(),
    photos: z.array(z.string()),
    lastUpdated: z.string(),
    sample: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AdminPremises' });
export type AdminPremises = z.infer<typeof adminPremisesSchema>;

export const adminProjectListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  industry: code.optional(),
  area: code.optional(),
  /** year of landing */
  year: year.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AdminProjectListQuery = z.infer<typeof adminProjectListQuerySchema>;

export const adminPremisesListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(PREMISES_KINDS).optional(),
  area: code.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AdminPremisesListQuery = z.infer<typeof adminPremisesListQuerySchema>;

export const adminProjectListSchema = z
  .object({ items: z.array(adminProjectSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AdminProjectList' });
export const adminPremisesListSchema = z
  .object({ items: z.array(adminPremisesSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AdminPremisesList' });

/** `DELETE …?version=`: the version you loaded; a stale one is refused with CONFLICT. */
export const deleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** Import CSV columns (first row), in any order; XLSX: the first worksheet with the same header row. */
export const PROJECT_IMPORT_COLUMNS = ['code', 'name_zh', 'name_en', 'name_ja', 'industry', 'amount', 'year', 'lat', 'lng', 'area', 'sample'] as const;
export const PREMISES_IMPORT_COLUMNS = [
  'code',
  'kind',
  'name_zh',
  'name_en',
  'name_ja',
  'area',
  'lat',
  'lng',
  'total_area',
  'available_area',
  'price_min',
  'price_max',
  'price_unit',
  'plot_ratio',
  'contact_name',
  'contact_phone',
  'photos',
  'last_updated',
  'sample',
] as const;
export const IMPORT_MAX_ROWS = 20_000;

export const importRequestSchema = z
  .object({
    /** `*.csv` (UTF-8, comma-separated, quotes as in RFC 4180) or `*.xlsx` */
    filename: z.string().trim().min(1).max(200).regex(/\.(csv|xlsx)$/i, { message: 'invalid_value' }),
    contentBase64: z.string().min(1).regex(/^[A-Za-z0-9+/=\r\n]+$/, { message: 'invalid_format' }),
    /** validate only: the same report, nothing written */
    dryRun: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'ImportRequest' });
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importResultSchema = z
  .object({
    /** false for a dry run */
    imported: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;
