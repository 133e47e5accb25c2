import type { TFunction } from '../i18n'

/** Today on the device's calendar, as the API's dates are written (YYYY-MM-DD). */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * 1234567.5 → "1,234,567.5". Written out because the mini-program's JS engines differ in
 * what `toLocaleString` does (some Android builds ship without full Intl data).
 */
export function groupDigits(value: number): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

export type ValidityState = 'valid' | 'expired' | 'upcoming'

/** Where a policy stands on `day` (validity bounds are inclusive, like the server's). */
export function validityState(policy: { validFrom: string | null; validUntil: string | null }, day: string = localDay()): ValidityState {
  if (policy.validUntil && policy.validUntil < day) return 'expired'
  if (policy.validFrom && policy.validFrom > day) return 'upcoming'
  return 'valid'
}

/** One line about how long a policy applies: "Valid until …", "Expired", "No end date", "Valid from …". */
export function validityLabel(policy: { validFrom: string | null; validUntil: string | null }, t: TFunction, day: string = localDay()): string {
  const state = validityState(policy, day)
  if (state === 'expired') return t('policies:validity.expired')
  if (state === 'upcoming' && policy.validFrom) return t('policy.validity.from', { date: policy.validFrom })
  return policy.validUntil ? t('policies:validity.until', { date: policy.validUntil }) : t('policies:validity.always')
}

/** "Up to CNY 500 × 10,000" for an amount in 万元, or undefined when the policy names none. */
export function maxAmountLabel(maxAmount: number | null, t: TFunction): string | undefined {
  return maxAmount === null ? undefined : t('policies:amount.upTo', { amount: groupDigits(maxAmount) })
}

/** An API timestamp on the device's clock and calendar: "2026-12-02 10:00". */
export function localDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
