import type { Criterion, Eligibility, EnterpriseProfile, Language } from '@zhaoshang/contracts';
import { t } from '../common/translator';

export type NameOf = (kind: 'industry' | 'enterpriseType' | 'spaceKind', code: string, language: Language) => string;
export type CriterionCheck = { criterion: Criterion; text: string; outcome: 'met' | 'unmet' | 'unknown' };
type Outcome = CriterionCheck['outcome'];

type Rule = {
  criterion: Criterion;
  applies: (e: Eligibility, industries: string[]) => boolean;
  /** undefined when the profile does not say */
  ok: (e: Eligibility, industries: string[], p: EnterpriseProfile) => boolean | undefined;
  text: (e: Eligibility, industries: string[], tr: (key: string, params?: Record<string, string | number>) => string, names: (kind: 'industry' | 'enterpriseType' | 'spaceKind', codes: string[]) => string) => string;
};

const known = <T>(value: T | undefined, test: (v: T) => boolean) => (value === undefined ? undefined : test(value));

/** One table of rules: the ranking counts outcomes over every policy, the page shown gets sentences. */
const RULES: Rule[] = [
  {
    criterion: 'enterpriseType',
    applies: (e) => e.enterpriseTypes.length > 0,
    ok: (e, _, p) => known(p.enterpriseType, (v) => e.enterpriseTypes.includes(v)),
    text: (e, _, tr, names) => tr('criterion.enterpriseType', { values: names('enterpriseType', e.enterpriseTypes) }),
  },
  {
    criterion: 'size',
    applies: (e) => e.sizes.length > 0,
    ok: (e, _, p) => known(p.size, (v) => e.sizes.includes(v)),
    text: (e, _, tr) => tr('criterion.size', { values: e.sizes.map((s) => tr(`size.${s}`)).join(' / ') }),
  },
  {
    criterion: 'companyAge',
    applies: (e) => e.minCompanyAgeYears !== null || e.maxCompanyAgeYears !== null,
    ok: (e, _, p) => known(p.companyAgeYears, (age) => (e.minCompanyAgeYears === null || age >= e.minCompanyAgeYears) && (e.maxCompanyAgeYears === null || age <= e.maxCompanyAgeYears)),
    text: ({ minCompanyAgeYears: min, maxCompanyAgeYears: max }, _, tr) =>
      min !== null && max !== null ? tr('criterion.companyAge.range', { min, max }) : min !== null ? tr('criterion.companyAge.min', { min }) : tr('criterion.companyAge.max', { max: max ?? 0 }),
  },
  {
    criterion: 'industry',
    applies: (_, industries) => industries.length > 0,
    ok: (_, industries, p) => known(p.industry, (v) => industries.includes(v)),
    text: (_, industries, tr, names) => tr('criterion.industry', { values: names('industry', industries) }),
  },
  {
    criterion: 'highTech',
    applies: (e) => e.highTechRequired,
    ok: (_, __, p) => known(p.highTech, (v) => v),
    text: (_, __, tr) => tr('criterion.highTech'),
  },
  {
    criterion: 'rndStaff',
    applies: (e) => e.minRndStaffPercent !== null,
    ok: (e, _, p) => known(p.rndStaffPercent, (v) => v >= (e.minRndStaffPercent ?? 0)),
    text: (e, _, tr) => tr('criterion.rndStaff', { min: e.minRndStaffPercent ?? 0 }),
  },
  {
    criterion: 'rndSpending',
    applies: (e) => e.minRndSpendingPercent !== null,
    ok: (e, _, p) => known(p.rndSpendingPercent, (v) => v >= (e.minRndSpendingPercent ?? 0)),
    text: (e, _, tr) => tr('criterion.rndSpending', { min: e.minRndSpendingPercent ?? 0 }),
  },
  {
    criterion: 'talent',
    applies: (e) => e.talentCategories.length > 0,
    ok: (e, _, p) => known(p.talentCategories, (v) => v.some((c) => e.talentCategories.includes(c))),
    text: (e, _, tr) => tr('criterion.talent', { values: e.talentCategories.map((c) => tr(`talent.${c}`)).join(' / ') }),
  },
  {
    criterion: 'investment',
    applies: (e) => e.minInvestment !== null,
    ok: (e, _, p) => known(p.investmentAmount, (v) => v >= (e.minInvestment ?? 0)),
    text: (e, _, tr) => tr('criterion.investment', { min: (e.minInvestment ?? 0).toLocaleString('en') }),
  },
  {
    criterion: 'space',
    applies: (e) => e.spaceKinds.length > 0,
    ok: (e, _, p) => known(p.spaceKind, (v) => e.spaceKinds.includes(v)),
    text: (e, _, tr, names) => tr('criterion.space', { values: names('spaceKind', e.spaceKinds) }),
  },
];

const outcomeOf = (ok: boolean | undefined, profile: EnterpriseProfile | null): Outcome => (!profile || ok === undefined ? 'unknown' : ok ? 'met' : 'unmet');

/** The requirements of a policy as sentences in the language, each with what the profile says about it. */
export function evaluate(elig: Eligibility, industries: string[], profile: EnterpriseProfile | null, language: Language, nameOf: NameOf): CriterionCheck[] {
  const tr = (key: string, params: Record<string, string | number> = {}) => t(language, `policies:${key}`, params);
  const names = (kind: 'industry' | 'enterpriseType' | 'spaceKind', codes: string[]) => codes.map((c) => nameOf(kind, c, language)).join(language === 'en' ? ', ' : '、');
  return RULES.filter((r) => r.applies(elig, industries)).map((r) => ({
    criterion: r.criterion,
    text: r.text(elig, industries, tr, names),
    outcome: outcomeOf(profile ? r.ok(elig, industries, profile) : undefined, profile),
  }));
}

/** The same rules, counting outcomes only (no sentences): run over every published policy. */
export function countOutcomes(elig: Eligibility, industries: string[], profile: EnterpriseProfile): Record<Outcome, number> {
  const counts = { met: 0, unmet: 0, unknown: 0 };
  for (const r of RULES) if (r.applies(elig, industries)) counts[outcomeOf(r.ok(elig, industries, profile), profile)]++;
  return counts;
}
