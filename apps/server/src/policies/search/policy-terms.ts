import { LANGUAGES, type AdminPolicy, type Language, type Translated } from '@zhaoshang/contracts';
import { richTextToPlain } from '../../content/sanitize';
import { cjkChars, tokenize } from './tokenize';

// field weights: a word in the title counts most
const WEIGHTS = { title: 8, summary: 4, meta: 3, body: 1 } as const;
const BODY_CHARS = 4000;

export type ReferenceNames = Map<string, Translated>;

/** Every language's text goes into one index, so a query in any language finds the policy. */
export function termsOf(view: AdminPolicy, names: Map<string, Translated>): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (text: string, language: Language, weight: number) => {
    for (const term of tokenize(text, language)) if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
  };
  for (const language of LANGUAGES) {
    const tr = view.translations[language];
    if (!tr.title.trim()) continue;
    put(tr.title, language, WEIGHTS.title);
    put(tr.summary, language, WEIGHTS.summary);
    put(tr.department, language, WEIGHTS.meta);
    put(richTextToPlain(tr.body).slice(0, BODY_CHARS), language, WEIGHTS.body);
    for (const b of view.benefits) put(b.description[language] ?? '', language, WEIGHTS.meta);
    const category = names.get(`policyCategory:${view.category}`)?.[language];
    if (category) put(category, language, WEIGHTS.meta);
    for (const code of view.industries) put(names.get(`industry:${code}`)?.[language] ?? '', language, WEIGHTS.meta);
    // single characters of the title, so a one-character query (税, 贷) still finds something
    for (const ch of cjkChars(tr.title)) if (!terms.has(ch)) terms.set(ch, WEIGHTS.body);
  }
  if (view.documentNumber) put(view.documentNumber, 'zh-CN', WEIGHTS.meta);
  return terms;
}
