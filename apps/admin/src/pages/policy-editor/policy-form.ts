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

// the generic parts of a versioned document's form, shared with the guide editor
export { canonical, rebase, sameValues, translationStatusOf } from '../../components/document-editor/form-values';

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
