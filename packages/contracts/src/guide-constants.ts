import type { POLICY_STATUSES } from './policy-constants';

// The guide's names and its slug rule without schemas: the mini-program's guide subpackage reads
// them without loading the validation library (the schemas are in guide.ts).

export const GUIDE_PAGE_KINDS = ['section', 'article', 'procedure', 'faq'] as const;
export type GuidePageKind = (typeof GUIDE_PAGE_KINDS)[number];
/** what a section holds */
export const GUIDE_LEAF_KINDS = ['article', 'procedure', 'faq'] as const;
export type GuideLeafKind = (typeof GUIDE_LEAF_KINDS)[number];
export type GuideStatus = (typeof POLICY_STATUSES)[number];

/** lower-case words joined by hyphens: the page's address in links and share cards; fixed once created */
export const GUIDE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
