import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LANGUAGES,
  FALLBACK_CHAIN,
  resolveTranslation,
  type AdminPolicy,
  type EnterpriseProfile,
  type Language,
  type MatchResponse,
  type PolicyDetail,
  type PolicyMatch,
  type PolicyQuery,
  type PolicySummary,
  type Translated,
} from '@zhaoshang/contracts';
import { IsNull, Not, type DataSource } from 'typeorm';
import { readRevision } from '../content/content-revision';
import { richTextToPlain } from '../content/sanitize';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { evaluate, type NameOf } from './eligibility';
import { POLICY_SCOPE } from './policy-writer';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';
import { InvertedIndex } from './search/inverted-index';
import { cjkChars, queryTerms, tokenize } from './search/tokenize';

type Entry = {
  id: number;
  view: AdminPolicy;
  /** the language each requested language reads, along its fallback chain */
  readAs: Record<Language, Language>;
  departments: Set<string>;
  maxAmount: number | null;
  publishedAt: string;
};

type State = {
  revision: number;
  entries: Entry[];
  byId: Map<number, Entry>;
  index: InvertedIndex;
  names: Map<string, Translated>;
  responses: Map<string, string>;
};

// field weights: a word in the title counts most
const WEIGHTS = { title: 8, summary: 4, meta: 3, body: 1 } as const;
const BODY_CHARS = 4000;
const CACHE_ENTRIES = 2000;
const CHECK_EVERY_MS = 1000;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The public read model of published policies, held in memory on each replica: search index,
 * reference names and serialized answers. It is derived data only: it is rebuilt from the
 * database whenever the `policies` content revision (bumped in the same transaction as a publish
 * or archive) differs from the one it was built from, checked at most once a second, and at once
 * after a write on this replica.
 */
@Injectable()
export class PolicyCatalog {
  private state?: State;
  private loading?: Promise<State>;
  private checkedAt = 0;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Called after a write on this replica: the next read checks the revision at once. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  async current(): Promise<State> {
    if (!this.state) return this.reload();
    if (Date.now() - this.checkedAt > CHECK_EVERY_MS) {
      this.checkedAt = Date.now();
      const revision = await readRevision(this.ds.manager, POLICY_SCOPE);
      if (revision !== this.state.revision) return this.reload();
    }
    return this.state;
  }

  private reload(): Promise<State> {
    if (!this.loading) {
      this.loading = this.build()
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

  private async build(): Promise<State> {
    const revision = await readRevision(this.ds.manager, POLICY_SCOPE);
    const policies = await this.ds.getRepository(PolicyEntity).find({ where: { status: 'published', publishedVersion: Not(IsNull()) }, select: { id: true, publishedVersion: true, publishedAt: true } });
    const versions = new Map<number, AdminPolicy>();
    const chunk = 200;
    for (let i = 0; i < policies.length; i += chunk) {
      const part = policies.slice(i, i + chunk);
      const rows = await this.ds.getRepository(PolicyVersionEntity).find({
        where: part.map((p) => ({ policyId: p.id, version: p.publishedVersion as number })),
        select: { policyId: true, version: true, snapshot: true },
      });
      for (const r of rows) {
        const p = part.find((x) => x.id === r.policyId);
        if (p && p.publishedVersion === r.version) versions.set(r.policyId, r.snapshot);
      }
    }
    const refs = await this.ds.getRepository(ReferenceItemEntity).find();
    const names = new Map(refs.map((r) => [`${r.kind}:${r.code}`, r.names]));

    const entries: Entry[] = [];
    const index = new InvertedIndex();
    for (const p of policies) {
      const view = versions.get(p.id);
      if (!view) continue;
      const readAs = Object.fromEntries(
        LANGUAGES.map((l) => [l, FALLBACK_CHAIN[l].find((c) => view.translations[c].title.trim()) ?? 'zh-CN']),
      ) as Record<Language, Language>;
      const entry: Entry = {
        id: p.id,
        view,
        readAs,
        departments: new Set(LANGUAGES.map((l) => view.translations[l].department.trim().toLowerCase()).filter(Boolean)),
        maxAmount: view.benefits.reduce<number | null>((m, b) => (b.maxAmount !== null && (m === null || b.maxAmount > m) ? b.maxAmount : m), null),
        publishedAt: p.publishedAt ? p.publishedAt.toISOString() : view.updatedAt,
      };
      const doc = entries.push(entry) - 1;
      index.add(doc, termsOf(view, names));
    }
    index.seal();
    return { revision, entries, byId: new Map(entries.map((e) => [e.id, e])), index, names, responses: new Map() };
  }

  // ---- reads ----

  async hasCode(kind: 'policyCategory' | 'industry' | 'enterpriseType' | 'spaceKind', code: string): Promise<boolean> {
    return (await this.current()).names.has(`${kind}:${code}`);
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
    const filter = (e: Entry) =>
      (!query.category || e.view.category === query.category) &&
      (!query.industry || e.view.industries.length === 0 || e.view.industries.includes(query.industry)) &&
      (!query.department || e.departments.has(query.department.trim().toLowerCase())) &&
      (!query.validOn || isValidOn(e.view, query.validOn));
    let ranked: Entry[];
    const q = query.q?.trim();
    if (q) {
      const terms = queryTerms(q, language);
      const minHits = Math.max(1, Math.ceil(terms.length * 0.6));
      const found = state.index.search(terms, minHits).filter((h) => filter(state.entries[h.doc] as Entry));
      if (query.sort === 'newest') ranked = found.map((h) => state.entries[h.doc] as Entry).sort(newest);
      else ranked = found.sort((a, b) => b.hits - a.hits || b.score - a.score || newest(state.entries[a.doc] as Entry, state.entries[b.doc] as Entry)).map((h) => state.entries[h.doc] as Entry);
    } else {
      ranked = state.entries.filter(filter).sort(newest);
    }
    const start = (query.page - 1) * query.pageSize;
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
    const used = e.readAs[language];
    const tr = e.view.translations[used];
    const nameOf = this.nameOf(state);
    return {
      ...this.summary(state, e, language),
      body: tr.body,
      documentNumber: e.view.documentNumber,
      benefits: e.view.benefits.map((b) => ({ kind: b.kind, maxAmount: b.maxAmount, description: resolveTranslation(b.description, language)?.value ?? '' })),
      eligibility: e.view.eligibility,
      eligibilityText: evaluate(e.view.eligibility, e.view.industries, null, language, nameOf).map((c) => c.text),
      applySteps: tr.applySteps,
      applyMaterials: tr.applyMaterials,
      applyContact: tr.applyContact,
      attachments: e.view.attachments.map((a) => ({ title: resolveTranslation(a.title, language)?.value ?? a.url, url: a.url })),
      currentlyValid: isValidOn(e.view, today()),
      updatedAt: e.publishedAt,
    };
  }

  /** Published, currently valid policies the profile qualifies for (and near misses), ranked. */
  async match(profile: EnterpriseProfile, language: Language, limit = 50): Promise<MatchResponse> {
    const state = await this.current();
    const nameOf = this.nameOf(state);
    const day = today();
    const ranked: { e: Entry; score: number }[] = [];
    for (const e of state.entries) {
      if (!isValidOn(e.view, day)) continue;
      let met = 0;
      let unmet = 0;
      let unknown = 0;
      for (const c of evaluate(e.view.eligibility, e.view.industries, profile, language, nameOf, false)) {
        if (c.outcome === 'met') met++;
        else if (c.outcome === 'unmet') unmet++;
        else unknown++;
      }
      if (unmet > 1) continue;
      // qualifying first; among them more criteria met (a targeted policy) and fewer unknowns
      ranked.push({ e, score: (unmet ? 0 : 100) + met * 10 - unknown * 3 + Math.log10(1 + (e.maxAmount ?? 0)) });
    }
    ranked.sort((a, b) => b.score - a.score || a.e.id - b.e.id);
    const items: PolicyMatch[] = ranked.slice(0, limit).map(({ e, score }) => {
      const checks = evaluate(e.view.eligibility, e.view.industries, profile, language, nameOf);
      const pick = (o: string) => checks.filter((c) => c.outcome === o).map(({ criterion, text }) => ({ criterion, text }));
      const unmet = pick('unmet');
      return { policy: this.summary(state, e, language), qualifies: unmet.length === 0, score: Math.round(score * 100) / 100, met: pick('met'), unmet, unknown: pick('unknown') };
    });
    return { language, items, total: ranked.length };
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

function isValidOn(view: AdminPolicy, day: string): boolean {
  return (!view.validFrom || view.validFrom <= day) && (!view.validUntil || view.validUntil >= day);
}

function newest(a: Entry, b: Entry): number {
  return b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id;
}

/** Every language's text goes into one index, so a query in any language finds the policy. */
function termsOf(view: AdminPolicy, names: Map<string, Translated>): Map<string, number> {
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
