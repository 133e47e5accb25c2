import {
  INTENT_FORM_STEPS,
  INTENT_TIMELINES,
  intentRequestSchema,
  toFieldIssues,
  type EnterpriseProfile,
  type FieldIssue,
  type IntentRequest,
  type Language,
} from '@zhaoshang/contracts'

export type IntentFormStep = (typeof INTENT_FORM_STEPS)[number]
export type IntentTimeline = (typeof INTENT_TIMELINES)[number]

/**
 * The intent form as the investor fills it: text as typed (so a half-typed phone number or size
 * comes back exactly as left), choices as codes. `toIntentRequest` turns it into the API's shape.
 */
export type IntentForm = {
  company: { name: string; uscc: string; country: string; type?: string }
  /** phone: the number as typed; with callingCode it becomes E.164 */
  contact: { name: string; callingCode: string; phone: string; email: string; language?: Language }
  project: { industries: string[]; amountRange?: string; spaceKind?: string; spaceSize: string; timeline?: IntentTimeline }
  message: string
  policyIds: number[]
  areaCode?: string
  profile?: EnterpriseProfile
}

/** Countries and regions offered as one-tap choices; any other ISO 3166 code can be typed. */
export const COUNTRIES = ['CN', 'HK', 'MO', 'TW', 'JP', 'KR', 'SG', 'US', 'CA', 'DE', 'GB', 'FR', 'NL', 'CH', 'AU'] as const

/** International calling codes of the countries above (US and CA share +1). */
export const CALLING_CODES: Record<(typeof COUNTRIES)[number], string> = {
  CN: '86',
  HK: '852',
  MO: '853',
  TW: '886',
  JP: '81',
  KR: '82',
  SG: '65',
  US: '1',
  CA: '1',
  DE: '49',
  GB: '44',
  FR: '33',
  NL: '31',
  CH: '41',
  AU: '61',
}
export const CALLING_CODE_CHOICES: readonly string[] = [...new Set(Object.values(CALLING_CODES))]

export function callingCodeOf(country: string): string | undefined {
  return (CALLING_CODES as Record<string, string | undefined>)[country.toUpperCase()]
}

export function emptyIntentForm(language: Language): IntentForm {
  return {
    company: { name: '', uscc: '', country: '' },
    contact: { name: '', callingCode: '', phone: '', email: '', language },
    project: { industries: [], spaceSize: '' },
    message: '',
    policyIds: [],
  }
}

/** Full-width digits and symbols, as a Chinese or Japanese keyboard may type them. */
function ascii(text: string): string {
  return text.replace(/[０-９＋．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/**
 * The number as the API wants it (E.164). A number typed with `+` or `00` keeps its own country
 * code; else the chosen calling code goes in front, without the trunk `0` (Japan `090…` → `+8190…`,
 * a Suzhou landline `0512…` → `+86512…`). With no code at all the number is left as typed, so the
 * shared schema refuses it with the "country code" message.
 */
export function toE164(callingCode: string, typed: string): string {
  const number = ascii(typed).replace(/[\s\-().（）]/g, '')
  if (number === '' || number.startsWith('+')) return number
  if (number.startsWith('00')) return `+${number.slice(2)}`
  if (callingCode === '') return number
  return `+${callingCode}${number.replace(/^0/, '')}`
}

/** Empty means "not given"; anything else is a number, or NaN which the schema refuses. */
function optionalNumber(text: string): number | undefined {
  const value = ascii(text).trim().replace(/[,，]/g, '')
  return value === '' ? undefined : Number(value)
}

const optionalText = (text: string) => (text.trim() === '' ? undefined : text)

/** Leaves out keys without a value: the schema's objects are strict about keys. */
function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key]
  return value
}

/** What would be sent, before validation. */
export function intentCandidate(form: IntentForm, consentVersion: string | undefined) {
  return compact({
    company: compact({ name: form.company.name, uscc: optionalText(form.company.uscc), country: form.company.country, type: form.company.type }),
    contact: compact({ name: form.contact.name, phone: toE164(form.contact.callingCode, form.contact.phone), email: optionalText(form.contact.email), language: form.contact.language }),
    project: compact({
      industries: form.project.industries,
      amountRange: form.project.amountRange,
      spaceKind: form.project.spaceKind,
      spaceSize: optionalNumber(form.project.spaceSize),
      timeline: form.project.timeline,
    }),
    message: optionalText(form.message),
    policyIds: form.policyIds.length ? form.policyIds : undefined,
    areaCode: form.areaCode,
    profile: form.profile,
    consentVersion,
  })
}

/** The step that shows a field, so an error (from the device or the server) can be shown where it is. */
export function stepOfField(field: string): IntentFormStep {
  const head = field.split('.')[0]
  if (head === 'company' || head === 'contact' || head === 'project') return head
  if (head === 'message' || head === 'policyIds' || head === 'areaCode' || head === 'profile') return 'message'
  return 'consent'
}

const messagePart = intentRequestSchema.pick({ message: true, policyIds: true, areaCode: true, profile: true })

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), value)
}

/**
 * Whatever is left blank reads "required": the schema says "not allowed" for an unchosen option
 * (enum), "bad format" for an empty country and "add a country code" for an empty phone.
 */
function phrase(issues: FieldIssue[], form: IntentForm): FieldIssue[] {
  const typed = { ...form, contact: { ...form.contact, phone: form.contact.phone.trim() } }
  return issues.map((issue) => {
    const value = valueAt(typed, issue.field)
    return value === undefined || value === '' ? { field: issue.field, code: 'required' } : issue
  })
}

/** The step's part of the shared schema, run on the device: the same codes the server would send. */
export function validateStep(form: IntentForm, step: IntentFormStep, consentVersion?: string): FieldIssue[] {
  const candidate = intentCandidate(form, consentVersion)
  const parsed =
    step === 'company' || step === 'contact' || step === 'project'
      ? intentRequestSchema.shape[step].safeParse(candidate[step], { reportInput: true })
      : step === 'message'
        ? messagePart.safeParse(compact({ message: candidate.message, policyIds: candidate.policyIds, areaCode: candidate.areaCode, profile: candidate.profile }), { reportInput: true })
        : intentRequestSchema.safeParse(candidate, { reportInput: true })
  if (parsed.success) return []
  return phrase(toFieldIssues(parsed.error, step === 'company' || step === 'contact' || step === 'project' ? step : undefined), form)
}

/** The whole request, ready to send, or every issue in it. */
export function toIntentRequest(form: IntentForm, consentVersion: string | undefined): { ok: true; request: IntentRequest } | { ok: false; issues: FieldIssue[] } {
  const parsed = intentRequestSchema.safeParse(intentCandidate(form, consentVersion), { reportInput: true })
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, issues: phrase(toFieldIssues(parsed.error), form) }
}
