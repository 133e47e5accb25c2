import type { CSSProperties } from 'react';
import type { Language } from '../../../services/language';

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formats.get(key) as T | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** A `YYYY-MM-DD` day in the UI language (read as a calendar day, never shifted by a time zone). */
export const formatDay = (day: string, language: Language) =>
  day ? cached(`day|${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${day}T00:00:00Z`)) : '';

/** Month and day only, for axis labels. */
export const shortDay = (day: string, language: Language) =>
  cached(`short|${language}`, () => new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' })).format(new Date(`${day}T00:00:00Z`));

export const formatNumber = (n: number, language: Language) => cached(`n|${language}`, () => new Intl.NumberFormat(language)).format(n);

export const formatPercent = (share: number, language: Language) =>
  cached(`p|${language}`, () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 })).format(share);

/** Present for screen readers, invisible on screen. */
export const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };

export const dataTable: CSSProperties = { borderCollapse: 'collapse', marginTop: 8, fontVariantNumeric: 'tabular-nums' };
export const cell: CSSProperties = { padding: '2px 12px 2px 0', textAlign: 'left', fontWeight: 'normal' };
