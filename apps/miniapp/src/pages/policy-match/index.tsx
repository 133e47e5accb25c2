import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ENTERPRISE_SIZES, MATCH_PAGE_SIZE, TALENT_CATEGORIES, type EnterpriseProfile, type FieldError, type MetaResponse, type PolicyMatch } from '@zhaoshang/contracts'
import { ChoiceChips, type Choice } from '../../components/choice-chips'
import { LoadError } from '../../components/load-error'
import { PageFrame } from '../../components/page-frame'
import { PolicyCard } from '../../components/policy-card'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { useMeta } from '../../hooks/use-meta'
import { useApi } from '../../services/api-context'
import { formErrors, validationDetails, type FormErrors } from '../../services/errors'
import { openFeature, openPolicy } from '../../services/navigation'
import { loadProfile, saveProfile } from '../../services/policy-profile'
import { EMPTY_FORM, formFromProfile, validateProfile, type HighTechAnswer, type ProfileForm } from './profile-form'
import { usePolicyMatchTexts } from './use-policy-match-texts'
import './index.css'

const HIGH_TECH: readonly HighTechAnswer[] = ['yes', 'no', 'unsure']

function scrollTo(options: Taro.pageScrollTo.Option): void {
  const pending: unknown = Taro.pageScrollTo(options)
  if (pending instanceof Promise) pending.catch(() => undefined)
}

const scrollToTop = () => scrollTo({ scrollTop: 0, duration: 0 })

/** Matching (政策通 · 匹配): the investor describes the enterprise and sees the policies that fit. */
export default function PolicyMatchPage() {
  const { t } = usePolicyMatchTexts()
  const { language } = useLanguage()
  const { state: meta, reload: reloadMeta } = useMeta(language)
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(loadProfile()))
  const [errors, setErrors] = useState<FormErrors | undefined>()
  const [submitted, setSubmitted] = useState<EnterpriseProfile | undefined>()

  const submit = () => {
    const checked = validateProfile(form)
    if (!checked.ok) {
      const found = formErrors(checked.issues, t)
      setErrors(found)
      // the submit button is at the bottom: show the first question to fix
      const first = Object.keys(found.fields)[0]
      if (first) scrollTo({ selector: `#match-field-${first}`, duration: 300 })
      return
    }
    setErrors(undefined)
    saveProfile(checked.profile)
    setSubmitted(checked.profile)
    scrollToTop()
  }

  return (
    <PageFrame title={t('match.title')}>
      {submitted ? (
        <View id='policy-match' className='match-page' data-view='results'>
          <Results
            profile={submitted}
            onEdit={() => {
              setSubmitted(undefined)
              scrollToTop()
            }}
            onRefused={(details) => {
              // the server applies the same rules; should it still refuse, the answers go back to the form
              setErrors(formErrors(details, t))
              setSubmitted(undefined)
            }}
          />
        </View>
      ) : (
        <View id='policy-match' className='match-page' data-view='form'>
          <Text className='match-page__intro'>{t('match.intro')}</Text>
          {meta.status === 'loading' && <Text className='match-page__muted'>{t('state.loading')}</Text>}
          {meta.status === 'error' && <LoadError error={meta.error} onRetry={reloadMeta} />}
          {meta.status === 'ready' && (
            <QuestionnaireForm
              meta={meta.meta}
              form={form}
              errors={errors}
              onChange={(change) => setForm((current) => ({ ...current, ...change }))}
              onSubmit={submit}
              onReset={() => {
                setForm(EMPTY_FORM)
                setErrors(undefined)
              }}
            />
          )}
        </View>
      )}
    </PageFrame>
  )
}

type FormProps = {
  meta: MetaResponse
  form: ProfileForm
  errors: FormErrors | undefined
  onChange: (change: Partial<ProfileForm>) => void
  onSubmit: () => void
  onReset: () => void
}

function QuestionnaireForm({ meta, form, errors, onChange, onSubmit, onReset }: FormProps) {
  const { t } = usePolicyMatchTexts()
  const choices = (items: { code: string; name: string }[]): Choice[] => items.map((i) => ({ value: i.code, label: i.name }))
  // tapping the chosen chip again takes the answer back
  const one = <K extends 'industry' | 'enterpriseType' | 'size' | 'spaceKind'>(key: K, value: string) =>
    onChange({ [key]: form[key] === value ? undefined : value } as Partial<ProfileForm>)
  const number = (key: 'companyAgeYears' | 'rndStaffPercent' | 'rndSpendingPercent' | 'investmentAmount', unit?: string) => (
    <View className='match-form__number'>
      <Input
        id={`match-${key}`}
        className='match-form__input'
        type='digit'
        value={form[key]}
        maxlength={12}
        placeholder={t('match.field.optional')}
        placeholderClass='match-form__placeholder'
        onInput={(event) => onChange({ [key]: event.detail.value } as Partial<ProfileForm>)}
      />
      {unit && <Text className='match-form__unit'>{unit}</Text>}
    </View>
  )

  return (
    <View className='match-form'>
      <Field name='industry' label={t('match.field.industry')} errors={errors}>
        <ChoiceChips name='industry' options={choices(meta.industries)} selected={form.industry ? [form.industry] : []} onToggle={(v) => one('industry', v)} />
      </Field>
      <Field name='enterpriseType' label={t('match.field.enterpriseType')} errors={errors}>
        <ChoiceChips name='enterpriseType' options={choices(meta.enterpriseTypes)} selected={form.enterpriseType ? [form.enterpriseType] : []} onToggle={(v) => one('enterpriseType', v)} />
      </Field>
      <Field name='size' label={t('match.field.size')} errors={errors}>
        <ChoiceChips
          name='size'
          options={ENTERPRISE_SIZES.map((size) => ({ value: size, label: t(`policies:size.${size}`) }))}
          selected={form.size ? [form.size] : []}
          onToggle={(v) => one('size', v)}
        />
      </Field>
      <Field name='companyAgeYears' label={t('match.field.companyAge')} errors={errors}>
        {number('companyAgeYears', t('match.unit.years'))}
      </Field>
      <Field name='highTech' label={t('match.field.highTech')} errors={errors}>
        <ChoiceChips
          name='highTech'
          options={HIGH_TECH.map((answer) => ({ value: answer, label: t(`match.highTech.${answer}`) }))}
          selected={[form.highTech]}
          onToggle={(v) => onChange({ highTech: v as HighTechAnswer })}
        />
      </Field>
      <Field name='rndStaffPercent' label={t('match.field.rndStaff')} errors={errors}>
        {number('rndStaffPercent', '%')}
      </Field>
      <Field name='rndSpendingPercent' label={t('match.field.rndSpending')} errors={errors}>
        {number('rndSpendingPercent', '%')}
      </Field>
      <Field name='talentCategories' label={t('match.field.talent')} hint={t('match.field.talent.hint')} errors={errors}>
        <ChoiceChips
          name='talentCategories'
          options={TALENT_CATEGORIES.map((c) => ({ value: c, label: t(`policies:talent.${c}`) }))}
          selected={form.talentCategories}
          onToggle={(v) => {
            const value = v as (typeof TALENT_CATEGORIES)[number]
            const chosen = form.talentCategories
            onChange({ talentCategories: chosen.includes(value) ? chosen.filter((c) => c !== value) : [...chosen, value] })
          }}
        />
      </Field>
      <Field name='investmentAmount' label={t('match.field.investment')} errors={errors}>
        {number('investmentAmount', t('match.unit.tenThousandYuan'))}
      </Field>
      <Field name='spaceKind' label={t('match.field.space')} errors={errors}>
        <ChoiceChips name='spaceKind' options={choices(meta.spaceKinds)} selected={form.spaceKind ? [form.spaceKind] : []} onToggle={(v) => one('spaceKind', v)} />
      </Field>

      {errors && (
        <Text id='policy-match-error' className='match-form__summary-error'>
          {errors.message}
        </Text>
      )}
      <View id='policy-match-submit' className='match-page__primary' hoverClass='match-page__pressed' onClick={onSubmit}>
        <Text>{t('match.submit')}</Text>
      </View>
      <View className='match-form__footer'>
        <Text className='match-page__muted'>{t('match.privacy')}</Text>
        <View id='policy-match-reset' className='match-page__link' hoverClass='match-page__pressed' onClick={onReset}>
          <Text>{t('match.reset')}</Text>
        </View>
      </View>
    </View>
  )
}

type FieldProps = { name: string; label: string; hint?: string; errors: FormErrors | undefined; children: ReactNode }

function Field({ name, label, hint, errors, children }: FieldProps) {
  const error = errors?.fields[name]
  return (
    <View id={`match-field-${name}`} className={`match-form__field${error ? ' match-form__field--invalid' : ''}`} data-field={name}>
      <Text className='match-form__label'>{label}</Text>
      {hint && <Text className='match-form__hint'>{hint}</Text>}
      {children}
      {error && (
        <Text className='match-form__error' data-error-for={name}>
          {error}
        </Text>
      )}
    </View>
  )
}

type ResultsProps = {
  profile: EnterpriseProfile
  onEdit: () => void
  onRefused: (details: FieldError[]) => void
}

/** The ranked policies for a profile, asked for in the current language. */
function Results({ profile, onEdit, onRefused }: ResultsProps) {
  const { t } = usePolicyMatchTexts()
  const { language } = useLanguage()
  const api = useApi()
  const { state, reload } = useLoad(() => api.matchPolicies({ query: { lang: language }, body: profile }), [api, profile, language])
  const refused = state.status === 'error' ? validationDetails(state.error) : undefined
  // later pages, asked for by "show more"; a new first answer starts over
  const [more, setMore] = useState<{ items: PolicyMatch[]; loading: boolean; error?: unknown }>({ items: [], loading: false })
  useEffect(() => setMore({ items: [], loading: false }), [state])
  const shown = state.status === 'ready' ? [...state.data.items, ...more.items] : []
  const loadMore = () => {
    if (more.loading) return
    setMore((m) => ({ ...m, loading: true, error: undefined }))
    const page = 1 + Math.ceil(shown.length / MATCH_PAGE_SIZE)
    api.matchPolicies({ query: { lang: language, page, pageSize: MATCH_PAGE_SIZE }, body: profile }).then(
      (next) => setMore((m) => ({ items: [...m.items, ...next.items], loading: false })),
      (error: unknown) => setMore((m) => ({ ...m, loading: false, error })),
    )
  }

  const refusedRef = useRef(onRefused)
  refusedRef.current = onRefused
  useEffect(() => {
    if (refused) refusedRef.current(refused)
  }, [refused])
  return (
    <View className='match-results' data-state={state.status}>
      <View className='match-results__head'>
        <Text className='match-results__title'>{t('match.results.title')}</Text>
        <View id='policy-match-edit' className='match-page__link' hoverClass='match-page__pressed' onClick={onEdit}>
          <Text>{t('match.edit')}</Text>
        </View>
      </View>
      {state.status === 'loading' && <Text className='match-page__muted'>{t('match.results.loading')}</Text>}
      {state.status === 'error' && !refused && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          <Text className='match-page__muted' data-total={state.data.total}>
            {t('match.results.count', { count: state.data.total })}
          </Text>
          {state.data.items.length === 0 && (
            <View id='policy-match-empty' className='match-results__empty'>
              <Text className='match-page__text'>{t('match.results.empty')}</Text>
              <View className='match-page__primary' hoverClass='match-page__pressed' onClick={() => openFeature('concierge')}>
                <Text>{t('policies.empty.concierge')}</Text>
              </View>
            </View>
          )}
          {shown.map((match, index) => (
            <MatchResult key={match.policy.id} match={match} rank={index + 1} />
          ))}
          {more.error !== undefined && <LoadError error={more.error} onRetry={loadMore} />}
          {shown.length < state.data.total && more.error === undefined && (
            <View id='policy-match-more' className='match-page__link match-results__more' hoverClass='match-page__pressed' onClick={loadMore}>
              <Text>{more.loading ? t('match.results.moreLoading') : t('match.results.more', { count: state.data.total - shown.length })}</Text>
            </View>
          )}
        </>
      )}
    </View>
  )
}

function MatchResult({ match, rank }: { match: PolicyMatch; rank: number }) {
  const { t } = usePolicyMatchTexts()
  return (
    <PolicyCard policy={match.policy} onOpen={openPolicy} className='match-result'>
      <View className='match-result__meta' data-rank={rank}>
        <Text className={`match-result__badge${match.qualifies ? ' match-result__badge--qualifies' : ''}`} data-qualifies={match.qualifies ? 'true' : 'false'}>
          {match.qualifies ? t('match.qualifies') : t('match.almost')}
        </Text>
      </View>
      <Criteria kind='met' title={t('match.met')} items={match.met} />
      <Criteria kind='unmet' title={t('match.unmet')} items={match.unmet} />
      <Criteria kind='unknown' title={t('match.unknown')} items={match.unknown} />
    </PolicyCard>
  )
}

function Criteria({ kind, title, items }: { kind: 'met' | 'unmet' | 'unknown'; title: string; items: PolicyMatch['met'] }) {
  if (items.length === 0) return null
  const mark = kind === 'met' ? '✓' : kind === 'unmet' ? '✗' : '?'
  return (
    <View className={`match-result__criteria match-result__criteria--${kind}`} data-criteria={kind}>
      <Text className='match-result__criteria-title'>{title}</Text>
      {items.map((item) => (
        <View key={item.criterion} className='match-result__criterion' data-criterion={item.criterion}>
          <Text className='match-result__mark'>{mark}</Text>
          <Text className='match-result__criterion-text'>{item.text}</Text>
        </View>
      ))}
    </View>
  )
}
