import { z } from 'zod';
import { LANGUAGES } from './languages';

/**
 * Reference lists that forms and filters are built from. The codes are data (seeded, editable
 * per district); only the kinds of list are fixed here.
 */
export const REFERENCE_KINDS = ['industry', 'policyCategory', 'enterpriseType', 'amountRange', 'spaceKind'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const AREA_KINDS = ['town', 'street', 'zone', 'cooperation_zone', 'rnd_community', 'new_town', 'district'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const languageSchema = z.enum(LANGUAGES).meta({ id: 'Language' });
export const langQuerySchema = z.object({ lang: z.string().max(35).optional() });

export const referenceItemSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    /** e.g. `leading` or `future` for the "3+6" industries */
    group: z.string().nullable(),
    /** bounds of an amount range in 万元 (CNY 10,000); null where open */
    min: z.number().nullable(),
    max: z.number().nullable(),
    /** true when `name` is in a fallback language */
    fallback: z.boolean(),
  })
  .meta({ id: 'ReferenceItem' });
export type ReferenceItem = z.infer<typeof referenceItemSchema>;

export const areaSummarySchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(AREA_KINDS),
    name: z.string(),
    fallback: z.boolean(),
  })
  .meta({ id: 'AreaSummary' });
export type AreaSummary = z.infer<typeof areaSummarySchema>;

export const metaResponseSchema = z
  .object({
    language: languageSchema,
    district: z.object({ name: z.string(), fallback: z.boolean() }),
    industries: z.array(referenceItemSchema),
    policyCategories: z.array(referenceItemSchema),
    enterpriseTypes: z.array(referenceItemSchema),
    amountRanges: z.array(referenceItemSchema),
    spaceKinds: z.array(referenceItemSchema),
    areas: z.array(areaSummarySchema),
    languages: z.array(z.object({ code: languageSchema, name: z.string() })),
    /** the demo data set is generated; clients label it "sample data" */
    sampleData: z.boolean(),
  })
  .meta({ id: 'MetaResponse' });
export type MetaResponse = z.infer<typeof metaResponseSchema>;

export const healthResponseSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ kind: z.enum(['sqlite', 'mysql']), reachable: z.boolean() }),
    version: z.string(),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
