import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FALLBACK_CHAIN,
  LANGUAGES,
  resolveTranslation,
  type AdminPolicy,
  type EnterpriseProfile,
  type Language,
  type MatchResponse,
  type PolicyDetail,
  type PolicyMatch,
  type PolicyQuery,
  type PolicySummary,
  type ReferenceKind,
} from '@zhaoshang/contracts';
import { IsNull, Not, type DataSource } from 'typeorm';
import { cachedAnswer, type CachedAnswer } from '../common/answer-cache';
import { readRevision } from '../content/content-revision';
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
  /** position in the newest-first order of the current build (a numeric tie-break) */
  recency: number;
};

/** Policies with the same eligibility, industries and validity: matched once per request. */
type Group = { rules: Rule[]; view: AdminPolicy; members: Entry[] };

type State = {
  revision: number;
  groups: Group[];
  entries: Entry[];
  /** entries newest first */
  byNewest: Entry[];
  byId: Map<number, Entry>;
  index: InvertedIndex;
  names: ReferenceNames;
  responses: Map<string, string>;
  /** answers by raw URL and Accept-Language, for AnswerCache */
  raw: Map<string, CachedAnswer>;
};

const CACHE_ENTRIES = 2000;
const CHECK_EVERY_MS = 1000;
const MATCH_PAGE = 50;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The public read model of published policies, held in memory on each replica: search index,
 * reference names and serialized answers. It is derived data only. Every replica compares the
 * `policies` content revision (bumped in the same transaction as a publish or archive) with the
 * one it was built from, at most once a second, and rebuilds in the background while it keeps
 * answering from the previous build; after a write on this replica the next read waits for the
 * rebuild, so an editor sees their change at once. Terms are computed once when a version is
 * published and stored with it; unchanged policies are reused from the previous build.
 */
@Injectable()
export class PolicyCatalog implements OnApplicationBootstrap {
  private readonly logger = new Logger('PolicyCatalog');
  private state?: State;
  private loading?: Promise<State>;
  private checkedAt = 0;
  private stale = false;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  onApplicationBootstrap(): void {
    // warm up without delaying start; the first reads wait for it
    void this.reload().catch((error: unknown) => this.logger.warn(`warm-up failed: ${String(error)}`));
  }

  /** A search answered before for the same URL and language header, while the build is current. */
  answered(url: string, acceptLanguage: string): CachedAnswer | undefined {
    if (!this.state || this.stale) return undefined;
    // due for the once-a-second revision check: start it, and answer from this build meanwhile
    if (Date.now() - this.checkedAt > CHECK_EVERY_MS) void this.current().catch((error: unknown) => this.logger.warn(`revision check failed: ${String(error)}`));
    return this.state.raw.get(`${acceptLanguage}|${url}`);
  }

  remember(url: string, acceptLanguage: string, json: string): void {
    const raw = this.state?.raw;
    if (!raw) return;
    if (raw.size >= CACHE_ENTRIES) raw.delete(raw.keys().next().value as string);
    raw.set(`${acceptLanguage}|${url}`, cachedAnswer(json));
  }

  /** Called after a write on this replica: the next read waits for a rebuild. */
  invalidate(): void {
    this.stale = true;
  }

  async current(): Promise<State> {
    if (!this.state || this.stale) {
      this.stale = false;
      return this.reload();
    }
    if (Date.now() - this.checkedAt > CHECK_EVERY_MS) {
      this.checkedAt = Date.now();
      const revision = await readRevision(this.ds.manager, POLICY_SCOPE);
      if (revision !== this.state.revision) void this.reload().catch((error: unknown) => this.logger.warn(`rebuild failed: ${String(error)}`));
    }
    return this.state;
  }

  private reload(): Promise<State> {
    if (!this.loading) {
      this.loading = this.build(this.state)
        .then((s) => {
          this.state = s;
          this.checkedAt = Date.now();
          return s;
        })
        .finally(() => {
          this.loading = undefined;
        });
    }
    return this.loading;
  }

  private async build(previous: State | undefined): Promise<State> {
    const revision = await readRevision(this.ds.manager, POLICY_SCOPE);
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
    return {
      revision,
      groups: [...groups.values()],
      entries,
      byNewest,
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

  /** The search answer as JSON text, cached until the next content change. */
  async searchJson(query: PolicyQuery, language: Language): Promise<string> {
    const state = await this.current();
    const key = JSON.stringify([language, query.q ?? '', query.category ?? '', query.industry ?? '', query.department ?? '', query.validOn ?? '', query.sort, query.page, query.pageSize]);
    const cached = state.responses.get(key);
    if (cached) return cached;
    const json = JSON.stringify(this.search(state, query, language));
    if (state.responses.size >= CACHE_ENTRIES) state.responses.delete(state.responses.keys().next().value as string);
    state.responses.set(key, json);
    return json;
  }

  private search(state: State, query: PolicyQuery, language: Language) {
    const department = query.department?.trim().toLowerCase();
    const filter = (e: Entry) =>
      (!query.category || e.view.category === query.category) &&
      (!query.industry || e.view.industries.length === 0 || e.view.industries.includes(query.industry)) &&
      (!department || e.departments.has(department)) &&
      (!query.validOn || isValidOn(e.view, query.validOn));
    const start = (query.page - 1) * query.pageSize;
    const q = query.q?.trim();
    let ranked: Entry[];
    let total: number;
    if (q) {
      const terms = queryTerms(q, language);
      const minHits = Math.max(1, Math.ceil(terms.length * 0.6));
      const found: Hit[] = [];
      for (const h of state.index.search(terms, minHits)) {
        const e = state.entries[h.doc] as Entry;
        if (filter(e)) found.push({ e, hits: h.hits, score: h.score });
      }
      total = found.length;
      // only the pages up to the one asked for need ordering
      ranked = topK(found, start + query.pageSize, query.sort === 'newest' ? byRecency : byRelevance).map((h) => h.e);
    } else {
      ranked = state.byNewest.filter(filter);
      total = ranked.length;
    }
    return {
      items: ranked.slice(start, start + query.pageSize).map((e) => this.summary(state, e, language)),
      total: ranked.length,
      page: query.page,
      pageSize: query.pageSize,
      language,
    };
  }

  async detail(id: number, language: Language): Promise<PolicyDetail | undefined> {
    const state = await this.current();
    const e = state.byId.get(id);
    if (!e) return undefined;
    const tr = e.view.translations[e.readAs[language]];
    return {
      ...this.summary(state, e, language),
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

  /** Published, currently valid policies the profile qualifies for (then near misses), ranked. */
  async match(profile: EnterpriseProfile, language: Language): Promise<MatchResponse> {
    const state = await this.current();
    const day = today();
    // the best MATCH_PAGE by score, kept sorted while scanning; rules are evaluated once per group
    const top: { e: Entry; score: number }[] = [];
    let total = 0;
    for (const g of state.groups) {
      if (!isValidOn(g.view, day)) continue;
      const base = matchScore(g.rules, g.view.eligibility, g.view.industries, profile, 0);
      if (base < 0) continue;
      total += g.members.length;
      for (const e of g.members) {
        const score = base + e.benefitBonus;
        if (top.length === MATCH_PAGE && !better(score, e.id, top[MATCH_PAGE - 1] as { e: Entry; score: number })) continue;
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (better(score, e.id, top[mid] as { e: Entry; score: number })) hi = mid;
          else lo = mid + 1;
        }
        top.splice(lo, 0, { e, score });
        if (top.length > MATCH_PAGE) top.pop();
      }
    }
    const nameOf = this.nameOf(state);
    // sentences only for the page shown
    const items: PolicyMatch[] = top.map(({ e, score }) => {
      const texts = (e.ruleTexts[language] ??= ruleTexts(e.rules, e.view.eligibility, e.view.industries, language, nameOf));
      const outcomes = ruleOutcomes(e.rules, e.view.eligibility, e.view.industries, profile);
      const pick = (o: string) => e.rules.flatMap((r, i) => (outcomes[i] === o ? [{ criterion: r.criterion, text: texts[i] ?? '' }] : []));
      const unmet = pick('unmet');
      return { policy: this.summary(state, e, language), qualifies: unmet.length === 0, score: Math.round(score * 100) / 100, met: pick('met'), unmet, unknown: pick('unknown') };
    });
    return { language, items, total };
  }

  private nameOf(state: State): NameOf {
    return (kind, code, language) => resolveTranslation(state.names.get(`${kind}:${code}`) ?? {}, language)?.value ?? code;
  }

  private summary(state: State, e: Entry, language: Language): PolicySummary {
    const used = e.readAs[language];
    const tr = e.view.translations[used];
    const name = (kind: string, code: string) => ({ code, name: resolveTranslation(state.names.get(`${kind}:${code}`) ?? {}, language)?.value ?? code });
    return {
      id: e.id,
      title: tr.title,
      summary: tr.summary,
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
    recency: 0,
  };
  entry.benefitBonus = Math.log10(1 + (entry.maxAmount ?? 0));
  return entry;
}

type Hit = { e: Entry; hits: number; score: number };
const byRelevance = (a: Hit, b: Hit) => b.hits - a.hits || b.score - a.score || a.e.recency - b.e.recency;
const byRecency = (a: Hit, b: Hit) => a.e.recency - b.e.recency;

/** The first k items in order; a full sort only when most of them are wanted anyway. */
function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k * 4 >= items.length) return items.sort(compare).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, top[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
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
