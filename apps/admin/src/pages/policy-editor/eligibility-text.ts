import type { Eligibility, Language } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';

export type CodeKind = 'industry' | 'enterpriseType' | 'spaceKind';

/**
 * The eligibility as the sentences investors read, in `language`: the same rules, order and texts
 * (`policies:criterion.*`) as the server's apps/server/src/policies/eligibility.ts.
 */
export function eligibilitySentences(
  eligibility: Partial<Eligibility>,
  industries: readonly string[],
  language: Language,
  t: TFunction,
  nameOf: (kind: CodeKind, code: string) => string,
): string[] {
  // the form may hold a partial object while it is being filled
  const e: Eligibility = {
    enterpriseTypes: eligibility.enterpriseTypes ?? [],
    sizes: eligibility.sizes ?? [],
    minCompanyAgeYears: eligibility.minCompanyAgeYears ?? null,
    maxCompanyAgeYears: eligibility.maxCompanyAgeYears ?? null,
    highTechRequired: eligibility.highTechRequired ?? false,
    minRndStaffPercent: eligibility.minRndStaffPercent ?? null,
    minRndSpendingPercent: eligibility.minRndSpendingPercent ?? null,
    talentCategories: eligibility.talentCategories ?? [],
    minInvestment: eligibility.minInvestment ?? null,
    spaceKinds: eligibility.spaceKinds ?? [],
  };
  const join = (values: string[]) => values.join(language === 'en' ? ', ' : '、');
  const names = (kind: CodeKind, codes: readonly string[]) => join(codes.map((code) => nameOf(kind, code)));
  const out: string[] = [];
  if (e.enterpriseTypes.length) out.push(t('policies:criterion.enterpriseType', { values: names('enterpriseType', e.enterpriseTypes) }));
  if (e.sizes.length) out.push(t('policies:criterion.size', { values: e.sizes.map((s) => t(`policies:size.${s}`)).join(' / ') }));
  const min = e.minCompanyAgeYears;
  const max = e.maxCompanyAgeYears;
  if (min !== null && max !== null) out.push(t('policies:criterion.companyAge.range', { min, max }));
  else if (min !== null) out.push(t('policies:criterion.companyAge.min', { min }));
  else if (max !== null) out.push(t('policies:criterion.companyAge.max', { max }));
  if (industries.length) out.push(t('policies:criterion.industry', { values: names('industry', industries) }));
  if (e.highTechRequired) out.push(t('policies:criterion.highTech'));
  if (e.minRndStaffPercent !== null) out.push(t('policies:criterion.rndStaff', { min: e.minRndStaffPercent }));
  if (e.minRndSpendingPercent !== null) out.push(t('policies:criterion.rndSpending', { min: e.minRndSpendingPercent }));
  if (e.talentCategories.length) out.push(t('policies:criterion.talent', { values: e.talentCategories.map((c) => t(`policies:talent.${c}`)).join(' / ') }));
  if (e.minInvestment !== null) out.push(t('policies:criterion.investment', { min: e.minInvestment.toLocaleString('en') }));
  if (e.spaceKinds.length) out.push(t('policies:criterion.space', { values: names('spaceKind', e.spaceKinds) }));
  return out;
}
