import {
  LANGUAGES,
  type AdminPolicy,
  type FieldIssue,
  type Language,
  type PolicyInput,
  type PolicyStatus,
  type PolicyTranslationInput,
  type TranslationStatus,
} from '@zhaoshang/contracts';
import { archivedRelief, talentDraft, xiangkedai } from './factories/policies';

/**
 * The policy store behind the fake server, written after apps/server/src/policies/policy-writer.ts
 * and policy-admin.service.ts: every write a new version with a snapshot, saves refused when the
 * version is stale, publishing needing the Chinese text, the working copy separate from what was
 * published, translation status `missing` whenever a title is empty.
 */

type Action = 'create' | 'update' | 'publish' | 'archive' | 'restore';
type Version = { version: number; action: Action; at: string; actorName: string | null; snapshot: AdminPolicy };
type Stored = { current: AdminPolicy; publishedVersion: number | null; versions: Version[] };

/** Reference codes the fake /meta knows (see `meta` in fake-server.ts). */
export const KNOWN_CODES = {
  policyCategory: ['finance', 'talent'],
  industry: ['rnd', 'culture', 'health'],
  enterpriseType: ['foreign'],
  spaceKind: ['land', 'factory', 'office'],
} as const;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export type PolicyStore = ReturnType<typeof createPolicyStore>;

export function createPolicyStore() {
  const policies = new Map<number, Stored>();
  let clock = 0;
  // deterministic, increasing timestamps
  const now = () => new Date(Date.UTC(2025, 2, 1, 8, 0, clock++)).toISOString();

  const snapshot = (stored: Stored, action: Action, actorName: string | null) => {
    stored.versions.unshift({ version: stored.current.version, action, at: stored.current.updatedAt, actorName, snapshot: clone(stored.current) });
    return clone(stored.current);
  };

  const view = (id: number, input: PolicyInput, base: Pick<AdminPolicy, 'version' | 'status' | 'createdAt' | 'publishedAt'>, actorName: string | null): AdminPolicy => {
    const translations = Object.fromEntries(LANGUAGES.map((language) => [language, cleanTranslation(input.translations[language])])) as AdminPolicy['translations'];
    return {
      id,
      ...base,
      category: input.category,
      industries: input.industries,
      documentNumber: input.documentNumber,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      benefits: input.benefits,
      eligibility: input.eligibility,
      attachments: input.attachments,
      translations,
      translationStatus: { 'zh-CN': translations['zh-CN'].status, en: translations.en.status, ja: translations.ja.status },
      updatedAt: now(),
      updatedBy: actorName,
    };
  };

  const store = {
    get: (id: number): AdminPolicy | undefined => {
      const stored = policies.get(id);
      return stored ? clone(stored.current) : undefined;
    },
    all: (): AdminPolicy[] => [...policies.values()].map((s) => clone(s.current)),
    create(input: PolicyInput, actorName: string | null): AdminPolicy {
      const id = policies.size + 1;
      const at = now();
      const stored: Stored = { current: view(id, input, { version: 1, status: 'draft', createdAt: at, publishedAt: null }, actorName), publishedVersion: null, versions: [] };
      policies.set(id, stored);
      return snapshot(stored, 'create', actorName);
    },
    /** null when `expectedVersion` is stale */
    update(id: number, expectedVersion: number, input: PolicyInput, actorName: string | null, action: 'update' | 'restore' = 'update'): AdminPolicy | null {
      const stored = policies.get(id);
      if (!stored || stored.current.version !== expectedVersion) return null;
      stored.current = view(id, input, { ...stored.current, version: expectedVersion + 1 }, actorName);
      return snapshot(stored, action, actorName);
    },
    setStatus(id: number, expectedVersion: number, status: Exclude<PolicyStatus, 'draft'>, actorName: string | null): AdminPolicy | null {
      const stored = policies.get(id);
      if (!stored || stored.current.version !== expectedVersion) return null;
      const at = now();
      stored.current = { ...stored.current, status, version: expectedVersion + 1, updatedAt: at, updatedBy: actorName };
      if (status === 'published') {
        stored.current.publishedAt = at;
        stored.publishedVersion = stored.current.version;
      }
      return snapshot(stored, status === 'published' ? 'publish' : 'archive', actorName);
    },
    versions: (id: number) => policies.get(id)?.versions.map(({ snapshot: _snapshot, ...version }) => version),
    version: (id: number, version: number) => {
      const found = policies.get(id)?.versions.find((v) => v.version === version);
      return found ? clone(found) : undefined;
    },
  };
  return store;
}

/** The demo policies every fake server starts with. */
export function seedPolicies(store: PolicyStore): void {
  // 1: 相科贷, published, then its English title edited without publishing again (v3)
  const xkd = store.create(xiangkedai(), 'Administrator');
  const published = store.setStatus(xkd.id, xkd.version, 'published', 'Administrator');
  const edited = xiangkedai();
  edited.translations.en = { ...(edited.translations.en as PolicyTranslationInput), title: 'Xiangkedai: credit for technology SMEs' };
  if (published) store.update(xkd.id, published.version, edited, '李娜');
  // 2: a draft with English to review and no Japanese
  store.create(talentDraft(), 'Administrator');
  // 3: withdrawn
  const relief = store.create(archivedRelief(), 'Administrator');
  const reliefPublished = store.setStatus(relief.id, relief.version, 'published', 'Administrator');
  if (reliefPublished) store.setStatus(relief.id, reliefPublished.version, 'archived', 'Administrator');
}

export { inputOf, publishIssues } from '@zhaoshang/contracts';

/** As the server's `checkReferenceCodes`. */
export function referenceIssues(input: PolicyInput): FieldIssue[] {
  const has = (codes: readonly string[], code: string) => codes.includes(code);
  const issues: FieldIssue[] = [];
  if (!has(KNOWN_CODES.policyCategory, input.category)) issues.push({ field: 'category', code: 'invalid_value' });
  input.industries.forEach((c, i) => has(KNOWN_CODES.industry, c) || issues.push({ field: `industries.${i}`, code: 'invalid_value' }));
  input.eligibility.enterpriseTypes.forEach((c, i) => has(KNOWN_CODES.enterpriseType, c) || issues.push({ field: `eligibility.enterpriseTypes.${i}`, code: 'invalid_value' }));
  input.eligibility.spaceKinds.forEach((c, i) => has(KNOWN_CODES.spaceKind, c) || issues.push({ field: `eligibility.spaceKinds.${i}`, code: 'invalid_value' }));
  return issues;
}

function statusOf(t: { title: string; status?: string }): TranslationStatus {
  if (!t.title.trim()) return 'missing';
  return t.status === 'done' ? 'done' : 'needs_review';
}

function cleanTranslation(t: PolicyTranslationInput | undefined): AdminPolicy['translations']['zh-CN'] {
  const base = t ?? { title: '', summary: '', body: '', department: '', applySteps: [], applyMaterials: [], applyContact: '', status: 'needs_review' as const };
  // The server also sanitizes `body` against its allow-list; the fake keeps it as sent.
  const cleaned = { ...base, body: base.body.trim(), applySteps: base.applySteps.filter((s) => s.trim()), applyMaterials: base.applyMaterials.filter((s) => s.trim()) };
  return { ...cleaned, status: statusOf(cleaned) };
}
