// The policy finder's names and page sizes without schemas: the mini-program's policy tab (main
// package) reads them without loading the validation library (see policies.ts).

export const POLICY_STATUSES = ['draft', 'published', 'archived'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export const TRANSLATION_STATUSES = ['missing', 'needs_review', 'done'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
export const TALENT_CATEGORIES = ['leading_talent', 'innovation_talent', 'high_skill', 'young_graduate'] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];
export const BENEFIT_KINDS = ['subsidy', 'reward', 'loan', 'interest_discount', 'guarantee', 'rent_reduction', 'tax_reduction', 'equity_investment', 'housing', 'service'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
export const POLICY_SORTS = ['relevance', 'newest'] as const;

/** The investor's list pages: what the mini-program asks for and the default of the public list. */
export const POLICY_PAGE_SIZE = 10;

/** Match results come ranked in pages: the first twenty, then more on demand. */
export const MATCH_PAGE_SIZE = 20;

export const POLICY_VERSION_ACTIONS = ['create', 'update', 'publish', 'archive', 'restore'] as const;
