import { enterpriseProfileSchema, toFieldIssues, type EnterpriseProfile, type EnterpriseSize, type FieldIssue, type TalentCategory } from '@zhaoshang/contracts'

export type HighTechAnswer = 'yes' | 'no' | 'unsure'

/** The questionnaire as the investor fills it: numbers as typed, choices as codes. */
export type ProfileForm = {
  industry?: string
  enterpriseType?: string
  size?: EnterpriseSize
  companyAgeYears: string
  highTech: HighTechAnswer
  rndStaffPercent: string
  rndSpendingPercent: string
  talentCategories: TalentCategory[]
  investmentAmount: string
  spaceKind?: string
}

export const EMPTY_FORM: ProfileForm = {
  companyAgeYears: '',
  highTech: 'unsure',
  rndStaffPercent: '',
  rndSpendingPercent: '',
  talentCategories: [],
  investmentAmount: '',
}

export const NUMBER_FIELDS = ['companyAgeYears', 'rndStaffPercent', 'rndSpendingPercent', 'investmentAmount'] as const

/** Full-width digits and separators, as a Japanese or Chinese keyboard may type them. */
function asciiNumber(text: string): string {
  return text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '')
}

/** Empty means "not answered"; anything else is a number or NaN (which the schema refuses). */
function parseNumber(text: string): number | undefined {
  const value = asciiNumber(text)
  return value === '' ? undefined : Number(value)
}

export function formFromProfile(profile: EnterpriseProfile | undefined): ProfileForm {
  if (!profile) return EMPTY_FORM
  const text = (value: number | undefined) => (value === undefined ? '' : String(value))
  return {
    industry: profile.industry,
    enterpriseType: profile.enterpriseType,
    size: profile.size,
    companyAgeYears: text(profile.companyAgeYears),
    highTech: profile.highTech === undefined ? 'unsure' : profile.highTech ? 'yes' : 'no',
    rndStaffPercent: text(profile.rndStaffPercent),
    rndSpendingPercent: text(profile.rndSpendingPercent),
    talentCategories: profile.talentCategories ?? [],
    investmentAmount: text(profile.investmentAmount),
    spaceKind: profile.spaceKind,
  }
}

/** What would be sent: unanswered questions are left out (the server then says "to confirm"). */
export function profileCandidate(form: ProfileForm): Record<string, unknown> {
  const candidate: Record<string, unknown> = {
    industry: form.industry,
    enterpriseType: form.enterpriseType,
    size: form.size,
    companyAgeYears: parseNumber(form.companyAgeYears),
    highTech: form.highTech === 'unsure' ? undefined : form.highTech === 'yes',
    rndStaffPercent: parseNumber(form.rndStaffPercent),
    rndSpendingPercent: parseNumber(form.rndSpendingPercent),
    talentCategories: form.talentCategories.length ? form.talentCategories : undefined,
    investmentAmount: parseNumber(form.investmentAmount),
    spaceKind: form.spaceKind,
  }
  // the schema is strict about keys: an undefined one is still a key to some serializers
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key]
  return candidate
}

/** The same rules the server applies (the shared schema), run on the device before sending. */
export function validateProfile(form: ProfileForm): { ok: true; profile: EnterpriseProfile } | { ok: false; issues: FieldIssue[] } {
  const result = enterpriseProfileSchema.safeParse(profileCandidate(form), { reportInput: true })
  return result.success ? { ok: true, profile: result.data } : { ok: false, issues: toFieldIssues(result.error) }
}
