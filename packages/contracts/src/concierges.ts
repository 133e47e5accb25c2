import { z } from 'zod';
import { LANGUAGES } from './languages';
import { INTENT_STAGES, type IntentStage } from './intent-constants';
import { phoneSchema } from './intents';
import { languageSchema } from './reference';

/**
 * Concierges (店小二): the public directory and "my concierge" in the mini-program, and their
 * management in the console. Office hours are on the concierge's own clock (their time zone);
 * whether they are in office now is computed by the server.
 */

/** ISO weekdays: 1 = Monday … 7 = Sunday (as the lead desk's WORK_DAYS). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A lead in these stages stays with its concierge when they are deactivated (the project is
 * done or dropped: its history keeps who looked after it); every other stage is an open lead.
 */
export const SETTLED_STAGES: readonly IntentStage[] = ['signed', 'landed', 'closed'];
export const OPEN_LEAD_STAGES: readonly IntentStage[] = INTENT_STAGES.filter((s) => !SETTLED_STAGES.includes(s));

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** WeChat's rule for a WeChat ID: 6–20 characters, a letter first, then letters, digits, `_` or `-`. */
export const WECHAT_ID_PATTERN = /^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/;
export const CONCIERGE_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{1,63}$/;

/** Whether the runtime knows an IANA time zone (`Asia/Shanghai`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;
const time = z.string().trim().regex(TIME_PATTERN, { message: 'invalid_format' });

export const officeHoursSchema = z
  .object({
    /** ISO weekdays the concierge works */
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine(unique, { message: 'duplicate' })
      .transform((days) => [...days].sort((a, b) => a - b)),
    /** HH:MM on the concierge's clock; `to` is after `from` (no shifts past midnight) */
    from: time,
    to: time,
    timezone: z.string().trim().min(1).max(64).refine(isTimeZone, { message: 'invalid_value' }),
  })
  .strict()
  .superRefine((h, ctx) => {
    // office hours end after they start, on the same day
    if (TIME_PATTERN.test(h.from) && TIME_PATTERN.test(h.to) && minutes(h.to) <= minutes(h.from)) {
      ctx.addIssue({ code: 'custom', message: 'invalid_value', path: ['to'], input: h.to });
    }
  })
  .meta({ id: 'OfficeHours' });
export type OfficeHours = z.output<typeof officeHoursSchema>;

// ---- public reads ----

const code = z.string().trim().min(1).max(64);

export const conciergeDirectoryQuerySchema = z.object({
  /** only concierges who cover this industry ("3+6" code) */
  industry: code.optional(),
  /** only concierges who cover this area (area code) */
  area: code.optional(),
  lang: z.string().max(35).optional(),
});
export type ConciergeDirectoryQuery = z.infer<typeof conciergeDirectoryQuerySchema>;

const named = z.object({ code: z.string(), name: z.string() });

export const conciergePresenceSchema = z
  .object({
    /** within office hours right now */
    inOffice: z.boolean(),
    /** out of office: when office hours start again (ISO instant); null in office */
    backAt: z.string().nullable(),
    /** `backAt` on the concierge's clock, and whether that is today, tomorrow or later there */
    backAtLocal: z
      .object({ date: z.string(), weekday: z.number().int().min(1).max(7), time: z.string(), day: z.enum(['today', 'tomorrow', 'later']) })
      .nullable(),
    /** the concierge's UTC offset now, e.g. `+08:00` */
    utcOffset: z.string(),
  })
  .meta({ id: 'ConciergePresence' });
export type ConciergePresence = z.infer<typeof conciergePresenceSchema>;

/** A concierge as investors see them: public contact details only (no staff account). */
export const conciergeProfileSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    title: z.string(),
    bio: z.string().nullable(),
    /** the language the texts are in: the one asked for, or the fallback used for a missing one */
    language: languageSchema,
    /** true when name, title or bio is in a fallback language */
    fallback: z.boolean(),
    photoUrl: z.string().nullable(),
    /** languages the concierge speaks */
    languages: z.array(z.enum(LANGUAGES)),
    industries: z.array(named),
    areas: z.array(named),
    phone: z.string(),
    wechatId: z.string().nullable(),
    officeHours: z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string(), timezone: z.string() }),
    presence: conciergePresenceSchema,
    /** invented demo profile, labelled as sample data */
    sample: z.boolean(),
  })
  .meta({ id: 'ConciergeProfile' });
export type ConciergeProfile = z.infer<typeof conciergeProfileSchema>;

export const conciergeDirectorySchema = z
  .object({
    language: languageSchema,
    /** the filters applied, with their names in the language asked for */
    filters: z.object({ industry: named.nullable(), area: named.nullable() }),
    /** active concierges, the best suggestions first (speaks the reader's language, then the lead desk's routing rules) */
    items: z.array(conciergeProfileSchema),
    sampleData: z.boolean(),
  })
  .meta({ id: 'ConciergeDirectory' });
export type ConciergeDirectory = z.infer<typeof conciergeDirectorySchema>;

/**
 * GET /api/v1/me/concierge: who looks after the investor. `intent` is their latest open intent
 * (else their latest signed or landed one whose concierge is still active); `concierge` is null
 * when they have no such intent or it is waiting in the lead desk's queue for a concierge.
 */
export const myConciergeSchema = z
  .object({
    language: languageSchema,
    intent: z.object({ id: z.number().int(), stage: z.enum(INTENT_STAGES), companyName: z.string() }).nullable(),
    concierge: conciergeProfileSchema.nullable(),
  })
  .meta({ id: 'MyConcierge' });
export type MyConcierge = z.infer<typeof myConciergeSchema>;

// ---- console ----

/** Chinese is required (the lead desk's language); English and Japanese may wait for translation. */
const translated = (max: number) =>
  z.object({ 'zh-CN': z.string().trim().min(1).max(max), en: z.string().trim().max(max).optional(), ja: z.string().trim().max(max).optional() });
const translatedOptional = (max: number) =>
  z.object({ 'zh-CN': z.string().trim().max(max).optional(), en: z.string().trim().max(max).optional(), ja: z.string().trim().max(max).optional() });

const conciergeFields = z
  .object({
    /** natural key, e.g. `c-wang-li` */
    code: z.string().trim().regex(CONCIERGE_CODE_PATTERN, { message: 'invalid_format' }),
    names: translated(60),
    titles: translated(100),
    bios: translatedOptional(500).default({}),
    languages: z.array(z.enum(LANGUAGES)).min(1).max(3).refine(unique, { message: 'duplicate' }),
    industries: z.array(code).max(20).refine(unique, { message: 'duplicate' }).default([]),
    areas: z.array(code).max(30).refine(unique, { message: 'duplicate' }).default([]),
    /** public: investors call it from the mini-program */
    phone: phoneSchema,
    /** public: investors copy it to add the concierge in WeChat */
    wechatId: z.string().trim().regex(WECHAT_ID_PATTERN, { message: 'invalid_format' }).nullable().default(null),
    officeHours: officeHoursSchema,
    photoUrl: z
      .string()
      .trim()
      .max(255)
      .regex(/^https?:\/\/[^\s]+$/, { message: 'invalid_format' })
      .nullable()
      .default(null),
    /** order in the console and among equal suggestions (lower first) */
    sort: z.number().int().min(0).max(9999).default(0),
    sample: z.boolean().default(false),
  })
  .strict();

export const conciergeInputSchema = conciergeFields.meta({ id: 'ConciergeInput' });
export type ConciergeInput = z.output<typeof conciergeInputSchema>;
export const conciergeUpdateSchema = conciergeFields.extend({ version: z.number().int().min(1) }).strict().meta({ id: 'ConciergeUpdate' });
export type ConciergeUpdate = z.output<typeof conciergeUpdateSchema>;

const translatedOut = z.object({ 'zh-CN': z.string().optional(), en: z.string().optional(), ja: z.string().optional() });

/** A concierge in the console. The first six fields are those the lead desk has always read. */
export const adminConciergeSchema = z
  .object({
    id: z.number().int(),
    /** the name in the request's language (with fallback) */
    name: z.string(),
    languages: z.array(z.enum(LANGUAGES)),
    industries: z.array(z.string()),
    active: z.boolean(),
    /** the console account that works as this concierge */
    staffUserId: z.number().int().nullable(),
    staffUsername: z.string().nullable(),
    version: z.number().int(),
    code: z.string(),
    names: translatedOut,
    titles: translatedOut,
    bios: translatedOut,
    areas: z.array(z.string()),
    phone: z.string(),
    wechatId: z.string().nullable(),
    officeHours: z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string(), timezone: z.string() }),
    photoUrl: z.string().nullable(),
    sort: z.number().int(),
    sample: z.boolean(),
    /** leads not yet signed, landed or closed: what deactivating would hand over */
    openLeads: z.number().int(),
    presence: conciergePresenceSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AdminConcierge' });
export type AdminConcierge = z.infer<typeof adminConciergeSchema>;

export const adminConciergeListSchema = z.object({ items: z.array(adminConciergeSchema) }).meta({ id: 'AdminConciergeList' });

export const conciergeStatusChangeSchema = z
  .object({
    /** the version you loaded; CONFLICT when stale */
    version: z.number().int().min(1),
    /** kept with each handed-over lead (default: "concierge deactivated") */
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .meta({ id: 'ConciergeStatusChange' });
export type ConciergeStatusChange = z.infer<typeof conciergeStatusChangeSchema>;

const who = { conciergeId: z.number().int().nullable(), name: z.string().nullable() };

export const conciergeDeactivationSchema = z
  .object({
    concierge: adminConciergeSchema,
    /** open leads that moved, each once */
    reassigned: z.number().int(),
    /** of those, the ones no active concierge could take: in the lead desk's queue for admins */
    queued: z.number().int(),
    /** per receiving concierge (null: the queue) */
    byConcierge: z.array(z.object({ ...who, count: z.number().int() })),
    moves: z.array(z.object({ intentId: z.number().int(), ...who })),
  })
  .meta({ id: 'ConciergeDeactivation' });
export type ConciergeDeactivation = z.infer<typeof conciergeDeactivationSchema>;
