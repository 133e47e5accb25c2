import { enterpriseProfileSchema, INTENT_FORM_STEPS, INTENT_TIMELINES, isLanguage, type EnterpriseProfile, type Language } from '@zhaoshang/contracts'
import { emptyIntentForm, type IntentForm, type IntentFormStep, type IntentTimeline } from './intent-form'
import { changeDraft, draftPolicyIds, isObject, storedDraft, type StoredDraft } from './stored-drafts'

export { addPolicyToDraft, clearIntentDraft, INTENT_DRAFT_KEY } from './stored-drafts'

/**
 * The investment intent the investor is preparing, kept on the device at every change until the
 * server has confirmed it (then `clearIntentDraft`). The policy pages add policies and the
 * matching profile to the same object; the form adds everything else and the step it was on.
 */
export type IntentDraft = {
  /** policies the investor asked about, most recent first */
  policyIds: number[]
  /** the matching profile, when the investor chose to attach it */
  profile?: EnterpriseProfile
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)
const object = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {})

function parseDraft(stored: StoredDraft): IntentDraft {
  const policyIds = draftPolicyIds(stored)
  const profile = stored.profile === undefined ? undefined : enterpriseProfileSchema.safeParse(stored.profile)
  return profile?.success ? { policyIds, profile: profile.data } : { policyIds }
}


export function readIntentDraft(): IntentDraft {
  return parseDraft(storedDraft())
}

/** Attaches the profile to the draft, or takes it out again with undefined. */
export function setDraftProfile(profile: EnterpriseProfile | undefined): IntentDraft {
  return parseDraft(changeDraft(({ profile: _previous, ...rest }) => (profile ? { ...rest, profile } : rest)))
}

/** The form as it was left, on the step it was left on; whatever cannot be read starts empty. */
export function readIntentForm(language: Language): { form: IntentForm; step: IntentFormStep } {
  const stored = storedDraft()
  const empty = emptyIntentForm(language)
  const { policyIds, profile } = parseDraft(stored)
  const company = object(stored.company)
  const contact = object(stored.contact)
  const project = object(stored.project)
  const timeline = INTENT_TIMELINES.find((t): t is IntentTimeline => t === project.timeline)
  const form: IntentForm = {
    company: { name: text(company.name), uscc: text(company.uscc), country: text(company.country), type: optionalText(company.type) },
    contact: {
      name: text(contact.name),
      callingCode: text(contact.callingCode),
      phone: text(contact.phone),
      email: text(contact.email),
      language: isLanguage(contact.language) ? contact.language : empty.contact.language,
    },
    project: {
      industries: Array.isArray(project.industries) ? project.industries.filter((c): c is string => typeof c === 'string') : [],
      amountRange: optionalText(project.amountRange),
      spaceKind: optionalText(project.spaceKind),
      spaceSize: text(project.spaceSize),
      timeline,
    },
    message: text(stored.message),
    policyIds,
    areaCode: optionalText(stored.areaCode),
    profile,
  }
  const step = INTENT_FORM_STEPS.find((s) => s === stored.step) ?? 'company'
  return { form, step }
}

/** Keeps the whole form and its step; called at every change. */
export function saveIntentForm(form: IntentForm, step: IntentFormStep): void {
  const { profile, areaCode, ...fields } = form
  // fields the form does not own are kept; an unset profile or area is left out, not stored as undefined
  changeDraft(({ profile: _profile, areaCode: _areaCode, ...others }) => ({
    ...others,
    ...fields,
    step,
    ...(profile ? { profile } : {}),
    ...(areaCode ? { areaCode } : {}),
  }))
}
