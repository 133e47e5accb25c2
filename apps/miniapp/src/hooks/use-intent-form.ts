import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { INTENT_FORM_STEPS, type FieldIssue, type IntentRequest, type Language } from '@zhaoshang/contracts'
import { useTranslation } from '../i18n'
import { formErrorsByPath, type FormErrors } from '../services/errors'
import { addPolicyToDraft, readIntentForm, saveIntentForm } from '../services/intent-draft'
import { stepOfField, toIntentRequest, validateStep, type IntentForm, type IntentFormStep } from '../services/intent-form'

function scrollTo(options: Taro.pageScrollTo.Option): void {
  try {
    const pending: unknown = Taro.pageScrollTo(options)
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // no page to scroll (tests, a page being left)
  }
}

/** Where the first error is: the field (`#intent-field-contact-phone`). */
export const fieldAnchor = (field: string) => `intent-field-${field.replace(/\./g, '-')}`

/**
 * The intent form: restored from the device draft on opening, saved at every change and step,
 * validated step by step with the shared schema so messages match the server's.
 */
export function useIntentForm({ language, policyId }: { language: Language; policyId?: number }) {
  const { t } = useTranslation()
  const [{ form, step }, setState] = useState(() => {
    // opened about a policy (from its page or a link): it joins the draft first, once
    if (policyId !== undefined) addPolicyToDraft(policyId)
    return readIntentForm(language)
  })
  const [errors, setErrors] = useState<FormErrors | undefined>()

  const save = (next: { form: IntentForm; step: IntentFormStep }) => {
    saveIntentForm(next.form, next.step)
    setState(next)
  }

  const update = useCallback(
    (change: (form: IntentForm) => IntentForm) => {
      setState((current) => {
        const next = { ...current, form: change(current.form) }
        saveIntentForm(next.form, next.step)
        return next
      })
    },
    [],
  )

  /** Shows issues (from the device or the server) on their fields, on the step of the first one. */
  const showIssues = useCallback(
    (issues: readonly Pick<FieldIssue, 'field' | 'code' | 'params'>[]) => {
      const found = formErrorsByPath(issues, t)
      setErrors(found)
      const first = issues[0]
      if (!first) return
      setState((current) => {
        const next = { ...current, step: stepOfField(first.field) }
        saveIntentForm(next.form, next.step)
        return next
      })
      scrollTo({ selector: `#${fieldAnchor(first.field.split('.').filter((p) => !/^\d+$/.test(p)).join('.'))}`, duration: 300 })
    },
    [t],
  )

  const goTo = (target: IntentFormStep) => {
    setErrors(undefined)
    save({ form, step: target })
    scrollTo({ scrollTop: 0, duration: 0 })
  }

  /** The next step, once this one is valid. */
  const next = () => {
    const issues = validateStep(form, step)
    if (issues.length) return showIssues(issues)
    const index = INTENT_FORM_STEPS.indexOf(step)
    goTo(INTENT_FORM_STEPS[Math.min(index + 1, INTENT_FORM_STEPS.length - 1)] ?? step)
  }

  const back = () => {
    const index = INTENT_FORM_STEPS.indexOf(step)
    if (index > 0) goTo(INTENT_FORM_STEPS[index - 1] ?? step)
  }

  /** The whole request, or undefined after showing what to correct. */
  const complete = (consentVersion: string | undefined): IntentRequest | undefined => {
    const result = toIntentRequest(form, consentVersion)
    if (result.ok) {
      setErrors(undefined)
      return result.request
    }
    showIssues(result.issues)
    return undefined
  }

  return { form, step, errors, update, next, back, goTo, complete, showIssues, setErrors }
}
