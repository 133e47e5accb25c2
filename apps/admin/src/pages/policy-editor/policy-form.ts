import { LANGUAGES, noEligibility, type AdminPolicy, type Eligibility, type Language, type PolicyInput } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';

/** One language's text in the form; `status` is the editor's switch (missing follows from an empty title). */
export type TranslationValues = {
  title: string;
  summary: string;
  body: string;
  department: string;
  applySteps: string[];
  applyMaterials: string[];
  applyContact: string;
  status: 'needs_review' | 'done';
};

type Texts = Record<Language, string>;

/** What the editor's form holds: a PolicyInput with every language present and no category yet for a new policy. */
export type PolicyFormValues = {
  category: string | undefined;
  industries: string[];
  documentNumber: string;
  validFrom: string | null;
  validUntil: string | null;
  benefits: { kind: PolicyInput['benefits'][number]['kind']; maxAmount: number | null; description: Texts }[];
  eligibility: Eligibility;
  attachments: { title: Texts; url: string }[];
  translations: Record<Language, TranslationValues>;
};

const texts = (values: Partial<Record<Language, string>> = {}): Texts => ({ 'zh-CN': values['zh-CN'] ?? '', en: values.en ?? '', ja: values.ja ?? '' });

const emptyTranslation = (): TranslationValues => ({ title: '', summary: '', body: '', department: '', applySteps: [], applyMaterials: [], applyContact: '', status: 'needs_review' });

export function emptyFormValues(): PolicyFormValues {
  return {
    category: undefined,
    industries: [],
    documentNumber: '',
    validFrom: null,
    validUntil: null,
    benefits: [],
    eligibility: noEligibility(),
    attachments: [],
    translations: { 'zh-CN': emptyTranslation(), en: emptyTranslation(), ja: emptyTranslation() },
  };
}

/** The form for a working copy (or a version's snapshot): as the server's `inputOf`, every text present. */
export function toFormValues(policy: AdminPolicy): PolicyFormValues {
  const translation = (language: Language): TranslationValues => {
    const { status, ...rest } = policy.translations[language];
    return { ...rest, applySteps: [...rest.applySteps], applyMaterials: [...rest.applyMaterials], status: status === 'done' ? 'done' : 'needs_review' };
  };
  return {
    category: policy.category,
    industries: [...policy.industries],
    documentNumber: policy.documentNumber,
    validFrom: policy.validFrom,
    validUntil: policy.validUntil,
    benefits: policy.benefits.map((b) => ({ kind: b.kind, maxAmount: b.maxAmount, description: texts(b.description) })),
    eligibility: { ...policy.eligibility },
    attachments: policy.attachments.map((a) => ({ title: texts(a.title), url: a.url })),
    translations: Object.fromEntries(LANGUAGES.map((language) => [language, translation(language)])) as Record<Language, TranslationValues>,
  };
}

/** A language's status as the server will store it: `missing` whenever the title is empty. */
export function translationStatusOf(values: Pick<TranslationValues, 'title' | 'status'> | undefined) {
  if (!values || !values.title?.trim()) return 'missing' as const;
  return values.status === 'done' ? ('done' as const) : ('needs_review' as const);
}

/** JSON with sorted keys and without undefined members: two forms are equal when their texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export const sameValues = (a: unknown, b: unknown) => canonical(a) === canonical(b);

type Leaves = Map<string, unknown>;

/** Every field of the form by dotted path; lists (steps, benefits, industries) count as one field. */
function leaves(value: unknown, path: string[] = [], out: Leaves = new Map()): Leaves {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) leaves(member, [...path, key], out);
  } else if (path.length) out.set(path.join('.'), value);
  return out;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (!next || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] as string] = value;
}

/**
 * Re-applies the user's edits (what differs between `base`, the copy they started from, and `mine`)
 * on top of `theirs`, the latest saved copy. Fields both sides changed differently keep the user's
 * value and are listed in `conflicts`, so the user can check them before saving again.
 */
export function rebase(base: PolicyFormValues, mine: PolicyFormValues, theirs: PolicyFormValues): { values: PolicyFormValues; conflicts: string[] } {
  const baseLeaves = leaves(base);
  const mineLeaves = leaves(mine);
  const theirLeaves = leaves(theirs);
  const values = JSON.parse(JSON.stringify(theirs)) as PolicyFormValues;
  const conflicts: string[] = [];
  for (const [path, value] of mineLeaves) {
    if (sameValues(value, baseLeaves.get(path))) continue;
    setAt(values as unknown as Record<string, unknown>, path.split('.'), JSON.parse(JSON.stringify(value ?? null)) as unknown);
    const their = theirLeaves.get(path);
    if (!sameValues(their, baseLeaves.get(path)) && !sameValues(their, value)) conflicts.push(path);
  }
  return { values, conflicts };
}

export const TRANSLATION_FIELDS = ['title', 'summary', 'body', 'department', 'applySteps', 'applyMaterials', 'applyContact', 'status'] as const;
export const ELIGIBILITY_FIELDS = [
  'enterpriseTypes',
  'sizes',
  'minCompanyAgeYears',
  'maxCompanyAgeYears',
  'highTechRequired',
  'minRndStaffPercent',
  'minRndSpendingPercent',
  'talentCategories',
  'minInvestment',
  'spaceKinds',
] as const;

/** A field's name for people, from its dotted path: `translations.en.title` is "English · Title". */
export function fieldLabel(path: string, t: TFunction): string {
  const [head, second, third] = path.split('.');
  if (head === 'translations' && second && third) return `${t(`common:language.${second}`)} · ${t(`policies.field.${third}`)}`;
  if (head === 'eligibility' && second) return `${t('policies.section.eligibility')} · ${t(`policies.eligibility.${second}`)}`;
  if ((head === 'benefits' || head === 'attachments') && second !== undefined) return `${t(`policies.field.${head}`)} ${Number(second) + 1}`;
  return t(`policies.field.${head ?? path}`);
}
