/** Longest query text stored, in characters (code points). */
export const SEARCH_TEXT_MAX = 64;

// anything with an @ inside: an email address, or part of one
const EMAIL = /\S*@\S*/g;
// seven or more digits, at most two separators (spaces, dashes, dots, brackets) between any two:
// phone numbers, ID card and account numbers
const LONG_NUMBER = /\+?\(?\d(?:[\s\-.()/\u2010-\u2015\u2212]{0,2}\d){6,}\)?/g;

/**
 * What is stored of a search query: Unicode-normalized (NFKC: full-width letters and digits become
 * ASCII), lower case, spaces collapsed, emails and long numbers masked, then cut to
 * SEARCH_TEXT_MAX characters. An investor who types their phone number or email into the search
 * box leaves only `[phone]` / `[email]` behind. Empty when nothing is left.
 */
export function searchText(query: string): string {
  const masked = query
    .normalize('NFKC')
    .toLowerCase()
    .replace(EMAIL, '[email]')
    .replace(LONG_NUMBER, '[phone]')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(masked);
  return chars.length > SEARCH_TEXT_MAX ? chars.slice(0, SEARCH_TEXT_MAX).join('').trimEnd() : masked;
}
