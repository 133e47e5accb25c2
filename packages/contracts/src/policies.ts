import { z } from 'zod';
import type { FieldIssue } from './validation';
import type { Language } from './languages';
import { languageSchema } from './reference';
import {
  BENEFIT_KINDS,
  ENTERPRISE_SIZES,
  MATCH_PAGE_SIZE,
  POLICY_PAGE_SIZE,
  POLICY_SORTS,
  POLICY_STATUSES,
  POLICY_VERSION_ACTIONS,
  TALENT_CATEGORIES,
  TRANSLATION_STATUSES,
} from './policy-constants';

export const CRITERIA = [
  'enterpriseType',
  'size',
  'companyAge',
  'industry',
  'highTech',
  'rndStaff',
  'rndSpending',
  'talent',
  'investment',
  'space',
] as const;
export type Criterion = (typeof CRITERIA)[number];

const code = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const translatedText = (max: number) => z.object({ 'zh-CN': text(max).optional(), en: text(max).optional(), ja: text(max).optional() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Structured eligibility: an empty list or null means "no restriction". Amounts in 万元. */
export const eligibilitySchema = z
  .object({
    enterpriseTypes: z.array(code).max(10).default([]),
    sizes: z.array(z.enum(ENTERPRISE_SIZES)).max(4).default([]),
    minCompanyAgeYears: z.number().min(0).max(100).nullable().default(null),
    maxCompanyAgeYears: z.number().min(0).max(100).nullable().default(null),
    highTechRequired: z.boolean().default(false),
    minRndStaffPercent: z.number().min(0).max(100).nullable().default(null),
    minRndSpendingPercent: z.number().min(0).max(100).nullable().default(null),
    talentCategories: z.array(z.enum(TALENT_CATEGORIES)).max(4).default([]),
    minInvestment: z.number().min(0).max(100_000_000).nullable().default(null),
    spaceKinds: z.array(code).max(10).default([]),
  })
  .meta({ id: 'Eligibility' });
export type Eligibility = z.infer<typeof eligibilitySchema>;

/** No restriction at all: the starting point of a new policy. A function, so callers get their own arrays. */
export const noEligibility = (): Eligibility => ({
  enterpriseTypes: [],
  sizes: [],
  minCompanyAgeYears: null,
  maxCompanyAgeYears: null,
  highTechRequired: false,
  minRndStaffPercent: null,
  minRndSpendingPercent: null,
  talentCategories: [],
  minInvestment: null,
  spaceKinds: [],
});

export const benefitSchema = z
  .object({
    kind: z.enum(BENEFIT_KINDS),
    /** upper bound in 万元 where the policy names one */
    maxAmount: z.number().min(0).max(100_000_000).nullable().default(null),
    description: translatedText(500),
  })
  .meta({ id: 'BenefitInput' });

export const attachmentSchema = z
  .object({ title: translatedText(200), url: z.string().trim().url().max(500).refine((u) => /^https?:\/\//.test(u), 'http(s) only') })
  .meta({ id: 'AttachmentInput' });

export const policyTranslationInputSchema = z
  .object({
    title: text(200).default(''),
    summary: text(1000).default(''),
    /** rich text (HTML); sanitized on the server against an allow-list */
    body: z.string().max(100_000).default(''),
    department: text(200).default(''),
    applySteps: z.array(text(500)).max(30).default([]),
    applyMaterials: z.array(text(300)).max(50).default([]),
    applyContact: text(300).default(''),
    /** the editor's mark; stored as `missing` whenever the title is empty */
    status: z.enum(TRANSLATION_STATUSES).default('needs_review'),
  })
  .meta({ id: 'PolicyTranslationInput' });
export type PolicyTranslationInput = z.infer<typeof policyTranslationInputSchema>;

export const policyInputSchema = z
  .object({
    category: code,
    industries: z.array(code).max(9).default([]),
    documentNumber: text(100).default(''),
    validFrom: isoDate.nullable().default(null),
    validUntil: isoDate.nullable().default(null),
    benefits: z.array(benefitSchema).max(20).default([]),
    eligibility: eligibilitySchema.default(noEligibility),
    attachments: z.array(attachmentSchema).max(20).default([]),
    translations: z.object({
      'zh-CN': policyTranslationInputSchema.optional(),
      en: policyTranslationInputSchema.optional(),
      ja: policyTranslationInputSchema.optional(),
    }),
  })
  .refine((p) => !p.validFrom || !p.validUntil || p.validFrom <= p.validUntil, { path: ['validUntil'], message: 'before validFrom' })
  .meta({ id: 'PolicyInput' });
export type PolicyInput = z.infer<typeof policyInputSchema>;

export const policyUpdateSchema = policyInputSchema
  .and(z.object({ version: z.number().int().min(1) }))
  .meta({ id: 'PolicyUpdate' });
export type PolicyUpdate = z.infer<typeof policyUpdateSchema>;

export const versionBodySchema = z.object({ version: z.number().int().min(1).optional() }).meta({ id: 'VersionBody' });

// ---- public reads ----


export const policyQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: code.optional(),
  industry: code.optional(),
  department: text(200).optional(),
  validOn: isoDate.optional(),
  sort: z.enum(POLICY_SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  // a phone shows about four cards per screen; infinite scroll asks for the next ten as it nears the end
  pageSize: z.coerce.number().int().min(1).max(100).default(POLICY_PAGE_SIZE),
  lang: z.string().max(35).optional(),
});
export type PolicyQuery = z.infer<typeof policyQuerySchema>;

const namedCode = z.object({ code: z.string(), name: z.string() });

export const policySummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    /** in lists and match answers, the first ~3 card lines ending in "…" when cut; whole in the detail */
    summary: z.string(),
    department: z.string(),
    category: namedCode,
    industries: z.array(namedCode),
    maxAmount: z.number().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    /** the language `title` and `summary` are in */
    language: languageSchema,
    /** true when the requested language was missing and a fallback is shown */
    fallback: z.boolean(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'PolicySummary' });
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const policyListSchema = z
  .object({
    items: z.array(policySummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    language: languageSchema,
  })
  .meta({ id: 'PolicyList' });
export type PolicyList = z.infer<typeof policyListSchema>;

export const policyDetailSchema = policySummarySchema
  .extend({
    body: z.string(),
    documentNumber: z.string(),
    benefits: z.array(z.object({ kind: z.enum(BENEFIT_KINDS), maxAmount: z.number().nullable(), description: z.string() })),
    eligibility: eligibilitySchema,
    /** the eligibility as sentences in the requested language */
    eligibilityText: z.array(z.string()),
    applySteps: z.array(z.string()),
    applyMaterials: z.array(z.string()),
    applyContact: z.string(),
    attachments: z.array(z.object({ title: z.string(), url: z.string() })),
    currentlyValid: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PolicyDetail' });
export type PolicyDetail = z.infer<typeof policyDetailSchema>;

export const enterpriseProfileSchema = z
  .object({
    industry: code.optional(),
    enterpriseType: code.optional(),
    size: z.enum(ENTERPRISE_SIZES).optional(),
    companyAgeYears: z.number().min(0).max(200).optional(),
    highTech: z.boolean().optional(),
    rndStaffPercent: z.number().min(0).max(100).optional(),
    rndSpendingPercent: z.number().min(0).max(100).optional(),
    talentCategories: z.array(z.enum(TALENT_CATEGORIES)).max(4).optional(),
    investmentAmount: z.number().min(0).max(100_000_000).optional(),
    spaceKind: code.optional(),
  })
  .strict()
  .meta({ id: 'EnterpriseProfile' });
export type EnterpriseProfile = z.infer<typeof enterpriseProfileSchema>;

export const criterionResultSchema = z.object({ criterion: z.enum(CRITERIA), text: z.string() }).meta({ id: 'CriterionResult' });

export const policyMatchSchema = z
  .object({
    policy: policySummarySchema,
    qualifies: z.boolean(),
    score: z.number(),
    met: z.array(criterionResultSchema),
    unmet: z.array(criterionResultSchema),
    unknown: z.array(criterionResultSchema),
  })
  .meta({ id: 'PolicyMatch' });
export type PolicyMatch = z.infer<typeof policyMatchSchema>;


export const matchQuerySchema = z.object({
  lang: z.string().max(35).optional(),
  page: z.coerce.number().int().min(1).max(50).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(MATCH_PAGE_SIZE),
});
export type MatchQuery = z.infer<typeof matchQuerySchema>;

export const matchResponseSchema = z
  .object({
    language: languageSchema,
    items: z.array(policyMatchSchema),
    /** every published, valid policy the profile qualifies for or nearly does */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'MatchResponse' });
export type MatchResponse = z.infer<typeof matchResponseSchema>;

// ---- console ----

export const translationStatusMapSchema = z
  .object({ 'zh-CN': z.enum(TRANSLATION_STATUSES), en: z.enum(TRANSLATION_STATUSES), ja: z.enum(TRANSLATION_STATUSES) })
  .meta({ id: 'TranslationStatusMap' });

const adminTranslationSchema = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  department: z.string(),
  applySteps: z.array(z.string()),
  applyMaterials: z.array(z.string()),
  applyContact: z.string(),
  status: z.enum(TRANSLATION_STATUSES),
});

export const adminPolicySchema = z
  .object({
    id: z.number().int(),
    /** send it back with every change: a stale one is refused with CONFLICT */
    version: z.number().int(),
    status: z.enum(POLICY_STATUSES),
    category: z.string(),
    industries: z.array(z.string()),
    documentNumber: z.string(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    benefits: z.array(z.object({ kind: z.enum(BENEFIT_KINDS), maxAmount: z.number().nullable(), description: translatedText(500) })),
    eligibility: eligibilitySchema,
    attachments: z.array(z.object({ title: translatedText(200), url: z.string() })),
    translations: z.object({ 'zh-CN': adminTranslationSchema, en: adminTranslationSchema, ja: adminTranslationSchema }),
    translationStatus: translationStatusMapSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AdminPolicy' });
export type AdminPolicy = z.infer<typeof adminPolicySchema>;

export const adminPolicyListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(POLICY_STATUSES).optional(),
  category: code.optional(),
  /** policies with this status in at least one language */
  translation: z.enum(TRANSLATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const adminPolicyListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        version: z.number().int(),
        status: z.enum(POLICY_STATUSES),
        category: z.string(),
        titles: z.object({ 'zh-CN': z.string(), en: z.string(), ja: z.string() }),
        translationStatus: translationStatusMapSchema,
        updatedAt: z.string(),
        publishedAt: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'AdminPolicyList' });


export const policyVersionSchema = z
  .object({ version: z.number().int(), action: z.enum(POLICY_VERSION_ACTIONS), at: z.string(), actorName: z.string().nullable() })
  .meta({ id: 'PolicyVersion' });

export const policyVersionListSchema = z.object({ items: z.array(policyVersionSchema) }).meta({ id: 'PolicyVersionList' });

export const policyVersionDetailSchema = policyVersionSchema.extend({ snapshot: adminPolicySchema }).meta({ id: 'PolicyVersionDetail' });

// ---- rules both sides apply ----

/** Required before publishing: the Chinese text, which every fallback ends at. */
export function publishIssues(view: Pick<AdminPolicy, 'translations'>): FieldIssue[] {
  const zh = view.translations['zh-CN'];
  return (['title', 'summary', 'body', 'department'] as const).filter((f) => !zh[f].trim()).map((f) => ({ field: `translations.zh-CN.${f}`, code: 'required' as const }));
}

/** The input fields of a stored policy (for restoring a version, or editing it again). */
export function inputOf(view: AdminPolicy): PolicyInput {
  const t = (language: Language): PolicyTranslationInput => {
    const { status, ...rest } = view.translations[language];
    return { ...rest, status: status === 'done' ? 'done' : 'needs_review' };
  };
  return {
    category: view.category,
    industries: view.industries,
    documentNumber: view.documentNumber,
    validFrom: view.validFrom,
    validUntil: view.validUntil,
    benefits: view.benefits,
    eligibility: view.eligibility,
    attachments: view.attachments,
    translations: { 'zh-CN': t('zh-CN'), en: t('en'), ja: t('ja') },
  };
}
