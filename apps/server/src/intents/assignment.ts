import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@zhaoshang/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { ConciergeEntity } from '../concierges/concierge.entity';
import type { CounterStore } from '../rate-limit/counter-store';
import { COUNTER_STORE } from '../rate-limit/rate-limit.service';
import { AssignmentRuleEntity } from './intent.entity';

type Rule = Pick<AssignmentRuleEntity, 'industry' | 'language' | 'conciergeIds'>;
type Concierge = Pick<ConciergeEntity, 'id' | 'active' | 'languages' | 'industries'>;
export type Need = { industries: readonly string[]; language: Language };
export type Roster = { rules: AssignmentRuleEntity[]; concierges: ConciergeEntity[] };

/**
 * The concierges equally entitled to a lead, by the most specific matching rules (industry and
 * language, then industry, then language, then catch-all). Without a usable rule: active
 * concierges who cover the industry and speak the language, then those who speak it, then all.
 */
export function equalCandidates(rules: readonly Rule[], concierges: readonly Concierge[], need: Need): number[] {
  const active = new Map(concierges.filter((c) => c.active).map((c) => [c.id, c]));
  const byScore = new Map<number, Set<number>>();
  for (const r of rules) {
    if (r.industry !== null && !need.industries.includes(r.industry)) continue;
    if (r.language !== null && r.language !== need.language) continue;
    const score = (r.industry !== null ? 2 : 0) + (r.language !== null ? 1 : 0);
    const set = byScore.get(score) ?? new Set<number>();
    for (const id of r.conciergeIds) if (active.has(id)) set.add(id);
    byScore.set(score, set);
  }
  for (const score of [3, 2, 1, 0]) {
    const ids = byScore.get(score);
    if (ids?.size) return [...ids].sort((a, b) => a - b);
  }
  const all = [...active.values()];
  const speaks = all.filter((c) => c.languages.includes(need.language));
  const covers = speaks.filter((c) => c.industries.some((i) => need.industries.includes(i)));
  return (covers.length ? covers : speaks.length ? speaks : all).map((c) => c.id).sort((a, b) => a - b);
}

/** Rules and concierges are re-read at most this often: an edit shows on every replica within it. */
const ROSTER_TTL_MS = 2000;

@Injectable()
export class AssignmentService {
  private cached: { at: number; rules: AssignmentRuleEntity[]; concierges: ConciergeEntity[] } | undefined;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(COUNTER_STORE) private readonly counters: CounterStore,
  ) {}

  /**
   * Active concierges and the rules, cached for ROSTER_TTL_MS. Inside a transaction pass its
   * manager: a refresh then reads on the transaction's own connection. Reading on the pool there
   * deadlocks under load, when every pooled connection holds a transaction waiting for one more.
   */
  async roster(manager: EntityManager = this.ds.manager) {
    if (!this.cached || Date.now() - this.cached.at > ROSTER_TTL_MS) {
      // one after the other: a transaction's connection runs one statement at a time anyway
      const rules = await manager.getRepository(AssignmentRuleEntity).find({ order: { sort: 'ASC', id: 'ASC' } });
      const concierges = await manager.getRepository(ConciergeEntity).find({ where: { active: true } });
      this.cached = { at: Date.now(), rules, concierges };
    }
    return this.cached;
  }

  /** After a rules edit on this replica: read them again at once. */
  forget(): void {
    this.cached = undefined;
  }

  /** Rules and active concierges as a transaction sees them, bypassing the cache (a handover of many leads). */
  async freshRoster(manager: EntityManager): Promise<Roster> {
    const rules = await manager.getRepository(AssignmentRuleEntity).find({ order: { sort: 'ASC', id: 'ASC' } });
    const concierges = await manager.getRepository(ConciergeEntity).find({ where: { active: true } });
    return { rules, concierges };
  }

  /**
   * Round-robin among the equal candidates. The position is a shared counter per group (database
   * or Redis) so replicas share it; it is bumped on its own, outside the intent's transaction, so
   * concurrent submissions do not queue behind one row lock.
   */
  async choose(need: Need, exclude: readonly number[] = [], roster?: Roster): Promise<ConciergeEntity | null> {
    const { rules, concierges } = roster ?? (await this.roster());
    const ids = equalCandidates(rules, concierges.filter((c) => !exclude.includes(c.id)), need);
    const byId = (id: number | undefined) => concierges.find((c) => c.id === id) ?? null;
    if (ids.length <= 1) return byId(ids[0]);
    const position = await this.counters.increment(ids.join(','));
    return byId(ids[(position - 1) % ids.length]);
  }
}
