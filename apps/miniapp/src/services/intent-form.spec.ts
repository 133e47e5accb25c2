import { buildIntentForm, buildIntentRequest } from '../../test/intent-builders'
import { createI18n } from '../i18n'
import { formErrorsByPath } from './errors'
import { emptyIntentForm, stepOfField, toE164, toIntentRequest, validateStep } from './intent-form'

const messages = (language: 'en' | 'ja', issues: ReturnType<typeof validateStep>) => formErrorsByPath(issues, createI18n(language).t).fields

describe('intent form steps, validated with the shared schema', () => {
  it('refuses a USCC whose check character is wrong, in the investor\'s language', () => {
    const form = buildIntentForm()
    form.company.uscc = '91320507MA1MXXXX0A'
    expect(messages('ja', validateStep(form, 'company'))).toEqual({ 'company.uscc': '統一社会信用コード（18桁）が正しくありません。' })
    expect(messages('en', validateStep(form, 'company'))).toEqual({ 'company.uscc': 'This is not a valid 18-character Unified Social Credit Code (USCC).' })
    // a valid code (check character computed per GB 32100-2015) passes, in lower case too
    form.company.uscc = '91350100m000100y43'
    expect(validateStep(form, 'company')).toEqual([])
  })

  it('asks for the country code when a phone number has none', () => {
    const form = buildIntentForm()
    form.contact.callingCode = ''
    form.contact.phone = '13812345678'
    expect(messages('en', validateStep(form, 'contact'))).toEqual({ 'contact.phone': 'Enter a phone number with its country code, e.g. +86 138 1234 5678.' })
    expect(messages('ja', validateStep(form, 'contact'))).toEqual({ 'contact.phone': '国番号付きの電話番号を入力してください（例：+81 90 1234 5678）。' })
    form.contact.phone = '+86 138 1234 5678'
    expect(validateStep(form, 'contact')).toEqual([])
  })

  it('says "required" for what is missing on a step, and only for that step', () => {
    const form = emptyIntentForm('en')
    expect(messages('en', validateStep(form, 'company'))).toEqual({
      'company.name': 'This field is required.',
      'company.country': 'This field is required.',
      'company.type': 'This field is required.',
    })
    expect(Object.keys(messages('en', validateStep(form, 'contact')))).toEqual(['contact.name', 'contact.phone'])
    expect(messages('en', validateStep(form, 'contact'))['contact.phone']).toBe('This field is required.')
    expect(messages('ja', validateStep(form, 'project'))).toEqual({
      'project.industries': '必須項目です。',
      'project.amountRange': '必須項目です。',
      'project.spaceKind': '必須項目です。',
      'project.timeline': '必須項目です。',
    })
    expect(validateStep(form, 'message')).toEqual([])
  })

  it('refuses a bad email and a size that is not a whole number of square metres', () => {
    const form = buildIntentForm()
    form.contact.email = 'hana@'
    form.project.spaceSize = '12.5'
    expect(messages('en', validateStep(form, 'contact'))).toEqual({ 'contact.email': 'Enter a valid email address.' })
    expect(Object.keys(messages('en', validateStep(form, 'project')))).toEqual(['project.spaceSize'])
  })

  it('builds the request the API takes: E.164 phone, numbers, nothing empty', () => {
    const result = toIntentRequest(buildIntentForm(), '2026-11-01')
    expect(result).toEqual({ ok: true, request: buildIntentRequest({ consentVersion: '2026-11-01' }) })
    expect(result.ok && result.request.contact.phone).toBe('+819012345678')
    expect(toIntentRequest(buildIntentForm(), undefined)).toMatchObject({ ok: false, issues: [{ field: 'consentVersion', code: 'required' }] })
  })
})

describe('toE164', () => {
  it('puts the calling code in front without the trunk 0, and keeps a number typed with + or 00', () => {
    expect(toE164('81', '090-1234-5678')).toBe('+819012345678')
    expect(toE164('86', '0512 6555 0123')).toBe('+8651265550123')
    expect(toE164('86', '１３８１２３４５６７８')).toBe('+8613812345678')
    expect(toE164('86', '+49 30 1234567')).toBe('+49301234567')
    expect(toE164('', '0049 30 1234567')).toBe('+49301234567')
    expect(toE164('', '13812345678')).toBe('13812345678')
  })
})

describe('stepOfField', () => {
  it('finds the step that shows a server field error', () => {
    expect(stepOfField('company.uscc')).toBe('company')
    expect(stepOfField('project.industries.1')).toBe('project')
    expect(stepOfField('profile.industry')).toBe('message')
    expect(stepOfField('consentVersion')).toBe('consent')
  })
})
