import {
  LANGUAGES,
  publishIssues,
  inputOf,
  type AdminPolicy,
  type FieldIssue,
  type Language,
  type PolicyInput,
  type PolicyTranslationInput,
  type TranslationStatus,
} from '@zhaoshang/contracts';
import type { EntityManager } from 'typeorm';
import { sanitizeRichText } from '../content/sanitize';
import { translationStatusOf, VersionedDocuments } from '../content/versioned-documents';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { PolicyTranslationEntity } from './policy-translation.entity';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';
import { termsOf, type ReferenceNames } from './search/policy-terms';

// Shared by the console's service and the seed: one way to write a policy.
export { inputOf, publishIssues };

export const POLICY_SCOPE = 'policies';

type EmptyTranslation = Omit<AdminPolicy['translations']['zh-CN'], 'status'>;
const EMPTY: EmptyTranslation = { title: '', summary: '', body: '', department: '', applySteps: [], applyMaterials: [], applyContact: '' };

export { translationStatusOf };

/** Unknown reference codes are field errors, like any other invalid value. */
export async function checkReferenceCodes(manager: EntityManager, input: PolicyInput): Promise<FieldIssue[]> {
  const items = await manager.getRepository(ReferenceItemEntity).find({ where: { active: true } });
  const has = (kind: string, code: string) => items.some((i) => i.kind === kind && i.code === code);
  const issues: FieldIssue[] = [];
  if (!has('policyCategory', input.category)) issues.push({ field: 'category', code: 'invalid_value' });
  input.industries.forEach((c, i) => has('industry', c) || issues.push({ field: `industries.${i}`, code: 'invalid_value' }));
  input.eligibility.enterpriseTypes.forEach((c, i) => has('enterpriseType', c) || issues.push({ field: `eligibility.enterpriseTypes.${i}`, code: 'invalid_value' }));
  input.eligibility.spaceKinds.forEach((c, i) => has('spaceKind', c) || issues.push({ field: `eligibility.spaceKinds.${i}`, code: 'invalid_value' }));
  return issues;
}

function cleanTranslation(t: PolicyTranslationInput | undefined): Omit<PolicyTranslationInput, 'status'> & { status: TranslationStatus } {
  const base = t ?? { ...EMPTY, status: 'needs_review' as const };
  const cleaned = {
    ...base,
    body: sanitizeRichText(base.body),
    applySteps: base.applySteps.filter((s) => s.trim()),
    applyMaterials: base.applyMaterials.filter((s) => s.trim()),
  };
  return { ...cleaned, status: translationStatusOf(cleaned) };
}

export async function toAdminPolicy(manager: EntityManager, policy: PolicyEntity): Promise<AdminPolicy> {
  const rows = await manager.getRepository(PolicyTranslationEntity).findBy({ policyId: policy.id });
  const translation = (language: Language) => {
    const r = rows.find((row) => row.language === language);
    return r
      ? { title: r.title, summary: r.summary, body: r.body, department: r.department, applySteps: r.applySteps, applyMaterials: r.applyMaterials, applyContact: r.applyContact, status: r.status }
      : { ...EMPTY, status: 'missing' as const };
  };
  const translations = { 'zh-CN': translation('zh-CN'), en: translation('en'), ja: translation('ja') };
  return {
    id: policy.id,
    version: policy.version,
    status: policy.status,
    category: policy.category,
    industries: policy.industries,
    documentNumber: policy.documentNumber,
    validFrom: policy.validFrom,
    validUntil: policy.validUntil,
    benefits: policy.benefits.map((b) => ({ kind: b.kind as AdminPolicy['benefits'][number]['kind'], maxAmount: b.maxAmount, description: b.description })),
    eligibility: policy.eligibility,
    attachments: policy.attachments,
    translations,
    translationStatus: { 'zh-CN': translations['zh-CN'].status, en: translations.en.status, ja: translations.ja.status },
    createdAt: policy.createdAt.toISOString(),
    updatedAt: policy.updatedAt.toISOString(),
    publishedAt: policy.publishedAt ? policy.publishedAt.toISOString() : null,
    updatedBy: policy.updatedBy,
  };
}

function columnsOf(input: PolicyInput): Partial<PolicyEntity> {
  return {
    category: input.category,
    industries: input.industries,
    documentNumber: input.documentNumber,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    benefits: input.benefits,
    eligibility: input.eligibility,
    attachments: input.attachments,
  };
}

async function writeTranslations(manager: EntityManager, policyId: number, input: PolicyInput): Promise<void> {
  const repo = manager.getRepository(PolicyTranslationEntity);
  await repo.delete({ policyId });
  await repo.insert(LANGUAGES.map((language) => ({ policyId, language, ...cleanTranslation(input.translations[language]) })));
}

async function referenceNames(manager: EntityManager): Promise<ReferenceNames> {
  const refs = await manager.getRepository(ReferenceItemEntity).find();
  return new Map(refs.map((r) => [`${r.kind}:${r.code}`, r.names]));
}

/** Policies on the shared versioned-document machinery (content/versioned-documents.ts). */
export const POLICY_DOCUMENTS = new VersionedDocuments<PolicyEntity, AdminPolicy, PolicyInput>({
  scope: POLICY_SCOPE,
  rows: PolicyEntity,
  versions: PolicyVersionEntity,
  documentKey: 'policyId',
  columnsOf,
  writeParts: writeTranslations,
  view: toAdminPolicy,
  // a published version carries its search terms, computed once here instead of on every replica
  versionColumns: async (manager, view, action) => ({ terms: action === 'publish' ? [...termsOf(view, await referenceNames(manager))] : null }),
});

export function createPolicy(manager: EntityManager, input: PolicyInput, actorName: string | null, seedKey: string | null = null): Promise<AdminPolicy> {
  return POLICY_DOCUMENTS.create(manager, input, actorName, { seedKey });
}

/** Saves the working copy if `expectedVersion` is still current; returns null when it is not. */
export function updatePolicy(manager: EntityManager, id: number, expectedVersion: number, input: PolicyInput, actorName: string | null, action: 'update' | 'restore' = 'update'): Promise<AdminPolicy | null> {
  return POLICY_DOCUMENTS.update(manager, id, expectedVersion, input, actorName, action);
}

export function setStatus(manager: EntityManager, id: number, expectedVersion: number, status: 'published' | 'archived', actorName: string | null): Promise<AdminPolicy | null> {
  return POLICY_DOCUMENTS.setStatus(manager, id, expectedVersion, status, actorName);
}
