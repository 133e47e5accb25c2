import { ApiError } from '@zhaoshang/api-client'
import { ERROR_CODES, type ErrorCode, type FieldError } from '@zhaoshang/contracts'
import type { TFunction } from '../i18n'

/** Codes that have a message in the `errors` namespace. */
export type MessageCode = ErrorCode | 'NETWORK'

const KNOWN: readonly string[] = [...ERROR_CODES, 'NETWORK']
const isMessageCode = (code: string): code is MessageCode => KNOWN.includes(code)

export type UserError = {
  code: MessageCode
  /** what the user reads, in the current language */
  message: string
  /** true when trying again may help (network, overload, server trouble) */
  retryable: boolean
}

const RETRYABLE = new Set<MessageCode>(['NETWORK', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_ERROR'])

/**
 * The one place the mini-program turns an error into what the user sees: a stable code,
 * looked up in the `errors` namespace so it follows the language the user has now.
 */
export function toUserError(error: unknown, t: TFunction): UserError {
  const code = messageCode(error)
  const params: Record<string, string | number> = {}
  if (code === 'RATE_LIMITED' && error instanceof ApiError) {
    const retryAfter = error.details.find((d) => d.params?.retryAfter !== undefined)?.params?.retryAfter
    // Without the wait time, the server's own message (already in the user's language) is more useful.
    if (retryAfter === undefined) return { code, message: error.message, retryable: true }
    params.retryAfter = retryAfter
  }
  return { code, message: t(`errors:${code}`, params), retryable: RETRYABLE.has(code) }
}

function messageCode(error: unknown): MessageCode {
  if (!(error instanceof ApiError)) return 'INTERNAL_ERROR'
  if (isMessageCode(error.code)) return error.code
  // BAD_RESPONSE: something answered that is not our API (a proxy's error page, a captive portal).
  return error.status >= 500 || error.status === 0 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR'
}

/** Per-field message for forms (VALIDATION_FAILED details), phrased from the code and its limits. */
export function fieldErrorMessage(detail: Pick<FieldError, 'code' | 'params'> & Partial<FieldError>, t: TFunction): string {
  return t(`errors:field.${detail.code}`, detail.params ?? {})
}

export type FormErrors = {
  /** what the form says above the fields */
  message: string
  /** first message per top-level field (`talentCategories.0` counts as `talentCategories`) */
  fields: Record<string, string>
}

/**
 * A form's errors, from the shared schema run on the device (`toFieldIssues`) or from a
 * VALIDATION_FAILED answer: both carry the same field codes, so both read the same.
 */
export function formErrors(details: readonly Pick<FieldError, 'field' | 'code' | 'params'>[], t: TFunction): FormErrors {
  const fields: Record<string, string> = {}
  for (const detail of details) {
    const field = detail.field.split('.')[0] ?? detail.field
    fields[field] ??= fieldErrorMessage(detail, t)
  }
  return { message: t('errors:VALIDATION_FAILED'), fields }
}

/**
 * A multi-part form's errors: one message per dotted field path (`contact.phone`, list positions
 * dropped: `project.industries.0` counts as `project.industries`), the first per field.
 */
export function formErrorsByPath(details: readonly Pick<FieldError, 'field' | 'code' | 'params'>[], t: TFunction): FormErrors {
  const fields: Record<string, string> = {}
  for (const detail of details) {
    const path = detail.field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .join('.')
    fields[path] ??= fieldErrorMessage(detail, t)
  }
  return { message: t('errors:VALIDATION_FAILED'), fields }
}

/** The message for a field or anything inside it (`profile` shows `profile.industry`). */
export function errorFor(errors: FormErrors | undefined, field: string): string | undefined {
  if (!errors) return undefined
  return errors.fields[field] ?? Object.entries(errors.fields).find(([path]) => path.startsWith(`${field}.`))?.[1]
}

/** The field errors inside an error, when it is a VALIDATION_FAILED answer; else undefined. */
export function validationDetails(error: unknown): FieldError[] | undefined {
  return error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? error.details : undefined
}
