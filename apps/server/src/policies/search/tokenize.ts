import type { Language } from '@zhaoshang/contracts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const SEGMENTERS = new Map<string, Intl.Segmenter>();

function segmenter(language: Language): Intl.Segmenter {
  let s = SEGMENTERS.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    SEGMENTERS.set(language, s);
  }
  return s;
}

// a light English stemmer: enough for subsidy/subsidies, loans/loan, enterprises/enterprise
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const STOP = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'a', 'an', 'on', 'or', 'with', 'by', 'at', 'is', 'are', 'be']);

/**
 * Search terms of a text. Latin words are lower-cased and stemmed. Chinese and Japanese get the
 * words `Intl.Segmenter` finds plus every character bigram of each CJK run, so a query matches
 * even where the segmenter cut a compound differently (相科贷 → 相科, 科贷); single CJK
 * characters count only as a whole query. Works the same on every database: it is plain code.
 */
export function tokenize(text: string, language: Language): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const terms = new Set<string>();
  for (const { segment, isWordLike } of segmenter(language).segment(normalized)) {
    if (!isWordLike) continue;
    if (CJK.test(segment)) {
      if (segment.length >= 2) terms.add(segment);
    } else if (/^[\p{L}\p{N}][\p{L}\p{N}'-]*$/u.test(segment) && !STOP.has(segment)) {
      terms.add(stem(segment));
    }
  }
  for (const run of normalized.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  return [...terms];
}

/** Query terms: like the document's, plus the lone CJK character a one-character query is. */
export function queryTerms(query: string, language: Language): string[] {
  const terms = tokenize(query, language);
  const trimmed = query.normalize('NFKC').trim();
  if (terms.length === 0 && trimmed.length === 1 && CJK.test(trimmed)) return [trimmed];
  return terms;
}

/** Single CJK characters of a text, indexed only so one-character queries find something. */
export function cjkChars(text: string): string[] {
  return [...new Set(text.normalize('NFKC').match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [])];
}
