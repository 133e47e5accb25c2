import { z } from 'zod';
import { LANGUAGES } from './languages';
import { enterpriseProfileSchema } from './policies';
import { pageQuerySchema } from './auth';
import {
  CLOSE_REASONS,
  IDEMPOTENCY_KEY_PATTERN,
  INTENT_EVENT_KINDS,
  INTENT_SOURCES,
  INTENT_STAGES,
  INTENT_TIMELINES,
  isValidUscc,
  PHONE_PATTERN,
} from './intent-constants';

/**
 * The investment-intent platform and the lead desk. The same schemas validate the mini-program's
 * form and the server's input, so an investor sees the message the server would have sent.
 */

/** ISO 3166-1 alpha-2, upper case (CN, JP, US, HK, TW, …). */
export const countryCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);

/** Phone in E.164 (`+8613812345678`); mainland China numbers must be 11-digit mobiles or landlines. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(PHONE_PATTERN, { message: 'invalid_phone' })
      .refine((v) => !v.startsWith('+86') || /^\+86(1[3-9]\d{9}|[2-9]\d{9,10})$/.test(v), { message: 'invalid_phone' }),
  );

export const usccSchema = z.string().trim().toUpperCase().refine(isValidUscc, { message: 'invalid_uscc' });

/** One code from a reference list (industry, amountRange, …); the server checks it exists. */
const code = z.string().trim().min(1).max(32);

export const intentRequestSchema = z
  .object({
    company: z.strictObject({
      name: z.string().trim().min(1).max(120),
      uscc: usccSchema.optional(),
      country: countryCodeSchema,
      type: code,
    }),
    contact: z.strictObject({
      name: z.string().trim().min(1).max(60),
      phone: phoneSchema,
      email: z.email({ message: 'invalid_email' }).max(120).optional(),
      language: z.enum(LANGUAGES),
    }),
    project: z.strictObject({
      industries: z.array(code).min(1).max(9),
      amountRange: code,
      spaceKind: code,
      /** square metres */
      spaceSize: z.number().int().min(1).max(10_000_000).optional(),
      timeline: z.enum(INTENT_TIMELINES),
    }),
    message: z.string().trim().max(2000).optional(),
    policyIds: z.array(z.number().int().min(1)).max(20).optional(),
    /** an area the investor was looking at on the heatmap */
    areaCode: z.string().trim().max(64).optional(),
    /** the policy-matching profile, attached when the investor chose to */
    profile: enterpriseProfileSchema.optional(),
    consentVersion: z.string().min(1).max(32),
  })
  .strict()
  .meta({ id: 'IntentRequest' });
export type IntentRequest = z.infer<typeof intentRequestSchema>;

export const conciergeCardSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    title: z.string(),
    photoUrl: z.string().nullable(),
    languages: z.array(z.enum(LANGUAGES)),
    phone: z.string(),
    wechatId: z.string().nullable(),
    officeHours: z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string(), timezone: z.string() }),
    /** true when name/title are in a fallback language */
    fallback: z.boolean(),
  })
  .meta({ id: 'ConciergeCard' });
export type ConciergeCard = z.infer<typeof conciergeCardSchema>;


export const intentEventSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(INTENT_EVENT_KINDS),
    at: z.string(),
    /** 'investor', 'system', or the staff member's display name */
    by: z.string(),
    fromInvestor: z.boolean(),
    stage: z.enum(INTENT_STAGES).nullable(),
    reason: z.string().nullable(),
    /** message or note text */
    body: z.string().nullable(),
    /** for assigned/reassigned: the concierge's name in the reader's language */
    concierge: z.string().nullable(),
    /** for merged: the other intent */
    otherIntentId: z.number().int().nullable(),
  })
  .meta({ id: 'IntentEvent' });
export type IntentEvent = z.infer<typeof intentEventSchema>;

/** An intent as its investor sees it. */
export const myIntentSchema = z
  .object({
    id: z.number().int(),
    stage: z.enum(INTENT_STAGES),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    createdAt: z.string(),
    replyDueAt: z.string().nullable(),
    company: intentRequestSchema.shape.company,
    contact: z.object({ name: z.string(), phone: z.string(), email: z.string().nullable(), language: z.enum(LANGUAGES) }),
    project: intentRequestSchema.shape.project,
    message: z.string().nullable(),
    policyIds: z.array(z.number().int()),
    areaCode: z.string().nullable(),
    concierge: conciergeCardSchema.nullable(),
    timeline: z.array(intentEventSchema),
  })
  .meta({ id: 'MyIntent' });
export type MyIntent = z.infer<typeof myIntentSchema>;

export const myIntentSummarySchema = myIntentSchema
  .pick({ id: true, stage: true, createdAt: true, replyDueAt: true, concierge: true })
  .extend({ companyName: z.string(), unread: z.number().int() })
  .meta({ id: 'MyIntentSummary' });
export const myIntentListSchema = z.object({ items: z.array(myIntentSummarySchema) }).meta({ id: 'MyIntentList' });

export const messageRequestSchema = z
  .object({
    body: z.string().trim().min(1).max(2000),
    /** client-made UUID so a retried send is stored once */
    clientId: z.string().regex(IDEMPOTENCY_KEY_PATTERN).optional(),
  })
  .strict()
  .meta({ id: 'MessageRequest' });
export type MessageRequest = z.infer<typeof messageRequestSchema>;

export const subscribeRequestSchema = z
  .object({ accepted: z.array(z.string().max(64)).max(10) })
  .strict()
  .meta({ id: 'SubscribeRequest' });

// ---- investor identity -------------------------------------------------------------------

export const wechatLoginSchema = z.object({ code: z.string().trim().min(1).max(128) }).strict().meta({ id: 'WechatLoginRequest' });
export const guestLoginSchema = z
  .object({ deviceId: z.string().regex(IDEMPOTENCY_KEY_PATTERN).optional() })
  .strict()
  .meta({ id: 'GuestLoginRequest' });

export const investorSessionSchema = z
  .object({
    token: z.string(),
    expiresIn: z.number().int(),
    investor: z.object({
      id: z.number().int(),
      kind: z.enum(['wechat', 'guest']),
      /** the privacy notice version agreed to, null before any agreement */
      consentVersion: z.string().nullable(),
    }),
    /** the current privacy notice version; ask for agreement when it differs from the investor's */
    privacyVersion: z.string(),
    /** WeChat subscribe-message templates to offer on submit (weapp `requestSubscribeMessage`) */
    subscribeTemplateIds: z.array(z.string()),
  })
  .meta({ id: 'InvestorSession' });
export type InvestorSession = z.infer<typeof investorSessionSchema>;

/** GET /api/v1/me/export: everything stored about the investor. */
export const myDataExportSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({ id: z.number().int(), kind: z.enum(['wechat', 'guest']), createdAt: z.string(), wechatLinked: z.boolean() }),
    consents: z.array(z.object({ version: z.string(), at: z.string() })),
    intents: z.array(myIntentSchema),
  })
  .meta({ id: 'MyDataExport' });

export const privacyNoticeSchema = z
  .object({ version: z.string(), language: z.enum(LANGUAGES), title: z.string(), body: z.string() })
  .meta({ id: 'PrivacyNotice' });

export const consentRequestSchema = z.object({ version: z.string().min(1).max(32) }).strict().meta({ id: 'ConsentRequest' });

// ---- lead desk (console) -----------------------------------------------------------------

export const leadQuerySchema = pageQuerySchema.extend({
  stage: z.enum(INTENT_STAGES).optional(),
  industry: z.string().max(32).optional(),
  language: z.enum(LANGUAGES).optional(),
  assigneeId: z.coerce.number().int().min(1).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  source: z.enum(INTENT_SOURCES).optional(),
  q: z.string().trim().max(100).optional(),
});
export type LeadQuery = z.infer<typeof leadQuerySchema>;

export const leadSummarySchema = z
  .object({
    id: z.number().int(),
    stage: z.enum(INTENT_STAGES),
    companyName: z.string(),
    country: z.string(),
    contactName: z.string(),
    /** masked for staff (+86 138****5678) */
    phone: z.string(),
    language: z.enum(LANGUAGES),
    industries: z.array(z.string()),
    amountRange: z.string(),
    source: z.enum(INTENT_SOURCES),
    assignee: z.object({ conciergeId: z.number().int(), name: z.string() }).nullable(),
    createdAt: z.string(),
    replyDueAt: z.string().nullable(),
    overdue: z.boolean(),
    possibleDuplicate: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'LeadSummary' });
export type LeadSummary = z.infer<typeof leadSummarySchema>;

export const leadListSchema = z
  .object({
    items: z.array(leadSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** counts per stage under the same filters (stage itself excepted), for the board's columns */
    stages: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'LeadList' });

export const leadDetailSchema = leadSummarySchema
  .extend({
    company: intentRequestSchema.shape.company,
    email: z.string().nullable(),
    project: intentRequestSchema.shape.project,
    message: z.string().nullable(),
    areaCode: z.string().nullable(),
    profile: enterpriseProfileSchema.nullable(),
    policies: z.array(z.object({ id: z.number().int(), title: z.string() })),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    mergedIntoId: z.number().int().nullable(),
    duplicates: z.array(z.object({ id: z.number().int(), companyName: z.string(), stage: z.enum(INTENT_STAGES), matchedOn: z.array(z.enum(['uscc', 'phone', 'wechat'])) })),
    timeline: z.array(intentEventSchema.extend({ intentId: z.number().int(), internal: z.boolean() })),
  })
  .meta({ id: 'LeadDetail' });
export type LeadDetail = z.infer<typeof leadDetailSchema>;

export const stageChangeSchema = z
  .object({ stage: z.enum(INTENT_STAGES), reason: z.enum(CLOSE_REASONS).optional(), version: z.number().int().min(1) })
  .strict()
  .refine((v) => v.stage !== 'closed' || v.reason !== undefined, { path: ['reason'], message: 'required' })
  .meta({ id: 'StageChangeRequest' });
export type StageChange = z.infer<typeof stageChangeSchema>;

export const reassignSchema = z
  .object({ conciergeId: z.number().int().min(1), reason: z.string().trim().min(1).max(200), version: z.number().int().min(1) })
  .strict()
  .meta({ id: 'ReassignRequest' });

export const noteRequestSchema = z.object({ body: z.string().trim().min(1).max(2000) }).strict().meta({ id: 'NoteRequest' });

export const mergeRequestSchema = z.object({ duplicateId: z.number().int().min(1) }).strict().meta({ id: 'MergeRequest' });

export const leadExportQuerySchema = leadQuerySchema.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const revealedPhoneSchema = z.object({ phone: z.string(), email: z.string().nullable() }).meta({ id: 'RevealedContact' });

export const assignmentRuleSchema = z
  .object({
    /** null: any industry */
    industry: z.string().max(32).nullable(),
    /** null: any language */
    language: z.enum(LANGUAGES).nullable(),
    conciergeIds: z.array(z.number().int().min(1)).min(1).max(50),
  })
  .strict()
  .meta({ id: 'AssignmentRule' });
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;
export const assignmentRulesSchema = z.object({ rules: z.array(assignmentRuleSchema).max(200) }).strict().meta({ id: 'AssignmentRules' });

export const staffNotificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(['lead.new', 'lead.overdue', 'lead.message', 'lead.assigned']),
    intentId: z.number().int(),
    companyName: z.string(),
    at: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'StaffNotification' });
export const staffNotificationListSchema = z
  .object({ items: z.array(staffNotificationSchema), unread: z.number().int() })
  .meta({ id: 'StaffNotificationList' });

export const readNotificationsSchema = z
  .object({ ids: z.array(z.number().int().min(1)).max(500).optional() })
  .strict()
  .meta({ id: 'ReadNotificationsRequest' });

export const conciergeOptionSchema = z
  .object({ id: z.number().int(), name: z.string(), languages: z.array(z.enum(LANGUAGES)), industries: z.array(z.string()), active: z.boolean(), staffUserId: z.number().int().nullable() })
  .meta({ id: 'ConciergeOption' });
export const conciergeOptionListSchema = z.object({ items: z.array(conciergeOptionSchema) }).meta({ id: 'ConciergeOptionList' });
