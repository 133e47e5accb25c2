import type { Criterion, Eligibility, EnterpriseProfile, Language } from '@zhaoshang/contracts';
import { t } from '../common/translator';

export type NameOf = (kind: 'industry' | 'enterpriseType' | 'spaceKind', code: string, language: Language) => string;
export type CriterionCheck = { criterion: Criterion; text: string; outcome: 'met' | 'unmet' | 'unknown' };

const list = (language: Language, values: string[]) => values.join(language === 'en' ? ', ' : '、');


/** The requirements of a policy as sentences, each with what a profile says about it. */
export function evaluate(
  elig: Eligibility,
  industries: string[],
  profile: EnterpriseProfile | null,
  language: Language,
  nameOf: NameOf,
  withText = true,
): CriterionCheck[] {
  const out: CriterionCheck[] = [];
  const p = profile ?? {};
  const add = (criterion: Criterion, text: string, known: boolean, ok: boolean) =>
    out.push({ criterion, text, outcome: !profile || !known ? 'unknown' : ok ? 'met' : 'unmet' });
  // ranking thousands of policies needs only the outcomes; sentences are made for the page shown
  const tr = (key: string, params: Record<string, string | number> = {}) => (withText ? t(language, `policies:${key}`, params) : '');

  if (elig.enterpriseTypes.length)
    add('enterpriseType', tr('criterion.enterpriseType', { values: list(language, elig.enterpriseTypes.map((c) => nameOf('enterpriseType', c, language))) }), p.enterpriseType !== undefined, elig.enterpriseTypes.includes(p.enterpriseType ?? ''));
  if (elig.sizes.length)
    add('size', tr('criterion.size', { values: list(language, elig.sizes.map((s) => tr(`size.${s}`))) }), p.size !== undefined, !!p.size && elig.sizes.includes(p.size));
  if (elig.minCompanyAgeYears !== null || elig.maxCompanyAgeYears !== null) {
    const min = elig.minCompanyAgeYears;
    const max = elig.maxCompanyAgeYears;
    const text = min !== null && max !== null ? tr('criterion.companyAge.range', { min, max }) : min !== null ? tr('criterion.companyAge.min', { min }) : tr('criterion.companyAge.max', { max: max ?? 0 });
    const age = p.companyAgeYears;
    add('companyAge', text, age !== undefined, age !== undefined && (min === null || age >= min) && (max === null || age <= max));
  }
  if (industries.length)
    add('industry', tr('criterion.industry', { values: list(language, industries.map((c) => nameOf('industry', c, language))) }), p.industry !== undefined, industries.includes(p.industry ?? ''));
  if (elig.highTechRequired) add('highTech', tr('criterion.highTech'), p.highTech !== undefined, p.highTech === true);
  if (elig.minRndStaffPercent !== null)
    add('rndStaff', tr('criterion.rndStaff', { min: elig.minRndStaffPercent }), p.rndStaffPercent !== undefined, (p.rndStaffPercent ?? -1) >= elig.minRndStaffPercent);
  if (elig.minRndSpendingPercent !== null)
    add('rndSpending', tr('criterion.rndSpending', { min: elig.minRndSpendingPercent }), p.rndSpendingPercent !== undefined, (p.rndSpendingPercent ?? -1) >= elig.minRndSpendingPercent);
  if (elig.talentCategories.length)
    add('talent', tr('criterion.talent', { values: list(language, elig.talentCategories.map((c) => tr(`talent.${c}`))) }), p.talentCategories !== undefined, (p.talentCategories ?? []).some((c) => elig.talentCategories.includes(c)));
  if (elig.minInvestment !== null)
    add('investment', tr('criterion.investment', { min: elig.minInvestment.toLocaleString('en') }), p.investmentAmount !== undefined, (p.investmentAmount ?? -1) >= elig.minInvestment);
  if (elig.spaceKinds.length)
    add('space', tr('criterion.space', { values: list(language, elig.spaceKinds.map((c) => nameOf('spaceKind', c, language))) }), p.spaceKind !== undefined, elig.spaceKinds.includes(p.spaceKind ?? ''));
  return out;
}
