/**
 * The investment intent's plain rules and names, without schemas: what the mini-program needs at
 * launch (stages, the notice version, idempotency keys, masks) stays free of the validation
 * library, which only the form's subpackage and the server load (see intents.ts).
 */

/** Version of the privacy notice an investor must agree to before giving personal data. */
export const PRIVACY_NOTICE_VERSION = '2026-11-01';

export const INTENT_STAGES = ['new', 'contacted', 'negotiating', 'site_visit', 'signed', 'landed', 'closed'] as const;
export type IntentStage = (typeof INTENT_STAGES)[number];
/** The pipeline in order; `closed` (with a reason) can follow any of them. */
export const PIPELINE_STAGES = INTENT_STAGES.filter((s) => s !== 'closed');
/** No reply is due once a lead is here. */
export const FINAL_STAGES: readonly IntentStage[] = ['landed', 'closed'];
export const CLOSE_REASONS = ['not_a_fit', 'chose_elsewhere', 'no_response', 'duplicate', 'withdrawn', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const INTENT_TIMELINES = ['within_6_months', '6_to_12_months', '1_to_2_years', 'exploring'] as const;
export const INTENT_SOURCES = ['weapp', 'h5'] as const;
export type IntentSource = (typeof INTENT_SOURCES)[number];

/** Phone in E.164 (`+8613812345678`); mainland China numbers must be 11-digit mobiles or landlines. */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified Social Credit Code (GB 32100-2015): 18 characters, the last a check character. */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** The steps of the mini-program's form, each validated by its part of the schema. */
export const INTENT_FORM_STEPS = ['company', 'contact', 'project', 'message', 'consent'] as const;

export const IDEMPOTENCY_KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const INTENT_EVENT_KINDS = ['submitted', 'assigned', 'reassigned', 'stage', 'message', 'note', 'merged', 'escalated', 'phone_revealed'] as const;
export type IntentEventKind = (typeof INTENT_EVENT_KINDS)[number];

/** `li.wei@example.com` → `l***@example.com` */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** `+8613812345678` → `+86 138****5678`: enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  const m = /^(\+(?:86|81|1|\d{2,3}))(\d+)$/.exec(phone);
  if (!m) return '****';
  const [, cc, rest = ''] = m;
  if (rest.length <= 4) return `${cc} ****`;
  const keep = Math.min(3, rest.length - 4);
  return `${cc} ${rest.slice(0, keep)}${'*'.repeat(rest.length - keep - 4)}${rest.slice(-4)}`;
}
