import { z } from 'zod';
import type { Language } from './languages';
import { GUIDE_PAGE_KINDS, GUIDE_SLUG_PATTERN } from './guide-constants';
import { POLICY_STATUSES, TRANSLATION_STATUSES } from './policy-constants';
import { translationStatusMapSchema } from './policies';
import { languageSchema } from './reference';
import type { FieldIssue } from './validation';

/**
 * The investment guide (投资指南): a tree of sections, each holding pages. A page is an article
 * (rich text), a procedure (numbered steps with office, documents, duration and online links) or
 * an FAQ (questions and answers). Every node is a versioned document with the same editing as a
 * policy: drafts, publish, archive, versions, translation status per language.
 */


const text = (max: number) => z.string().trim().max(max);
const httpUrl = z
  .string()
  .trim()
  .url()
  .max(500)
  .refine((u) => /^https?:\/\//i.test(u), 'http(s) only');

export const guideLinkInputSchema = z.object({ title: text(200).default(''), url: httpUrl }).meta({ id: 'GuideLinkInput' });

export const guideStepInputSchema = z
  .object({
    title: text(200).default(''),
    description: text(2000).default(''),
    /** where to go: the office or window that handles this step */
    office: text(200).default(''),
    documents: z.array(text(300)).max(30).default([]),
    /** typical duration as the investor reads it ("3 working days") */
    duration: text(100).default(''),
    links: z.array(guideLinkInputSchema).max(10).default([]),
  })
  .meta({ id: 'GuideStepInput' });
export type GuideStepInput = z.infer<typeof guideStepInputSchema>;

/** Plain text: answers are shown as written, line breaks kept. */
export const guideFaqInputSchema = z.object({ question: text(300).default(''), answer: text(4000).default('') }).meta({ id: 'GuideFaqInput' });
export type GuideFaqInput = z.infer<typeof guideFaqInputSchema>;

export const guideTranslationInputSchema = z
  .object({
    title: text(200).default(''),
    summary: text(1000).default(''),
    /** rich text (HTML); sanitized on the server against the same allow-list as policies */
    body: z.string().max(100_000).default(''),
    /** a procedure's steps (ignored for other kinds) */
    steps: z.array(guideStepInputSchema).max(30).default([]),
    /** an FAQ's entries (ignored for other kinds) */
    faqs: z.array(guideFaqInputSchema).max(100).default([]),
    /** the editor's mark; stored as `missing` whenever the title is empty */
    status: z.enum(TRANSLATION_STATUSES).default('needs_review'),
  })
  .meta({ id: 'GuideTranslationInput' });
export type GuideTranslationInput = z.infer<typeof guideTranslationInputSchema>;

const translationsInput = z.object({
  'zh-CN': guideTranslationInputSchema.optional(),
  en: guideTranslationInputSchema.optional(),
  ja: guideTranslationInputSchema.optional(),
});

/** What a save changes: the versioned content. Kind, slug and place in the tree are not versioned. */
export const guidePageInputSchema = z
  .object({
    /** illustrative content (not from the district's own sources): investors see it labelled "sample" */
    sample: z.boolean().default(false),
    translations: translationsInput,
  })
  .meta({ id: 'GuidePageInput' });
export type GuidePageInput = z.infer<typeof guidePageInputSchema>;

export const guidePageCreateSchema = z
  .object({
    kind: z.enum(GUIDE_PAGE_KINDS),
    slug: z.string().trim().min(1).max(80).regex(GUIDE_SLUG_PATTERN),
    /** the section a page goes in (at its end); null for a section (after the last one) */
    parentId: z.number().int().min(1).nullable().default(null),
    sample: z.boolean().default(false),
    translations: translationsInput,
  })
  .meta({ id: 'GuidePageCreate' });
export type GuidePageCreate = z.infer<typeof guidePageCreateSchema>;

export const guidePageUpdateSchema = z
  .object({ version: z.number().int().min(1), sample: z.boolean().default(false), translations: translationsInput })
  .meta({ id: 'GuidePageUpdate' });
export type GuidePageUpdate = z.infer<typeof guidePageUpdateSchema>;

/** The whole tree's order: every section once, each with every one of its pages, in order. */
export const guideOrderSchema = z
  .object({
    sections: z
      .array(z.object({ id: z.number().int().min(1), pages: z.array(z.number().int().min(1)).max(500) }))
      .max(200),
  })
  .meta({ id: 'GuideOrder' });
export type GuideOrder = z.infer<typeof guideOrderSchema>;

// ---- public reads ----

const titled = z.object({ slug: z.string(), title: z.string() });
const neighbour = titled.extend({ kind: z.enum(GUIDE_PAGE_KINDS) });

export const guidePageSummarySchema = z
  .object({
    slug: z.string(),
    kind: z.enum(GUIDE_PAGE_KINDS),
    title: z.string(),
    summary: z.string(),
    /** the language `title` and `summary` are in */
    language: languageSchema,
    /** true when the requested language was missing and a fallback is shown */
    fallback: z.boolean(),
    /** illustrative content, labelled "sample" */
    sample: z.boolean(),
    /** a procedure's steps or an FAQ's entries; a section's pages */
    count: z.number().int(),
  })
  .meta({ id: 'GuidePageSummary' });
export type GuidePageSummary = z.infer<typeof guidePageSummarySchema>;

export const guideSectionSchema = guidePageSummarySchema.extend({ pages: z.array(guidePageSummarySchema) }).meta({ id: 'GuideSection' });
export type GuideSection = z.infer<typeof guideSectionSchema>;

export const guideTreeSchema = z
  .object({ language: languageSchema, sections: z.array(guideSectionSchema) })
  .meta({ id: 'GuideTree' });
export type GuideTree = z.infer<typeof guideTreeSchema>;

export const guideLinkSchema = z.object({ title: z.string(), url: z.string() }).meta({ id: 'GuideLink' });

export const guideStepSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    office: z.string(),
    documents: z.array(z.string()),
    duration: z.string(),
    links: z.array(guideLinkSchema),
  })
  .meta({ id: 'GuideStep' });
export type GuideStep = z.infer<typeof guideStepSchema>;

export const guideFaqSchema = z.object({ question: z.string(), answer: z.string() }).meta({ id: 'GuideFaq' });
export type GuideFaq = z.infer<typeof guideFaqSchema>;

export const guidePageDetailSchema = guidePageSummarySchema
  .extend({
    /** sanitized HTML */
    body: z.string(),
    steps: z.array(guideStepSchema),
    faqs: z.array(guideFaqSchema),
    /** the section a page is in; null for a section */
    section: titled.nullable(),
    /** a section's pages in order; empty for a page */
    pages: z.array(guidePageSummarySchema),
    /** the neighbours within the section, for "previous" and "next" */
    previous: neighbour.nullable(),
    next: neighbour.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GuidePageDetail' });
export type GuidePageDetail = z.infer<typeof guidePageDetailSchema>;

export const guideFaqQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  lang: z.string().max(35).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type GuideFaqQuery = z.infer<typeof guideFaqQuerySchema>;

export const guideFaqHitSchema = z
  .object({
    /** the FAQ page the entry is on */
    page: titled,
    /** the entry's position on that page (0-based) */
    index: z.number().int(),
    question: z.string(),
    answer: z.string(),
    language: languageSchema,
    fallback: z.boolean(),
  })
  .meta({ id: 'GuideFaqHit' });
export type GuideFaqHit = z.infer<typeof guideFaqHitSchema>;

export const guideFaqResultSchema = z
  .object({ q: z.string(), language: languageSchema, items: z.array(guideFaqHitSchema), total: z.number().int() })
  .meta({ id: 'GuideFaqResult' });
export type GuideFaqResult = z.infer<typeof guideFaqResultSchema>;

// ---- console ----

const adminGuideTranslationSchema = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  steps: z.array(guideStepSchema),
  faqs: z.array(guideFaqSchema),
  status: z.enum(TRANSLATION_STATUSES),
});

export const adminGuidePageSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(GUIDE_PAGE_KINDS),
    slug: z.string(),
    /** the section a page is in; null for a section */
    parentId: z.number().int().nullable(),
    /** send it back with every change: a stale one is refused with CONFLICT */
    version: z.number().int(),
    status: z.enum(POLICY_STATUSES),
    sample: z.boolean(),
    translations: z.object({ 'zh-CN': adminGuideTranslationSchema, en: adminGuideTranslationSchema, ja: adminGuideTranslationSchema }),
    translationStatus: translationStatusMapSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AdminGuidePage' });
export type AdminGuidePage = z.infer<typeof adminGuidePageSchema>;

export const adminGuideNodeSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(GUIDE_PAGE_KINDS),
    slug: z.string(),
    status: z.enum(POLICY_STATUSES),
    version: z.number().int(),
    /** the version investors read (null: never published) */
    publishedVersion: z.number().int().nullable(),
    sample: z.boolean(),
    titles: z.object({ 'zh-CN': z.string(), en: z.string(), ja: z.string() }),
    translationStatus: translationStatusMapSchema,
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'AdminGuideNode' });
export type AdminGuideNode = z.infer<typeof adminGuideNodeSchema>;

export const adminGuideTreeSchema = z
  .object({ sections: z.array(adminGuideNodeSchema.extend({ pages: z.array(adminGuideNodeSchema) }).meta({ id: 'AdminGuideSection' })) })
  .meta({ id: 'AdminGuideTree' });
export type AdminGuideTree = z.infer<typeof adminGuideTreeSchema>;

export const GUIDE_VERSION_ACTIONS = ['create', 'update', 'publish', 'archive', 'restore'] as const;

export const guideVersionSchema = z
  .object({ version: z.number().int(), action: z.enum(GUIDE_VERSION_ACTIONS), at: z.string(), actorName: z.string().nullable() })
  .meta({ id: 'GuidePageVersion' });
export const guideVersionListSchema = z.object({ items: z.array(guideVersionSchema) }).meta({ id: 'GuidePageVersionList' });
export const guideVersionDetailSchema = guideVersionSchema.extend({ snapshot: adminGuidePageSchema }).meta({ id: 'GuidePageVersionDetail' });

// ---- rules both sides apply ----

/** Required before publishing: the Chinese text, which every fallback ends at. */
export function guidePublishIssues(view: Pick<AdminGuidePage, 'kind' | 'translations'>): FieldIssue[] {
  const zh = view.translations['zh-CN'];
  const at = (field: string) => `translations.zh-CN.${field}`;
  const issues: FieldIssue[] = [];
  const need = (value: string, field: string) => {
    if (!value.trim()) issues.push({ field: at(field), code: 'required' });
  };
  need(zh.title, 'title');
  need(zh.summary, 'summary');
  if (view.kind === 'article') need(zh.body, 'body');
  if (view.kind === 'procedure') {
    if (zh.steps.length === 0) issues.push({ field: at('steps'), code: 'required' });
    zh.steps.forEach((s, i) => need(s.title, `steps.${i}.title`));
  }
  if (view.kind === 'faq') {
    if (zh.faqs.length === 0) issues.push({ field: at('faqs'), code: 'required' });
    zh.faqs.forEach((f, i) => {
      need(f.question, `faqs.${i}.question`);
      need(f.answer, `faqs.${i}.answer`);
    });
  }
  return issues;
}

/** The input fields of a stored page (for restoring a version, or editing it again). */
export function guideInputOf(view: AdminGuidePage): GuidePageInput {
  const t = (language: Language): GuideTranslationInput => {
    const { status, ...rest } = view.translations[language];
    return { ...rest, status: status === 'done' ? 'done' : 'needs_review' };
  };
  return { sample: view.sample, translations: { 'zh-CN': t('zh-CN'), en: t('en'), ja: t('ja') } };
}
