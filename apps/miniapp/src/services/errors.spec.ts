import { ApiError } from '@zhaoshang/api-client'
import { createI18n } from '../i18n'
import { fieldErrorMessage, formErrors, toUserError } from './errors'

const t = createI18n('en').t
const apiError = (status: number, code: ApiError['code'], message = 'from server', details: ApiError['details'] = []) =>
  new ApiError(status, { code, message, details })

describe('toUserError', () => {
  it('uses the message for the error code in the current language', () => {
    expect(toUserError(apiError(404, 'NOT_FOUND'), t)).toEqual({ code: 'NOT_FOUND', message: 'The requested item was not found.', retryable: false })
    expect(toUserError(apiError(0, 'NETWORK'), createI18n('ja').t).message).toBe('ネットワークに接続できません。接続を確認してもう一度お試しください。')
  })

  it('treats an answer that is not from the API as the service being unavailable', () => {
    expect(toUserError(apiError(502, 'BAD_RESPONSE'), t)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true })
    expect(toUserError(apiError(418, 'BAD_RESPONSE'), t)).toMatchObject({ code: 'INTERNAL_ERROR' })
  })

  it('treats anything else as an internal error', () => {
    expect(toUserError(new TypeError('x is undefined'), t)).toMatchObject({ code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. Please try again later.' })
  })

  it('says how long to wait when rate limited, or keeps the server message when it does not say', () => {
    const withWait = apiError(429, 'RATE_LIMITED', 'x', [{ field: '', code: 'too_big', message: '', params: { retryAfter: 30 } }])
    expect(toUserError(withWait, t).message).toBe('Too many attempts. Please try again in 30 seconds.')
    expect(toUserError(apiError(429, 'RATE_LIMITED', '请稍后再试'), t).message).toBe('请稍后再试')
  })
})

describe('fieldErrorMessage', () => {
  it('phrases a field error from its code and limits', () => {
    expect(fieldErrorMessage({ field: 'contact.name', code: 'too_long', message: '', params: { max: 50 } }, t)).toBe('Enter at most 50 characters.')
  })
})

describe('formErrors', () => {
  it('keeps the first message per top-level field, from device checks or server details alike', () => {
    const errors = formErrors(
      [
        { field: 'rndStaffPercent', code: 'too_big', params: { max: 100 } },
        { field: 'talentCategories.0', code: 'invalid_value' },
        { field: 'rndStaffPercent', code: 'invalid_type' },
      ],
      t,
    )
    expect(errors).toEqual({
      message: 'Some of the information is not valid. Please check the marked fields.',
      fields: { rndStaffPercent: 'Must be at most 100.', talentCategories: 'This value is not allowed.' },
    })
  })
})
