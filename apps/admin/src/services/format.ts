import type { Language } from './language';

/** Date and time in the UI language; '—' where there is none. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
