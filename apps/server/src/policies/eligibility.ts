import type { Criterion, Eligibility, EnterpriseProfile, Language, ReferenceKind } from '@zhaoshang/contracts';
import { t } from '../common/translator';

export type NameOf = (kind: ReferenceKind, code: string, language: Language) => string;
type Outcome = 'met' | 'unmet' | 'unknown';

export type Rule = {
  criterion: Criterion;
  applies: (e: Eligibility, industries: string[]) => boolean;
  /** undefined when the profile does not say */
  ok: (e: Eligibility, industries: string[], p: EnterpriseProfile) => boolean | undefined;
  text: (e: Eligibility, industries: string[], tr: (key: string, params?: Record<string, string | number>) => string, names: (kind: 'industry' | 'enterpriseType' | 'spaceKind', codes: string[]) => string) => string;
};

// `ok` answers undefined when the profile does not say; no closures per call: it runs for every policy
/** One table of rules: the ranking counts outcomes over every policy, the page shown gets sentences. */
const RULES: Rule[] = [
  {
    criterion: 'enterpriseType',
    applies: (e) => e.enterpriseTypes.length > 0,
    ok: (e, _, p) => (p.enterpriseType === undefined ? undefined : e.enterpriseTypes.includes(p.enterpriseType)),
    text: (e, _, tr, names) => tr('criterion.enterpriseType', { values: names('enterpriseType', e.enterpriseTypes) }),
  },
  {
    criterion: 'size',
    applies: (e) => e.sizes.length > 0,
    ok: (e, _, p) => (p.size === undefined ? undefined : e.sizes.includes(p.size)),
    text: (e, _, tr) => tr('criterion.size', { values: e.sizes.map((s) => tr(`size.${s}`)).join(' / ') }),
  },
  {
    criterion: 'companyAge',
    applies: (e) => e.minCompanyAgeYears !== null || e.maxCompanyAgeYears !== null,
    ok: (e, _, p) =>
      p.companyAgeYears === undefined
        ? undefined
        : (e.minCompanyAgeYears === null || p.companyAgeYears >= e.minCompanyAgeYears) && (e.maxCompanyAgeYears === null || p.companyAgeYears <= e.maxCompanyAgeYears),
    text: ({ minCompanyAgeYears: min, maxCompanyAgeYears: max }, _, tr) =>
      min !== null && max !== null ? tr('criterion.companyAge.range', { min, max }) : min !== null ? tr('criterion.companyAge.min', { min }) : tr('criterion.companyAge.max', { max: max ?? 0 }),
  },
  {
    criterion: 'industry',
    applies: (_, industries) => industries.length > 0,
    ok: (_, industries, p) => (p.industry === undefined ? undefined : industries.includes(p.industry)),
    text: (_, industries, tr, names) => tr('criterion.industry', { values: names('industry', industries) }),
  },
  {
    criterion: 'highTech',
    applies: (e) => e.highTechRequired,
    ok: (_, __, p) => p.highTech,
    text: (_, __, tr) => tr('criterion.highTech'),
  },
  {
    criterion: 'rndStaff',
    applies: (e) => e.minRndStaffPercent !== null,
    ok: (e, _, p) => (p.rndStaffPercent === undefined ? undefined : p.rndStaffPercent >= (e.minRndStaffPercent ?? 0)),
    text: (e, _, tr) => tr('criterion.rndStaff', { min: e.minRndStaffPercent ?? 0 }),
  },
  {
    criterion: 'rndSpending',
    applies: (e) => e.minRndSpendingPercent !== null,
    ok: (e, _, p) => (p.rndSpendingPercent === undefined ? undefined : p.rndSpendingPercent >= (e.minRndSpendingPercent ?? 0)),
    text: (e, _, tr) => tr('criterion.rndSpending', { min: e.minRndSpendingPercent ?? 0 }),
  },
  {
    criterion: 'talent',
    applies: (e) => e.talentCategories.length > 0,
    ok: (e, _, p) => (p.talentCategories === undefined ? undefined : p.talentCategories.some((c) => e.talentCategories.includes(c))),
    text: (e, _, tr) => tr('criterion.talent', { values: e.talentCategories.map((c) => tr(`talent.${c}`)).join(' / ') }),
  },
  {
    criterion: 'investment',
    applies: (e) => e.minInvestment !== null,
    ok: (e, _, p) => (p.investmentAmount === undefined ? undefined : p.investmentAmount >= (e.minInvestment ?? 0)),
    text: (e, _, tr) => tr('criterion.investment', { min: (e.minInvestment ?? 0).toLocaleString('en') }),
  },
  {
    criterion: 'space',
    applies: (e) => e.spaceKinds.length > 0,
    ok: (e, _, p) => (p.spaceKind === undefined ? undefined : e.spaceKinds.includes(p.spaceKind)),
    text: (e, _, tr, names) => tr('criterion.space', { values: names('spaceKind', e.spaceKinds) }),
  },
];

const outcomeOf = (ok: boolean | undefined, profile: EnterpriseProfile | null): Outcome => (!profile || ok === undefined ? 'unknown' : ok ? 'met' : 'unmet');

/** The sentences of the rules in a language; they do not depend on the profile, so callers cache them. */
export function ruleTexts(rules: Rule[], elig: Eligibility, industries: string[], language: Language, nameOf: NameOf): string[] {
  const tr = (key: string, params: Record<string, string | number> = {}) => t(language, `policies:${key}`, params);
  const names = (kind: 'industry' | 'enterpriseType' | 'spaceKind', codes: string[]) => codes.map((c) => nameOf(kind, c, language)).join(language === 'en' ? ', ' : '、');
  return rules.map((r) => r.text(elig, industries, tr, names));
}

/** What a profile says about each rule. */
export function ruleOutcomes(rules: Rule[], elig: Eligibility, industries: string[], profile: EnterpriseProfile | null): Outcome[] {
  return rules.map((r) => outcomeOf(profile ? r.ok(elig, industries, profile) : undefined, profile));
}

/** The rules that apply to a policy: computed once per published version. */
export function applicableRules(elig: Eligibility, industries: string[]): Rule[] {
  return RULES.filter((r) => r.applies(elig, industries));
}

/**
 * The same rules, as one score without sentences or allocations: run over every published policy.
 * Returns -1 for a policy with two or more unmet criteria (not shown); otherwise qualifying
 * policies score above 100, near misses (one unmet) below.
 */
export function matchScore(rules: Rule[], elig: Eligibility, industries: string[], profile: EnterpriseProfile, benefitBonus: number): number {
  let met = 0;
  let unmet = 0;
  let unknown = 0;
  for (const r of rules) {
    const ok = r.ok(elig, industries, profile);
    if (ok === undefined) unknown++;
    else if (ok) met++;
    else if (++unmet > 1) return -1;
  }
  // qualifying first; then more criteria met (a targeted policy), fewer unknowns, larger benefit
  return (unmet ? 0 : 100) + met * 10 - unknown * 3 + benefitBonus;
}
