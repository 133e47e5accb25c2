import { EMPTY_FORM, formFromProfile, profileCandidate, validateProfile, type ProfileForm } from './profile-form'

const form = (change: Partial<ProfileForm>): ProfileForm => ({ ...EMPTY_FORM, ...change })

describe('profile form', () => {
  it('leaves unanswered questions out of the profile', () => {
    expect(profileCandidate(EMPTY_FORM)).toEqual({})
    expect(validateProfile(EMPTY_FORM)).toEqual({ ok: true, profile: {} })
  })

  it('reads numbers as typed, full-width digits included', () => {
    const result = validateProfile(form({ companyAgeYears: '３', rndStaffPercent: ' 12.5 ', investmentAmount: '20,000', highTech: 'no' }))
    expect(result).toEqual({ ok: true, profile: { companyAgeYears: 3, rndStaffPercent: 12.5, investmentAmount: 20000, highTech: false } })
  })

  it('reports out-of-range and non-numeric answers with the shared field codes', () => {
    const result = validateProfile(form({ rndStaffPercent: '150', companyAgeYears: 'abc' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { field: 'rndStaffPercent', code: 'too_big', params: { max: 100 } },
        { field: 'companyAgeYears', code: 'invalid_type' },
      ]),
    )
  })

  it('round-trips a saved profile', () => {
    const profile = { industry: 'biomedicine', enterpriseType: 'foreign_invested', size: 'small' as const, highTech: true, talentCategories: ['high_skill' as const], rndSpendingPercent: 6 }
    const result = validateProfile(formFromProfile(profile))
    expect(result).toEqual({ ok: true, profile })
  })
})
