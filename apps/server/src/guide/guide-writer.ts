import {
  LANGUAGES,
  guideInputOf,
  guidePublishIssues,
  type AdminGuidePage,
  type GuideFaq,
  type GuidePageInput,
  type GuidePageKind,
  type GuideStep,
  type GuideTranslationInput,
  type Language,
  type TranslationStatus,
} from '@zhaoshang/contracts';
import type { EntityManager } from 'typeorm';
import { sanitizeRichText } from '../content/sanitize';
import { translationStatusOf, VersionedDocuments } from '../content/versioned-documents';
import { GuidePageTranslationEntity } from './guide-page-translation.entity';
import { GuidePageVersionEntity } from './guide-page-version.entity';
import { GuidePageEntity } from './guide-page.entity';

// Shared by the console's service and the seed: one way to write a guide page.
export { guideInputOf, guidePublishIssues };

export const GUIDE_SCOPE = 'guide';

type StoredTranslation = Omit<AdminGuidePage['translations']['zh-CN'], 'status'> & { status: TranslationStatus };
const EMPTY: Omit<StoredTranslation, 'status'> = { title: '', summary: '', body: '', steps: [], faqs: [] };

const filled = (s: string) => s.trim() !== '';

function cleanStep(s: GuideTranslationInput['steps'][number]): GuideStep {
  return {
    title: s.title,
    description: s.description,
    office: s.office,
    documents: s.documents.filter(filled),
    duration: s.duration,
    links: s.links.filter((l) => filled(l.url)).map((l) => ({ title: l.title, url: l.url })),
  };
}

/** Sanitized body; only the kind's own list kept, without entries left entirely empty. */
function cleanTranslation(kind: GuidePageKind, t: GuideTranslationInput | undefined): StoredTranslation {
  const base = t ?? { ...EMPTY, status: 'needs_review' as const };
  const steps =
    kind === 'procedure'
      ? base.steps.map(cleanStep).filter((s) => [s.title, s.description, s.office, s.duration].some(filled) || s.documents.length > 0 || s.links.length > 0)
      : [];
  const faqs: GuideFaq[] = kind === 'faq' ? base.faqs.filter((f) => filled(f.question) || filled(f.answer)).map((f) => ({ question: f.question, answer: f.answer })) : [];
  const cleaned = { title: base.title, summary: base.summary, body: sanitizeRichText(base.body), steps, faqs };
  return { ...cleaned, status: translationStatusOf({ title: cleaned.title, status: base.status }) };
}

export async function toAdminGuidePage(manager: EntityManager, page: GuidePageEntity): Promise<AdminGuidePage> {
  const rows = await manager.getRepository(GuidePageTranslationEntity).findBy({ pageId: page.id });
  const translation = (language: Language) => {
    const r = rows.find((row) => row.language === language);
    return r ? { title: r.title, summary: r.summary, body: r.body, steps: r.steps, faqs: r.faqs, status: r.status } : { ...EMPTY, status: 'missing' as const };
  };
  const translations = { 'zh-CN': translation('zh-CN'), en: translation('en'), ja: translation('ja') };
  return {
    id: page.id,
    kind: page.kind,
    slug: page.slug,
    parentId: page.parentId,
    version: page.version,
    status: page.status,
    sample: page.sample,
    translations,
    translationStatus: { 'zh-CN': translations['zh-CN'].status, en: translations.en.status, ja: translations.ja.status },
    createdAt: page.createdAt.toISOString(),
    updatedAt: page.updatedAt.toISOString(),
    publishedAt: page.publishedAt ? page.publishedAt.toISOString() : null,
    updatedBy: page.updatedBy,
  };
}

async function writeTranslations(manager: EntityManager, pageId: number, input: GuidePageInput): Promise<void> {
  // what is kept depends on the kind, which the row already has (written first on create)
  const page = await manager.getRepository(GuidePageEntity).findOneOrFail({ where: { id: pageId }, select: { id: true, kind: true } });
  const repo = manager.getRepository(GuidePageTranslationEntity);
  await repo.delete({ pageId });
  await repo.insert(LANGUAGES.map((language) => ({ pageId, language, ...cleanTranslation(page.kind, input.translations[language]) })));
}

/** Guide pages on the shared versioned-document machinery (content/versioned-documents.ts). */
export const GUIDE_DOCUMENTS = new VersionedDocuments<GuidePageEntity, AdminGuidePage, GuidePageInput>({
  scope: GUIDE_SCOPE,
  rows: GuidePageEntity,
  versions: GuidePageVersionEntity,
  documentKey: 'pageId',
  columnsOf: (input) => ({ sample: input.sample }),
  writeParts: writeTranslations,
  view: toAdminGuidePage,
});
