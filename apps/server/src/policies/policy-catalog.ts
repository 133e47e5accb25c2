import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FALLBACK_CHAIN,
  LANGUAGES,
  MATCH_PAGE_SIZE,
  resolveTranslation,
  type AdminPolicy,
  type EnterpriseProfile,
  type Language,
  type PolicyDetail,
  type PolicyMatch,
  type PolicyQuery,
  type PolicySummary,
  type ReferenceKind,
} from '@zhaoshang/contracts';
import { IsNull, Not, type DataSource } from 'typeorm';
import { cachedAnswer } from '../common/answer-cache';
import { excerpt } from '../content/excerpt';
import { rememberIn, RevisionedReadModel, type ReadModelState } from '../content/read-model';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { applicableRules, matchScore, ruleOutcomes, ruleTexts, type NameOf, type Rule } from './eligibility';
import { POLICY_SCOPE } from './policy-writer';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';
import { InvertedIndex } from './search/inverted-index';
import { termsOf, type ReferenceNames } from './search/policy-terms';
import { queryTerms } from './search/tokenize';

type Entry = {
  id: number;
  version: number;
  view: AdminPolicy;
  /** the language each requested language reads, along its fallback chain */
  readAs: Record<Language, Language>;
  departments: Set<string>;
  maxAmount: number | null;
  publishedAt: string;
  terms: Map<string, number>;
  /** eligibility rules that apply to this policy, and log10(1 + max amount) for ranking */
  rules: Rule[];
  benefitBonus: number;
  /** the rules' sentences per language, made on first use */
  ruleTexts: Partial<Record<Language, string[]>>;
  /** the summary and each rule's reason as JSON per language, made on first use (answers are assembled from these) */
  summaryJson: Partial<Record<Language, string>>;
  reasonJson: Partial<Record<Language, string[]>>;
  /** position in the newest-first order of the current build (a numeric tie-break) */
  recency: number;
};

/** Policies with the same eligibility, industries and validity: matched once per request. */
type Group = { rules: Rule[]; view: AdminPolicy; members: Entry[] };

type State = ReadModelState & {
  groups: Group[];
  entries: Entry[];
  /** entries newest first */
  byNewest: Entry[];
  /** each entry's position in byNewest, by index in entries (read without touching the entry) */
  recencyOf: Int32Array;
  byId: Map<number, Entry>;
  index: InvertedIndex;
  names: ReferenceNames;
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The public read model of published policies, held in memory on each replica: search index,
 * reference names and serialized answers, rebuilt when the `policies` content revision moves (see
 * RevisionedReadModel). Terms are computed once when a version is published and stored with it;
 * unchanged policies are reused from the previous build.
 */
@Injectable()
export class PolicyCatalog extends RevisionedReadModel<State> {
  constructor(@InjectDataSource() ds: DataSource) {
    super(ds, POLICY_SCOPE);
  }

  protected async build(previous: State | undefined, revision: number): Promise<State> {
    const refs = await this.ds.getRepository(ReferenceItemEntity).find();
    const names: ReferenceNames = new Map(refs.map((r) => [`${r.kind}:${r.code}`, r.names]));
    // stored terms include category and industry names: recompute them when those changed
    const namesChanged = !!previous && JSON.stringify([...previous.names]) !== JSON.stringify([...names]);
    const policies = await this.ds.getRepository(PolicyEntity).find({
      where: { status: 'published', publishedVersion: Not(IsNull()) },
      select: { id: true, publishedVersion: true, publishedAt: true },
    });
    const reusable = new Map<number, Entry>();
    const toLoad: PolicyEntity[] = [];
    for (const p of policies) {
      const old = previous?.byId.get(p.id);
      if (old && old.version === p.publishedVersion && !namesChanged) reusable.set(p.id, old);
      else toLoad.push(p);
    }
    const loaded = new Map<number, Entry>();
    for (let i = 0; i < toLoad.length; i += 200) {
      // SQLite reads block the event loop: let waiting requests through between batches
      if (i > 0) await new Promise((r) => setImmediate(r));
      const part = toLoad.slice(i, i + 200);
      const rows = await this.ds.getRepository(PolicyVersionEntity).find({
        where: part.map((p) => ({ policyId: p.id, version: p.publishedVersion as number })),
        select: { policyId: true, version: true, snapshot: true, terms: true },
      });
      for (const r of rows) {
        const p = part.find((x) => x.id === r.policyId);
        if (!p) continue;
        const terms = r.terms && !namesChanged ? new Map(r.terms) : termsOf(r.snapshot, names);
        loaded.set(r.policyId, toEntry(r.snapshot, r.version, p.publishedAt, terms));
      }
    }
    const entries: Entry[] = [];
    const index = new InvertedIndex();
    for (const p of policies) {
      const entry = reusable.get(p.id) ?? loaded.get(p.id);
      if (!entry) continue;
      index.add(entries.push(entry) - 1, entry.terms);
    }
    index.seal();
    const byNewest = [...entries].sort(newest);
    byNewest.forEach((e, i) => (e.recency = i));
    const groups = new Map<string, Group>();
    for (const e of entries) {
      const key = JSON.stringify([e.view.eligibility, e.view.industries, e.view.validFrom, e.view.validUntil]);
      const group = groups.get(key);
      if (group) group.members.push(e);
      else groups.set(key, { rules: e.rules, view: e.view, members: [e] });
    }
    // best first within a group: matching stops at the first member that cannot make the page
    for (const g of groups.values()) g.members.sort((a, b) => b.benefitBonus - a.benefitBonus || a.id - b.id);
    return {
      revision,
      groups: [...groups.values()],
      entries,
      byNewest,
      recencyOf: Int32Array.from(entries, (e) => e.recency),
      byId: new Map(entries.map((e) => [e.id, e])),
      index,
      names,
      responses: new Map(),
      raw: new Map(),
    };
  }

  // ---- reads ----

  async hasCode(kind: ReferenceKind, code: string): Promise<boolean> {
    return (await this.current()).names.has(`${kind}:${code}`);
  }

  /** Names of reference codes in a language (the code itself when unknown), from the current build. */
  async referenceNamer(): Promise<NameOf> {
    return this.nameOf(await this.current());
  }

  /** Titles of the published policies among `ids`, in the order given; unknown ids are left out. */
  async publishedTitles(ids: readonly number[], language: Language): Promise<{ id: number; title: string }[]> {
    const state = await this.current();
    return ids.flatMap((id) => {
      const e = state.byId.get(id);
      return e ? [{ id, title: e.view.translations[e.readAs[language]].title }] : [];
    });
  }

  /**
   * Published, currently valid policies open to one of `industries` or to every industry (the
   * heatmap's "policies that apply here"): industry-specific ones first, newest first within.
   */
  async applicable(industries: readonly string[], language: Language, limit: number): Promise<{ items: PolicySummary[]; total: number }> {
    const state = await this.current();
    const day = today();
    const wanted = new Set(industries);
    const specific: Entry[] = [];
    const general: Entry[] = [];
    for (const e of state.byNewest) {
      if (!isValidOn(e.view, day)) continue;
      if (e.view.industries.length === 0) general.push(e);
      else if (e.view.industries.some((c) => wanted.has(c))) specific.push(e);
    }
    const all = [...specific, ...general];
    return { items: all.slice(0, limit).map((e) => this.summary(state, e, language)), total: all.length };
  }

  /** The search answer as JSON text, cached until the next content change. */
  async searchJson(query: PolicyQuery, language: Language): Promise<string> {
    const state = await this.current();
    const key = JSON.stringify([language, query.q ?? '', query.category ?? '', query.industry ?? '', query.department ?? '', query.validOn ?? '', query.sort, query.page, query.pageSize]);
    const cached = state.responses.get(key);
    if (cached) return cached.json;
    const json = this.search(state, query, language);
    rememberIn(state.responses, key, cachedAnswer(json));
    return json;
  }

  /** The answer as JSON text, assembled from the entries' cached summaries. */
  private search(state: State, query: PolicyQuery, language: Language): string {
    const department = query.department?.trim().toLowerCase();
    const filtered = !!(query.category || query.industry || department || query.validOn);
    const filter = (e: Entry) =>
      (!query.category || e.view.category === query.category) &&
      (!query.industry || e.view.industries.length === 0 || e.view.industries.includes(query.industry)) &&
      (!department || e.departments.has(department)) &&
      (!query.validOn || isValidOn(e.view, query.validOn));
    const start = (query.page - 1) * query.pageSize;
    const end = start + query.pageSize;
    const q = query.q?.trim();
    let page: Entry[];
    let total: number;
    if (q) {
      const terms = queryTerms(q, language);
      const found = state.index.search(terms, Math.max(1, Math.ceil(terms.length * 0.6)));
      // one number per match orders it and names it: the position in the newest-first order
      // (unique) in the low bits, relevance (terms matched, then score) above
      const keys = this.keys(found.count);
      total = 0;
      const newest = query.sort === 'newest';
      for (let i = 0; i < found.count; i++) {
        const doc = found.docs[i] as number;
        if (filtered && !filter(state.entries[doc] as Entry)) continue;
        const relevance = newest ? 0 : (found.hits[i] as number) * 1e7 + Math.min(9_999_999, Math.round((found.scores[i] as number) * 1000));
        keys[total++] = relevance * RECENCY_SLOTS + (RECENCY_SLOTS - 1 - Math.min(state.recencyOf[doc] as number, RECENCY_SLOTS - 1));
      }
      // only the page asked for needs ordering
      page = topKeys(keys, total, start, end).map((key) => state.byNewest[RECENCY_SLOTS - 1 - (key % RECENCY_SLOTS)] as Entry);
    } else {
      const ranked = state.byNewest.filter(filter);
      total = ranked.length;
      page = ranked.slice(start, end);
    }
    const items = page.map((e) => this.summaryJson(state, e, language)).join(',');
    return `{"items":[${items}],"total":${total},"page":${query.page},"pageSize":${query.pageSize},"language":${JSON.stringify(language)}}`;
  }

  private summaryJson(state: State, e: Entry, language: Language): string {
    return (e.summaryJson[language] ??= JSON.stringify(this.summary(state, e, language)));
  }

  private scratch = new Float64Array(0);

  /** A reused array for sort keys (searches run one at a time on the event loop). */
  private keys(n: number): Float64Array {
    if (this.scratch.length < n) this.scratch = new Float64Array(Math.max(n, this.scratch.length * 2));
    return this.scratch;
  }

  async detail(id: number, language: Language): Promise<PolicyDetail | undefined> {
    const state = await this.current();
    const e = state.byId.get(id);
    if (!e) return undefined;
    const tr = e.view.translations[e.readAs[language]];
    return {
      ...this.summary(state, e, language, 'whole'),
      body: tr.body,
      documentNumber: e.view.documentNumber,
      benefits: e.view.benefits.map((b) => ({ kind: b.kind, maxAmount: b.maxAmount, description: resolveTranslation(b.description, language)?.value ?? '' })),
      eligibility: e.view.eligibility,
      eligibilityText: (e.ruleTexts[language] ??= ruleTexts(e.rules, e.view.eligibility, e.view.industries, language, this.nameOf(state))),
      applySteps: tr.applySteps,
      applyMaterials: tr.applyMaterials,
      applyContact: tr.applyContact,
      attachments: e.view.attachments.map((a) => ({ title: resolveTranslation(a.title, language)?.value ?? a.url, url: a.url })),
      currentlyValid: isValidOn(e.view, today()),
      updatedAt: e.publishedAt,
    };
  }

  /** Published, currently valid policies the profile qualifies for (then near misses), ranked: the answer as JSON text. */
  async matchJson(profile: EnterpriseProfile, language: Language, page = 1, pageSize = MATCH_PAGE_SIZE): Promise<string> {
    const state = await this.current();
    // ranking needs the best `keep`; only the page asked for is assembled
    const keep = page * pageSize;
    const day = today();
    // rules are evaluated once per group; groups are then visited best first, so the scan ends
    // as soon as a group's best member cannot make the page
    const open: { g: Group; base: number; best: number }[] = [];
    let total = 0;
    for (const g of state.groups) {
      if (!isValidOn(g.view, day)) continue;
      const base = matchScore(g.rules, g.view.eligibility, g.view.industries, profile, 0);
      if (base < 0) continue;
      total += g.members.length;
      open.push({ g, base, best: base + (g.members[0] as Entry).benefitBonus });
    }
    open.sort((a, b) => b.best - a.best);
    // the best `keep` by score, kept sorted while scanning
    const top: { e: Entry; score: number }[] = [];
    for (const { g, base, best } of open) {
      const cut = top[keep - 1];
      if (cut && best < cut.score) break;
      for (const e of g.members) {
        const score = base + e.benefitBonus;
        const last = top[keep - 1];
        if (last && !better(score, e.id, last)) {
          // members come best first: the rest of the group scores no higher
          if (score < last.score) break;
          continue;
        }
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (better(score, e.id, top[mid] as { e: Entry; score: number })) hi = mid;
          else lo = mid + 1;
        }
        top.splice(lo, 0, { e, score });
        if (top.length > keep) top.pop();
      }
    }
    const nameOf = this.nameOf(state);
    // sentences only for the page shown
    const items = top.slice(keep - pageSize).map(({ e, score }) => {
      // each reason as JSON once per policy and language; the profile only picks which list it joins
      const reasons = (e.reasonJson[language] ??= (e.ruleTexts[language] ??= ruleTexts(e.rules, e.view.eligibility, e.view.industries, language, nameOf)).map((text, i) =>
        JSON.stringify({ criterion: (e.rules[i] as Rule).criterion, text } satisfies PolicyMatch['met'][number]),
      ));
      const outcomes = ruleOutcomes(e.rules, e.view.eligibility, e.view.industries, profile);
      const pick = (o: string) => `[${reasons.filter((_, i) => outcomes[i] === o).join(',')}]`;
      const unmet = pick('unmet');
      return `{"policy":${this.summaryJson(state, e, language)},"qualifies":${unmet === '[]'},"score":${Math.round(score * 100) / 100},"met":${pick('met')},"unmet":${unmet},"unknown":${pick('unknown')}}`;
    });
    return `{"language":${JSON.stringify(language)},"items":[${items.join(',')}],"total":${total},"page":${page},"pageSize":${pageSize}}`;
  }


  private nameOf(state: State): NameOf {
    return (kind, code, language) => resolveTranslation(state.names.get(`${kind}:${code}`) ?? {}, language)?.value ?? code;
  }

  private summary(state: State, e: Entry, language: Language, text: 'card' | 'whole' = 'card'): PolicySummary {
    const used = e.readAs[language];
    const tr = e.view.translations[used];
    const name = (kind: string, code: string) => ({ code, name: resolveTranslation(state.names.get(`${kind}:${code}`) ?? {}, language)?.value ?? code });
    return {
      id: e.id,
      title: tr.title,
      // lists and match answers show a card's three lines; the detail carries the whole text
      summary: text === 'card' ? excerpt(tr.summary) : tr.summary,
      department: tr.department,
      category: name('policyCategory', e.view.category),
      industries: e.view.industries.map((c) => name('industry', c)),
      maxAmount: e.maxAmount,
      validFrom: e.view.validFrom,
      validUntil: e.view.validUntil,
      language: used,
      fallback: used !== language,
      publishedAt: e.publishedAt,
    };
  }
}

function toEntry(view: AdminPolicy, version: number, publishedAt: Date | null, terms: Map<string, number>): Entry {
  const entry: Entry = {
    id: view.id,
    version,
    view,
    readAs: Object.fromEntries(LANGUAGES.map((l) => [l, FALLBACK_CHAIN[l].find((c) => view.translations[c].title.trim()) ?? 'zh-CN'])) as Record<Language, Language>,
    departments: new Set(LANGUAGES.map((l) => view.translations[l].department.trim().toLowerCase()).filter(Boolean)),
    maxAmount: view.benefits.reduce<number | null>((m, b) => (b.maxAmount !== null && (m === null || b.maxAmount > m) ? b.maxAmount : m), null),
    publishedAt: publishedAt ? publishedAt.toISOString() : view.updatedAt,
    terms,
    rules: applicableRules(view.eligibility, view.industries),
    benefitBonus: 0,
    ruleTexts: {},
    summaryJson: {},
    reasonJson: {},
    recency: 0,
  };
  entry.benefitBonus = Math.log10(1 + (entry.maxAmount ?? 0));
  return entry;
}

/** Newest-first positions fit in the low bits of a sort key up to this many policies. */
const RECENCY_SLOTS = 2 ** 20;

/**
 * The keys ranked [start, end) by descending value, from the first `n` of `keys` (reordered in
 * place). Quickselect cuts the array down to the page's neighbourhood in linear time, so a page
 * deep in a long result list costs about what the first page does.
 */
function topKeys(keys: Float64Array, n: number, start: number, end: number): number[] {
  if (start >= n) return [];
  const stop = Math.min(end, n);
  // descending order = ascending order of the negated keys
  for (let i = 0; i < n; i++) keys[i] = -(keys[i] as number);
  select(keys, 0, n - 1, start);
  if (stop - 1 > start) select(keys, start + 1, n - 1, stop - 1);
  return Array.from(keys.subarray(start, stop).sort(), (k) => -k);
}

/** Hoare quickselect: afterwards keys[k] is the k-th smallest of keys[lo..hi], smaller ones before it. */
function select(keys: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const pivot = keys[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((keys[i] as number) < pivot) i++;
      while ((keys[j] as number) > pivot) j--;
      if (i <= j) {
        const t = keys[i] as number;
        keys[i++] = keys[j] as number;
        keys[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function better(score: number, id: number, than: { e: Entry; score: number }): boolean {
  return score > than.score || (score === than.score && id < than.e.id);
}

function isValidOn(view: AdminPolicy, day: string): boolean {
  return (!view.validFrom || view.validFrom <= day) && (!view.validUntil || view.validUntil >= day);
}

function newest(a: Entry, b: Entry): number {
  return b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id;
}
