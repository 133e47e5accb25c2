import { createI18n } from '../i18n'
import { groupDigits, localDay, maxAmountLabel, validityLabel, validityState } from './format'

const t = createI18n('en').t

describe('format', () => {
  it('writes the device day as YYYY-MM-DD', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('groups digits without relying on Intl', () => {
    expect(groupDigits(1000)).toBe('1,000')
    expect(groupDigits(1234567.5)).toBe('1,234,567.5')
    expect(groupDigits(50)).toBe('50')
  })

  it('tells expired, upcoming and open-ended policies apart (bounds inclusive)', () => {
    expect(validityState({ validFrom: null, validUntil: '2026-01-04' }, '2026-01-05')).toBe('expired')
    expect(validityState({ validFrom: null, validUntil: '2026-01-05' }, '2026-01-05')).toBe('valid')
    expect(validityState({ validFrom: '2026-02-01', validUntil: null }, '2026-01-05')).toBe('upcoming')
    expect(validityLabel({ validFrom: null, validUntil: '2026-01-04' }, t, '2026-01-05')).toBe('Expired')
    expect(validityLabel({ validFrom: null, validUntil: '2027-12-31' }, t, '2026-01-05')).toBe('Valid until 2027-12-31')
    expect(validityLabel({ validFrom: null, validUntil: null }, t, '2026-01-05')).toBe('No end date')
    expect(validityLabel({ validFrom: '2026-02-01', validUntil: null }, t, '2026-01-05')).toBe('Valid from 2026-02-01')
  })

  it('labels the maximum amount in 万元, in the reader\'s language', () => {
    expect(maxAmountLabel(1000, t)).toBe('Up to CNY 1,000 × 10,000')
    expect(maxAmountLabel(1000, createI18n('ja').t)).toBe('最大 1,000 万元')
    expect(maxAmountLabel(null, t)).toBeUndefined()
  })
})
