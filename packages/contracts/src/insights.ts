import { z } from 'zod';
import { INTENT_SOURCES, INTENT_STAGES } from './intent-constants';
import { LANGUAGES } from './languages';
import { languageSchema } from './reference';
import type { FieldIssue } from './validation';

/**
 * Insights (console dashboard): what investors search for and do not find, what they read, and
 * how the lead desk keeps up. Search and view events are anonymous counts per day; intent
 * statistics are read from the intents themselves.
 */

export const INSIGHT_EVENT_KINDS = ['policy_search', 'policy_view', 'guide_search', 'guide_view'] as const;
export type InsightEventKind = (typeof INSIGHT_EVENT_KINDS)[number];

/** Longest period one answer covers, in days (from and to inclusive). */
export const INSIGHTS_MAX_DAYS = 366;
/** The period when none is given: the last 30 days, today included. */
export const INSIGHTS_DEFAULT_DAYS = 30;
/** How many entries each "top" list has. */
export const INSIGHTS_TOP = 20;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;

/** `YYYY-MM-DD` plus `n` days (calendar arithmetic, no time zone involved). */
export function shiftDay(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both counted (1 for the same day). */
export function dayCount(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** The Monday of the (ISO) week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(dayNumber(day) * DAY_MS).getUTCDay() + 6) % 7;
  return shiftDay(day, -weekday);
}

/**
 * Problems with a period, as the server reports them and the date picker prevents them: `to`
 * before `from` (`query.to` too_small, min = from), longer than INSIGHTS_MAX_DAYS (`query.to`
 * too_big, max = the last day allowed).
 */
export function insightsRangeIssues(from: string, to: string): FieldIssue[] {
  if (to < from) return [{ field: 'query.to', code: 'too_small', params: { min: from } }];
  if (dayCount(from, to) > INSIGHTS_MAX_DAYS) return [{ field: 'query.to', code: 'too_big', params: { max: shiftDay(from, INSIGHTS_MAX_DAYS - 1) } }];
  return [];
}

export const insightsQuerySchema = z.object({
  /** first day, `YYYY-MM-DD` in the district's time zone; default: 29 days before `to` */
  from: z.iso.date().optional(),
  /** last day, inclusive; default: today */
  to: z.iso.date().optional(),
  /** only events and intents in this investor language */
  language: z.enum(LANGUAGES).optional(),
  lang: z.string().max(35).optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

const byLanguage = z.object({ 'zh-CN': z.number().int(), en: z.number().int(), ja: z.number().int() });

export const searchTermSchema = z
  .object({
    /** normalized (lower case, NFKC, spaces collapsed, at most 64 characters); phone numbers and emails masked as [phone] / [email] */
    query: z.string(),
    searches: z.number().int(),
    /** of those, searches that found nothing */
    zeroResults: z.number().int(),
    /** searches per reading language */
    languages: byLanguage,
  })
  .meta({ id: 'InsightsSearchTerm' });
export type SearchTerm = z.infer<typeof searchTermSchema>;

export const searchInsightsSchema = z
  .object({
    /** searches in the period (first pages only: turning pages is the same search) */
    total: z.number().int(),
    zeroResults: z.number().int(),
    /** different queries */
    distinct: z.number().int(),
    top: z.array(searchTermSchema),
    /** most frequent queries that found nothing */
    zeroResultTop: z.array(searchTermSchema),
  })
  .meta({ id: 'InsightsSearches' });
export type SearchInsights = z.infer<typeof searchInsightsSchema>;

export const viewedItemSchema = z
  .object({
    /** policy id or guide page slug */
    key: z.string(),
    /** in the requested language (or its fallback); null when no longer published */
    title: z.string().nullable(),
    views: z.number().int(),
  })
  .meta({ id: 'InsightsViewedItem' });
export type ViewedItem = z.infer<typeof viewedItemSchema>;

export const viewInsightsSchema = z
  .object({ total: z.number().int(), top: z.array(viewedItemSchema) })
  .meta({ id: 'InsightsViews' });

export const weekActivitySchema = z
  .object({
    /** Monday of the week, `YYYY-MM-DD`; the first and last week may be partly outside the period */
    week: z.string(),
    policySearches: z.number().int(),
    policyViews: z.number().int(),
    guideSearches: z.number().int(),
    guideViews: z.number().int(),
  })
  .meta({ id: 'InsightsWeek' });
export type WeekActivity = z.infer<typeof weekActivitySchema>;

const countOf = <T extends z.ZodType>(code: T) => z.object({ code, count: z.number().int() });

export const replyComplianceSchema = z
  .object({
    /** leads that arrived in the period, duplicates merged into another lead left out */
    leads: z.number().int(),
    /** first reply (a staff message or stage change) by the deadline */
    onTime: z.number().int(),
    /** first reply after the deadline */
    late: z.number().int(),
    /** no reply yet and the deadline has passed */
    missed: z.number().int(),
    /** no reply yet, the deadline still ahead */
    waiting: z.number().int(),
    /** no deadline applied (none configured for new leads) */
    noDeadline: z.number().int(),
    /** onTime / (onTime + late + missed); null when none of those */
    rate: z.number().nullable(),
    /** of the period's leads, those the lead desk shows as overdue right now */
    overdueNow: z.number().int(),
  })
  .meta({ id: 'InsightsReplies' });
export type ReplyCompliance = z.infer<typeof replyComplianceSchema>;

export const intentInsightsSchema = z
  .object({
    total: z.number().int(),
    byWeek: z.array(z.object({ week: z.string(), count: z.number().int() })),
    /** current stage of the period's intents */
    byStage: z.array(countOf(z.enum(INTENT_STAGES))),
    /** an intent naming several industries counts once in each */
    byIndustry: z.array(countOf(z.string()).extend({ name: z.string() })),
    bySource: z.array(countOf(z.enum(INTENT_SOURCES))),
    /** the investor's contact language */
    byLanguage: z.array(countOf(languageSchema)),
    replies: replyComplianceSchema,
  })
  .meta({ id: 'InsightsIntents' });
export type IntentInsights = z.infer<typeof intentInsightsSchema>;

export const insightsResponseSchema = z
  .object({
    /** the period's first and last day (`YYYY-MM-DD`, district days); the default period when the query gave none */
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
    /** the district's time zone days and weeks are counted in */
    timeZone: z.string(),
    /** today in that time zone: clients count periods ("the last 7 days") from it, never from their own clock */
    today: z.string(),
    /** the investor-language filter applied, if any */
    language: languageSchema.nullable(),
    /** intent statistics cover every lead (admins) or the staff member's own leads */
    scope: z.enum(['all', 'own']),
    searches: z.object({ policies: searchInsightsSchema, guide: searchInsightsSchema }),
    views: z.object({ policies: viewInsightsSchema, guide: viewInsightsSchema }),
    /** search and view events per week of the period */
    weeks: z.array(weekActivitySchema),
    intents: intentInsightsSchema,
  })
  .meta({ id: 'InsightsResponse' });
export type InsightsResponse = z.infer<typeof insightsResponseSchema>;
