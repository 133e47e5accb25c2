import { useState, type ReactNode } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { INTENT_FORM_STEPS, INTENT_TIMELINES, LANGUAGES, type EnterpriseProfile, type MetaResponse } from '@zhaoshang/contracts'
import { ChoiceChips, type Choice } from '../../components/choice-chips'
import { Toggle } from '../../components/toggle'
import { fieldAnchor } from '../../hooks/use-intent-form'
import { errorFor, type FormErrors } from '../../services/errors'
import { CALLING_CODE_CHOICES, callingCodeOf, COUNTRIES, toE164, type IntentForm, type IntentFormStep } from '../../services/intent-form'
import { useIntentFormTexts } from './use-intent-form-texts'

type StepProps = {
  form: IntentForm
  meta: MetaResponse
  errors: FormErrors | undefined
  update: (change: (form: IntentForm) => IntentForm) => void
}

const OTHER = 'other'
const choices = (items: readonly { code: string; name: string }[]): Choice[] => items.map((i) => ({ value: i.code, label: i.name }))
/** Tapping the chosen chip again takes the answer back. */
const toggleOne = (current: string | undefined, value: string) => (current === value ? undefined : value)

/** Which steps are done, current and still to come; done steps can be opened again. */
export function StepProgress({ step, onOpen }: { step: IntentFormStep; onOpen: (step: IntentFormStep) => void }) {
  const { t } = useIntentFormTexts()
  const current = INTENT_FORM_STEPS.indexOf(step)
  return (
    <View className='intent-progress' data-testid='intent-progress'>
      {INTENT_FORM_STEPS.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo'
        return (
          <View
            key={s}
            className={`intent-progress__item intent-progress__item--${state}`}
            data-testid={`intent-progress-${s}`}
            data-state={state}
            onClick={() => {
              if (state === 'done') onOpen(s)
            }}
          >
            <Text className='intent-progress__number'>{index + 1}</Text>
            <Text className='intent-progress__label'>{t(`intent.step.${s}`)}</Text>
          </View>
        )
      })}
    </View>
  )
}

type FieldProps = { name: string; label: string; hint?: string; optional?: boolean; errors: FormErrors | undefined; children: ReactNode }

export function Field({ name, label, hint, optional = false, errors, children }: FieldProps) {
  const { t } = useIntentFormTexts()
  const error = errorFor(errors, name)
  return (
    <View id={fieldAnchor(name)} className={`intent-form__field${error ? ' intent-form__field--invalid' : ''}`} data-field={name}>
      <Text className='intent-form__label'>
        {label}
        {optional && <Text className='intent-form__optional'>{` ${t('intent.optional')}`}</Text>}
      </Text>
      {hint && <Text className='intent-form__hint'>{hint}</Text>}
      {children}
      {error && (
        <Text className='intent-form__error' data-error-for={name}>
          {error}
        </Text>
      )}
    </View>
  )
}

type TextFieldProps = { id: string; value: string; onChange: (value: string) => void; maxlength: number; type?: 'text' | 'digit'; placeholder?: string }

function TextField({ id, value, onChange, maxlength, type = 'text', placeholder }: TextFieldProps) {
  return (
    <Input
      id={id}
      data-testid={id}
      className='intent-form__input'
      type={type}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      placeholderClass='intent-form__placeholder'
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}

export function CompanyStep({ form, meta, errors, update }: StepProps) {
  const { t } = useIntentFormTexts()
  const { country } = form.company
  const listed = (COUNTRIES as readonly string[]).includes(country)
  const [otherOpen, setOtherOpen] = useState(country !== '' && !listed)
  const setCompany = (change: Partial<IntentForm['company']>) => update((f) => ({ ...f, company: { ...f.company, ...change } }))
  const chooseCountry = (value: string) => {
    if (value === OTHER) {
      setOtherOpen(true)
      return setCompany({ country: listed ? '' : country })
    }
    setOtherOpen(false)
    const next = country === value ? '' : value
    // the phone's country code follows, unless the investor chose one already
    update((f) => ({
      ...f,
      company: { ...f.company, country: next },
      contact: f.contact.callingCode === '' ? { ...f.contact, callingCode: callingCodeOf(next) ?? '' } : f.contact,
    }))
  }
  return (
    <View className='intent-step' data-testid='intent-step-company'>
      <Field name='company.name' label={t('intent.company.name')} errors={errors}>
        <TextField id='intent-company-name' value={form.company.name} maxlength={120} onChange={(name) => setCompany({ name })} />
      </Field>
      <Field name='company.uscc' label={t('intent.company.uscc')} hint={t('intent.company.uscc.hint')} optional errors={errors}>
        <TextField id='intent-company-uscc' value={form.company.uscc} maxlength={18} placeholder='91320507MA1XXXXXXX' onChange={(uscc) => setCompany({ uscc: uscc.toUpperCase() })} />
      </Field>
      <Field name='company.country' label={t('intent.company.country')} errors={errors}>
        <ChoiceChips
          name='country'
          options={[...COUNTRIES.map((code) => ({ value: code, label: t(`intent.country.${code}`) })), { value: OTHER, label: t('intent.country.other') }]}
          selected={otherOpen ? [OTHER] : [country]}
          onToggle={chooseCountry}
        />
        {otherOpen && (
          <TextField
            id='intent-company-country-other'
            value={country}
            maxlength={2}
            placeholder={t('intent.company.country.otherPlaceholder')}
            onChange={(code) => setCompany({ country: code.toUpperCase() })}
          />
        )}
      </Field>
      <Field name='company.type' label={t('intent.company.type')} errors={errors}>
        <ChoiceChips name='enterpriseType' options={choices(meta.enterpriseTypes)} selected={form.company.type ? [form.company.type] : []} onToggle={(v) => setCompany({ type: toggleOne(form.company.type, v) })} />
      </Field>
    </View>
  )
}

export function ContactStep({ form, errors, update }: Omit<StepProps, 'meta'>) {
  const { t } = useIntentFormTexts()
  const setContact = (change: Partial<IntentForm['contact']>) => update((f) => ({ ...f, contact: { ...f.contact, ...change } }))
  const e164 = toE164(form.contact.callingCode, form.contact.phone)
  return (
    <View className='intent-step' data-testid='intent-step-contact'>
      <Field name='contact.name' label={t('intent.contact.name')} errors={errors}>
        <TextField id='intent-contact-name' value={form.contact.name} maxlength={60} onChange={(name) => setContact({ name })} />
      </Field>
      <Field name='contact.phone' label={t('intent.contact.phone')} hint={t('intent.contact.phone.hint')} errors={errors}>
        <ChoiceChips
          name='callingCode'
          options={CALLING_CODE_CHOICES.map((code) => ({ value: code, label: `+${code}` }))}
          selected={[form.contact.callingCode]}
          onToggle={(code) => setContact({ callingCode: toggleOne(form.contact.callingCode, code) ?? '' })}
        />
        <TextField id='intent-contact-phone' value={form.contact.phone} maxlength={24} placeholder={t('intent.contact.phone.placeholder')} onChange={(phone) => setContact({ phone })} />
        {e164.startsWith('+') && (
          <Text className='intent-form__hint' data-testid='intent-phone-preview'>
            {t('intent.contact.phone.preview', { phone: e164 })}
          </Text>
        )}
      </Field>
      <Field name='contact.email' label={t('intent.contact.email')} optional errors={errors}>
        <TextField id='intent-contact-email' value={form.contact.email} maxlength={120} placeholder='name@example.com' onChange={(email) => setContact({ email: email.trim() })} />
      </Field>
      <Field name='contact.language' label={t('intent.contact.language')} hint={t('intent.contact.language.hint')} errors={errors}>
        <ChoiceChips
          name='language'
          options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
          selected={form.contact.language ? [form.contact.language] : []}
          onToggle={(code) => setContact({ language: LANGUAGES.find((l) => l === code) })}
        />
      </Field>
    </View>
  )
}

export function ProjectStep({ form, meta, errors, update }: StepProps) {
  const { t } = useIntentFormTexts()
  const setProject = (change: Partial<IntentForm['project']>) => update((f) => ({ ...f, project: { ...f.project, ...change } }))
  const { industries } = form.project
  return (
    <View className='intent-step' data-testid='intent-step-project'>
      <Field name='project.industries' label={t('intent.project.industries')} hint={t('intent.project.industries.hint')} errors={errors}>
        <ChoiceChips
          name='industries'
          options={choices(meta.industries)}
          selected={industries}
          onToggle={(code) => setProject({ industries: industries.includes(code) ? industries.filter((c) => c !== code) : [...industries, code] })}
        />
      </Field>
      <Field name='project.amountRange' label={t('intent.project.amount')} errors={errors}>
        <ChoiceChips name='amountRange' options={choices(meta.amountRanges)} selected={form.project.amountRange ? [form.project.amountRange] : []} onToggle={(v) => setProject({ amountRange: toggleOne(form.project.amountRange, v) })} />
      </Field>
      <Field name='project.spaceKind' label={t('intent.project.spaceKind')} errors={errors}>
        <ChoiceChips name='spaceKind' options={choices(meta.spaceKinds)} selected={form.project.spaceKind ? [form.project.spaceKind] : []} onToggle={(v) => setProject({ spaceKind: toggleOne(form.project.spaceKind, v) })} />
      </Field>
      <Field name='project.spaceSize' label={t('intent.project.spaceSize')} optional errors={errors}>
        <View className='intent-form__with-unit'>
          <TextField id='intent-project-space-size' type='digit' value={form.project.spaceSize} maxlength={9} onChange={(spaceSize) => setProject({ spaceSize })} />
          <Text className='intent-form__unit'>{t('intent.unit.squareMetres')}</Text>
        </View>
      </Field>
      <Field name='project.timeline' label={t('intent.project.timeline')} errors={errors}>
        <ChoiceChips
          name='timeline'
          options={INTENT_TIMELINES.map((code) => ({ value: code, label: t(`intents:timeline.${code}`) }))}
          selected={form.project.timeline ? [form.project.timeline] : []}
          onToggle={(v) => setProject({ timeline: INTENT_TIMELINES.find((code) => code === v && code !== form.project.timeline) })}
        />
      </Field>
    </View>
  )
}

type MessageStepProps = StepProps & {
  /** policy titles by id, once loaded (undefined: still loading or not found) */
  policyTitles: Record<number, string | undefined>
  /** the matching profile saved on this device, which the investor may attach */
  savedProfile: EnterpriseProfile | undefined
}

export function MessageStep({ form, meta, errors, update, policyTitles, savedProfile }: MessageStepProps) {
  const { t } = useIntentFormTexts()
  const area = form.areaCode ? (meta.areas.find((a) => a.code === form.areaCode)?.name ?? form.areaCode) : undefined
  return (
    <View className='intent-step' data-testid='intent-step-message'>
      <Field name='message' label={t('intent.message')} hint={t('intent.message.hint')} optional errors={errors}>
        <Textarea
          id='intent-message'
          data-testid='intent-message'
          className='intent-form__textarea'
          value={form.message}
          maxlength={2000}
          autoHeight
          placeholder={t('intent.message.placeholder')}
          placeholderClass='intent-form__placeholder'
          onInput={(event) => {
            const message = event.detail.value
            update((f) => ({ ...f, message }))
          }}
        />
      </Field>
      <Field name='policyIds' label={t('intent.policies')} hint={form.policyIds.length ? undefined : t('intent.policies.none')} errors={errors}>
        {form.policyIds.map((id) => (
          <View key={id} className='intent-form__policy' data-testid='intent-policy' data-policy-id={id}>
            <Text className='intent-form__policy-title'>{policyTitles[id] ?? t('intent.policyNumber', { id })}</Text>
            <View
              className='intent-form__remove'
              data-remove-policy={id}
              hoverClass='intent-page__pressed'
              onClick={() => update((f) => ({ ...f, policyIds: f.policyIds.filter((p) => p !== id) }))}
            >
              <Text>{t('intent.remove')}</Text>
            </View>
          </View>
        ))}
      </Field>
      {area && (
        <Field name='areaCode' label={t('intent.area')} errors={errors}>
          <View className='intent-form__policy' data-testid='intent-area'>
            <Text className='intent-form__policy-title'>{area}</Text>
            <View className='intent-form__remove' hoverClass='intent-page__pressed' onClick={() => update((f) => ({ ...f, areaCode: undefined }))}>
              <Text>{t('intent.remove')}</Text>
            </View>
          </View>
        </Field>
      )}
      {savedProfile && (
        <Field name='profile' label={t('intent.profile')} errors={errors}>
          <Toggle
            id='intent-attach-profile'
            label={t('intent.attachProfile')}
            hint={t('intent.attachProfile.hint')}
            checked={form.profile !== undefined}
            onChange={(attach) => update((f) => ({ ...f, profile: attach ? savedProfile : undefined }))}
          />
        </Field>
      )}
    </View>
  )
}

type ReviewProps = {
  form: IntentForm
  meta: MetaResponse
  errors: FormErrors | undefined
  consentVersion: string | undefined
  onEdit: (step: IntentFormStep) => void
}

/** The last step: everything at a glance, each part editable, and the agreement it is sent under. */
export function ReviewStep({ form, meta, errors, consentVersion, onEdit }: ReviewProps) {
  const { t } = useIntentFormTexts()
  const name = (list: readonly { code: string; name: string }[], code: string | undefined) => (code ? (list.find((i) => i.code === code)?.name ?? code) : '')
  const country = form.company.country ? ((COUNTRIES as readonly string[]).includes(form.company.country) ? t(`intent.country.${form.company.country}`) : form.company.country) : ''
  const sections: { step: IntentFormStep; rows: [string, string][] }[] = [
    {
      step: 'company',
      rows: [
        [t('intent.company.name'), form.company.name],
        [t('intent.company.uscc'), form.company.uscc],
        [t('intent.company.country'), country],
        [t('intent.company.type'), name(meta.enterpriseTypes, form.company.type)],
      ],
    },
    {
      step: 'contact',
      rows: [
        [t('intent.contact.name'), form.contact.name],
        [t('intent.contact.phone'), toE164(form.contact.callingCode, form.contact.phone)],
        [t('intent.contact.email'), form.contact.email],
        [t('intent.contact.language'), form.contact.language ? t(`language.${form.contact.language}`) : ''],
      ],
    },
    {
      step: 'project',
      rows: [
        [t('intent.project.industries'), form.project.industries.map((c) => name(meta.industries, c)).join(t('intent.listSeparator'))],
        [t('intent.project.amount'), name(meta.amountRanges, form.project.amountRange)],
        [t('intent.project.spaceKind'), name(meta.spaceKinds, form.project.spaceKind)],
        [t('intent.project.spaceSize'), form.project.spaceSize ? `${form.project.spaceSize} ${t('intent.unit.squareMetres')}` : ''],
        [t('intent.project.timeline'), form.project.timeline ? t(`intents:timeline.${form.project.timeline}`) : ''],
      ],
    },
    {
      step: 'message',
      rows: [
        [t('intent.message'), form.message],
        [t('intent.policies'), form.policyIds.length ? t('intent.review.policies', { count: form.policyIds.length }) : ''],
        [t('intent.profile'), form.profile ? t('intent.review.profileAttached') : ''],
      ],
    },
  ]
  return (
    <View className='intent-step' data-testid='intent-step-consent'>
      {sections.map(({ step, rows }) => (
        <View key={step} className='intent-review' data-review={step}>
          <View className='intent-review__head'>
            <Text className='intent-review__title'>{t(`intent.step.${step}`)}</Text>
            <View className='intent-review__edit' data-edit-step={step} hoverClass='intent-page__pressed' onClick={() => onEdit(step)}>
              <Text>{t('intent.review.edit')}</Text>
            </View>
          </View>
          {rows
            .filter(([, value]) => value.trim() !== '')
            .map(([label, value]) => (
              <View key={label} className='intent-review__row'>
                <Text className='intent-review__label'>{label}</Text>
                <Text className='intent-review__value'>{value}</Text>
              </View>
            ))}
        </View>
      ))}
      <Field name='consentVersion' label={t('intent.review.privacy')} errors={errors}>
        <Text className='intent-form__hint' data-testid='intent-consent-version'>
          {consentVersion ? t('intent.review.agreed', { version: consentVersion }) : t('intent.review.notAgreed')}
        </Text>
      </Field>
    </View>
  )
}
