import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FALLBACK_CHAIN,
  LANGUAGES,
  type AdminGuidePage,
  type GuideFaqHit,
  type GuidePageDetail,
  type GuidePageSummary,
  type GuideTree,
  type Language,
} from '@zhaoshang/contracts';
import type { DataSource } from 'typeorm';
import { RevisionedReadModel, type ReadModelState } from '../content/read-model';
import { InvertedIndex } from '../policies/search/inverted-index';
import { cjkChars, queryTerms, tokenize } from '../policies/search/tokenize';
import { GuidePageVersionEntity } from './guide-page-version.entity';
import { GuidePageEntity } from './guide-page.entity';
import { GUIDE_SCOPE } from './guide-writer';

type Entry = {
  id: number;
  slug: string;
  kind: AdminGuidePage['kind'];
  version: number;
  view: AdminGuidePage;
  /** the language each requested language reads, along its fallback chain */
  readAs: Record<Language, Language>;
  publishedAt: string;
  /** the section's pages in order (empty for a page) */
  pages: Entry[];
  section: Entry | null;
};

/** One FAQ entry as found by search: the page and the entry's position in the language shown. */
type FaqDoc = { entry: Entry; index: number };

type State = ReadModelState & {
  sections: Entry[];
  bySlug: Map<string, Entry>;
  /** one index per requested language: documents are the entries shown in that language */
  faq: Record<Language, { index: InvertedIndex; docs: FaqDoc[] }>;
  trees: Partial<Record<Language, GuideTree>>;
};

// a word in the question counts most; other languages' text of the same entry least
const WEIGHTS = { question: 8, answer: 3, otherQuestion: 2, otherAnswer: 1 } as const;

/**
 * The published guide held in memory on each replica: the tree in its current order (order and
 * place are the rows', content the published snapshots'), pages by slug, and an FAQ index built
 * with the policy search's word segmentation. Rebuilt when the `guide` content revision moves
 * (publish, archive, reorder); unchanged snapshots are reused from the previous build. A page is
 * public only while it and its section are published.
 */
@Injectable()
export class GuideCatalog extends RevisionedReadModel<State> {
  constructor(@InjectDataSource() ds: DataSource) {
    super(ds, GUIDE_SCOPE);
  }

  protected async build(previous: State | undefined, revision: number): Promise<State> {
    const rows = await this.ds.getRepository(GuidePageEntity).find({
      select: { id: true, parentId: true, kind: true, slug: true, sort: true, status: true, publishedVersion: true, publishedAt: true },
    });
    const published = rows.filter((r) => r.status === 'published' && r.publishedVersion !== null);
    const old = new Map<number, Entry>();
    for (const e of previous?.bySlug.values() ?? []) old.set(e.id, e);
    const toLoad = published.filter((r) => old.get(r.id)?.version !== r.publishedVersion);
    const snapshots = new Map<number, AdminGuidePage>();
    for (let i = 0; i < toLoad.length; i += 200) {
      const part = toLoad.slice(i, i + 200);
      const versions = await this.ds.getRepository(GuidePageVersionEntity).find({
        where: part.map((r) => ({ pageId: r.id, version: r.publishedVersion as number })),
        select: { pageId: true, snapshot: true },
      });
      for (const v of versions) snapshots.set(v.pageId, v.snapshot);
    }
    const entryOf = (r: GuidePageEntity): Entry | undefined => {
      const reused = old.get(r.id);
      const view = reused && reused.version === r.publishedVersion ? reused.view : snapshots.get(r.id);
      if (!view) return undefined;
      return {
        id: r.id,
        slug: r.slug,
        kind: r.kind,
        version: r.publishedVersion as number,
        view,
        readAs: Object.fromEntries(LANGUAGES.map((l) => [l, FALLBACK_CHAIN[l].find((c) => view.translations[c].title.trim()) ?? 'zh-CN'])) as Record<Language, Language>,
        publishedAt: r.publishedAt ? r.publishedAt.toISOString() : view.updatedAt,
        pages: [],
        section: null,
      };
    };
    const order = (a: GuidePageEntity, b: GuidePageEntity) => a.sort - b.sort || a.id - b.id;
    const sections: Entry[] = [];
    const bySection = new Map<number, Entry>();
    for (const r of published.filter((p) => p.kind === 'section' && p.parentId === null).sort(order)) {
      const e = entryOf(r);
      if (!e) continue;
      sections.push(e);
      bySection.set(r.id, e);
    }
    for (const r of published.filter((p) => p.kind !== 'section').sort(order)) {
      const section = r.parentId === null ? undefined : bySection.get(r.parentId);
      if (!section) continue;
      const e = entryOf(r);
      if (!e) continue;
      e.section = section;
      section.pages.push(e);
    }
    const bySlug = new Map<string, Entry>();
    for (const s of sections) {
      bySlug.set(s.slug, s);
      for (const p of s.pages) bySlug.set(p.slug, p);
    }
    const faqPages = sections.flatMap((s) => s.pages.filter((p) => p.kind === 'faq'));
    const faq = Object.fromEntries(LANGUAGES.map((l) => [l, faqIndex(faqPages, l)])) as State['faq'];
    return { revision, sections, bySlug, faq, trees: {}, raw: new Map(), responses: new Map() };
  }

  async tree(language: Language): Promise<GuideTree> {
    const state = await this.current();
    return (state.trees[language] ??= {
      language,
      sections: state.sections.map((s) => ({ ...summary(s, language), pages: s.pages.map((p) => summary(p, language)) })),
    });
  }

  async page(slug: string, language: Language): Promise<GuidePageDetail | undefined> {
    const e = (await this.current()).bySlug.get(slug);
    if (!e) return undefined;
    const tr = e.view.translations[e.readAs[language]];
    const siblings = e.section?.pages ?? [];
    const at = siblings.indexOf(e);
    const titled = (other: Entry) => ({ slug: other.slug, title: other.view.translations[other.readAs[language]].title });
    const neighbour = (other: Entry | undefined) => (other ? { ...titled(other), kind: other.kind } : null);
    return {
      ...summary(e, language),
      body: tr.body,
      steps: e.kind === 'procedure' ? tr.steps : [],
      faqs: e.kind === 'faq' ? tr.faqs : [],
      section: e.section ? titled(e.section) : null,
      pages: e.pages.map((p) => summary(p, language)),
      previous: at > 0 ? neighbour(siblings[at - 1]) : null,
      next: at >= 0 ? neighbour(siblings[at + 1]) : null,
      updatedAt: e.publishedAt,
    };
  }

  /** FAQ entries matching `q`, best first, in the language each page is read in. */
  async searchFaq(q: string, language: Language, limit: number): Promise<{ items: GuideFaqHit[]; total: number }> {
    const { index, docs } = (await this.current()).faq[language];
    const terms = queryTerms(q, language);
    if (terms.length === 0) return { items: [], total: 0 };
    const found = index.search(terms, Math.max(1, Math.ceil(terms.length * 0.6)));
    const ranked: { doc: number; hits: number; score: number }[] = [];
    for (let i = 0; i < found.count; i++) ranked.push({ doc: found.docs[i] as number, hits: found.hits[i] as number, score: found.scores[i] as number });
    // more query terms matched first, then the weighted score, then the guide's own order
    ranked.sort((a, b) => b.hits - a.hits || b.score - a.score || a.doc - b.doc);
    const items = ranked.slice(0, limit).map(({ doc }) => {
      const { entry, index: i } = docs[doc] as FaqDoc;
      const used = entry.readAs[language];
      const tr = entry.view.translations[used];
      const faq = tr.faqs[i] as { question: string; answer: string };
      return { page: { slug: entry.slug, title: tr.title }, index: i, question: faq.question, answer: faq.answer, language: used, fallback: used !== language };
    });
    return { items, total: ranked.length };
  }
}

function summary(e: Entry, language: Language): GuidePageSummary {
  const used = e.readAs[language];
  const tr = e.view.translations[used];
  return {
    slug: e.slug,
    kind: e.kind,
    title: tr.title,
    summary: tr.summary,
    language: used,
    fallback: used !== language,
    sample: e.view.sample,
    count: e.kind === 'section' ? e.pages.length : e.kind === 'procedure' ? tr.steps.length : e.kind === 'faq' ? tr.faqs.length : 0,
  };
}

/**
 * The FAQ index for readers of `language`: a document per entry they are shown (in the page's
 * reading language), with the same entry's text in the other languages at a low weight where
 * that translation has the same entries, so a question typed in another language still finds it.
 */
function faqIndex(pages: Entry[], language: Language): { index: InvertedIndex; docs: FaqDoc[] } {
  const index = new InvertedIndex();
  const docs: FaqDoc[] = [];
  for (const entry of pages) {
    const used = entry.readAs[language];
    const shown = entry.view.translations[used].faqs;
    shown.forEach((faq, i) => {
      const terms = new Map<string, number>();
      const put = (text: string, lang: Language, weight: number) => {
        for (const term of tokenize(text, lang)) if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
      };
      put(faq.question, used, WEIGHTS.question);
      put(faq.answer, used, WEIGHTS.answer);
      // single characters of the question, so a one-character query (税, 駅) still finds something
      for (const ch of cjkChars(faq.question)) if (!terms.has(ch)) terms.set(ch, 1);
      for (const other of LANGUAGES) {
        const tr = entry.view.translations[other];
        if (other === used || !tr.title.trim() || tr.faqs.length !== shown.length) continue;
        const same = tr.faqs[i] as { question: string; answer: string };
        put(same.question, other, WEIGHTS.otherQuestion);
        put(same.answer, other, WEIGHTS.otherAnswer);
      }
      index.add(docs.push({ entry, index: i }) - 1, terms);
    });
  }
  return { index: index.seal(), docs };
}
