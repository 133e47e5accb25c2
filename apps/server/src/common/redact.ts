// Personal data never reaches the logs: emails and phone-like digit runs are masked.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE_CANDIDATE = /(?<![\w])\+?\d[\d\s-]{6,}\d(?![\w])/g;

export function redact(text: string): string {
  // 9+ digits: mobile and landline numbers, not dates (8 digits) or small ids
  return text
    .replace(EMAIL, '[email]')
    .replace(PHONE_CANDIDATE, (m) => (m.replace(/\D/g, '').length >= 9 ? '[phone]' : m));
}
