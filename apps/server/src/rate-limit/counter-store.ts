import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { In, type DataSource } from 'typeorm';
import { execute, ident } from '../database/fast-sql';
import { AssignmentCounterEntity } from '../intents/intent.entity';
import { RateLimitCounterEntity } from './rate-limit-counter.entity';

export type WindowState = { count: number; resetInSeconds: number };
export type Limit = { key: string; max: number };
export type Refusal = { key: string; resetInSeconds: number };

/**
 * Counters every replica shares: fixed-window rate limits and plain sequences (round-robin
 * positions). `now` is in epoch seconds.
 */
export type CounterStore = {
  /** Counts one hit; the count in the current window. */
  hit(key: string, windowSeconds: number, now: number): Promise<WindowState>;
  peek(key: string, windowSeconds: number, now: number): Promise<WindowState>;
  /** Forgets the key's count in the current window. */
  reset(key: string, windowSeconds: number, now: number): Promise<void>;
  /**
   * Counts one hit on every key unless a key is at its max: answers the first key at its limit
   * (nothing counted then), or undefined when the hit is allowed.
   */
  take(limits: readonly Limit[], windowSeconds: number, now: number): Promise<Refusal | undefined>;
  /** Adds one to a sequence and answers the new value (the first call answers 1). */
  increment(key: string): Promise<number>;
};

export function windowOf(windowSeconds: number, now: number) {
  const start = Math.floor(now / windowSeconds) * windowSeconds;
  return { start, end: start + windowSeconds, resetInSeconds: start + windowSeconds - now };
}

/**
 * Counters in the database (the default: no other service needed). Plain UPDATE/INSERT
 * statements only, the same SQL on SQLite, MySQL and MariaDB.
 */
export class DatabaseCounterStore implements CounterStore {
  constructor(private readonly ds: DataSource) {}

  async peek(key: string, windowSeconds: number, now: number): Promise<WindowState> {
    const { start, resetInSeconds } = windowOf(windowSeconds, now);
    const row = await this.ds.getRepository(RateLimitCounterEntity).findOneBy({ key });
    return { count: row && row.windowStart === start ? row.count : 0, resetInSeconds };
  }

  async hit(key: string, windowSeconds: number, now: number): Promise<WindowState> {
    const { start, resetInSeconds } = windowOf(windowSeconds, now);
    const repo = this.ds.getRepository(RateLimitCounterEntity);
    for (let attempt = 0; attempt < 3; attempt++) {
      const bumped = await repo
        .createQueryBuilder()
        .update()
        .set({ count: () => 'count + 1' })
        .where('bucket = :key AND window_start = :start', { key, start })
        .execute();
      if (bumped.affected) break;
      // a stale window: restart it at 1
      const restarted = await repo
        .createQueryBuilder()
        .update()
        .set({ windowStart: start, count: 1 })
        .where('bucket = :key AND window_start <> :start', { key, start })
        .execute();
      if (restarted.affected) break;
      try {
        await repo.insert({ key, windowStart: start, count: 1 });
        break;
      } catch {
        // another replica inserted it first: loop and bump
      }
    }
    return { count: (await this.peek(key, windowSeconds, now)).count, resetInSeconds };
  }

  async reset(key: string): Promise<void> {
    await this.ds.getRepository(RateLimitCounterEntity).delete({ key });
  }


  /**
   * The usual case is one statement that bumps every key still under its max in the current
   * window; only a key with no current window, or at its max, costs a read. Two requests racing
   * to open a window may count one hit less.
   */
  async take(limits: readonly Limit[], windowSeconds: number, now: number): Promise<Refusal | undefined> {
    const { start, resetInSeconds } = windowOf(windowSeconds, now);
    const m = this.ds.manager;
    const count = ident(m, 'count');
    const under = limits.map(() => `(${ident(m, 'bucket')} = ? AND ${count} < ?)`).join(' OR ');
    const bumped = await execute(m, `UPDATE ${ident(m, 'rate_limit_counter')} SET ${count} = ${count} + 1 WHERE ${ident(m, 'window_start')} = ? AND (${under})`, [
      start,
      ...limits.flatMap((l) => [l.key, l.max]),
    ]);
    if (bumped === limits.length) return undefined;
    const rows = new Map((await this.ds.getRepository(RateLimitCounterEntity).findBy({ key: In(limits.map((l) => l.key)) })).map((r) => [r.key, r]));
    const opening: Limit[] = [];
    const atMax: Limit[] = [];
    let surelyBumped = 0;
    for (const l of limits) {
      const row = rows.get(l.key);
      if (!row || row.windowStart !== start) opening.push(l);
      else if (row.count < l.max) surelyBumped++;
      else if (row.count > l.max) return { key: l.key, resetInSeconds };
      else atMax.push(l);
    }
    // a key found at its max was bumped to it by this call only if the update's count says so
    const [first] = atMax;
    if (first && atMax.length > bumped - surelyBumped) return { key: first.key, resetInSeconds };
    for (const l of opening) {
      if (l.max < 1 || (await this.hit(l.key, windowSeconds, now)).count > l.max) return { key: l.key, resetInSeconds };
    }
    return undefined;
  }

  async increment(key: string): Promise<number> {
    const groupKey = key.slice(0, 191);
    const m = this.ds.manager;
    const next = ident(m, 'next');
    const table = ident(m, 'assignment_counter');
    const bump = () => execute(m, `UPDATE ${table} SET ${next} = ${next} + 1 WHERE ${ident(m, 'group_key')} = ?`, [groupKey]);
    if (!(await bump())) {
      try {
        await this.ds.getRepository(AssignmentCounterEntity).insert({ groupKey, next: 1 });
      } catch {
        // another request created it at the same moment
        await bump();
      }
    }
    const [row] = await m.query<{ next: number | string }[]>(`SELECT ${next} AS ${next} FROM ${table} WHERE ${ident(m, 'group_key')} = ?`, [groupKey]);
    return Number(row?.next ?? 1);
  }
}

// KEYS: the counters of this window; ARGV[1]: seconds they must outlive; ARGV[2..]: each key's
// max. Atomic in Redis: either every key is counted or none is.
const TAKE = `
for i, k in ipairs(KEYS) do
  if tonumber(redis.call('GET', k) or '0') >= tonumber(ARGV[i + 1]) then return i end
end
for i, k in ipairs(KEYS) do
  if redis.call('INCR', k) == 1 then redis.call('EXPIRE', k, ARGV[1]) end
end
return 0`;
const HIT = `
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return c`;

type ScriptedRedis = Redis & {
  zsTake(...args: (string | number)[]): Promise<number>;
  zsHit(key: string, ttl: number): Promise<number>;
};

/**
 * Counters in Redis (`REDIS_URL`): one round trip each and no row locks, for deployments with
 * many replicas or heavy traffic. A window's key expires when the window ends.
 */
export class RedisCounterStore implements CounterStore {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    redis.defineCommand('zsTake', { lua: TAKE });
    redis.defineCommand('zsHit', { numberOfKeys: 1, lua: HIT });
    this.redis = redis as ScriptedRedis;
  }

  /** One key per window: it expires a second after the window ends. */
  private windowKey(key: string, windowSeconds: number, now: number) {
    const { start, resetInSeconds } = windowOf(windowSeconds, now);
    return { name: `${this.prefix}rl:${key}:${start}`, ttl: Math.ceil(resetInSeconds) + 1, resetInSeconds };
  }

  async hit(key: string, windowSeconds: number, now: number): Promise<WindowState> {
    const { name, ttl, resetInSeconds } = this.windowKey(key, windowSeconds, now);
    return { count: Number(await this.redis.zsHit(name, ttl)), resetInSeconds };
  }

  async peek(key: string, windowSeconds: number, now: number): Promise<WindowState> {
    const { name, resetInSeconds } = this.windowKey(key, windowSeconds, now);
    return { count: Number((await this.redis.get(name)) ?? 0), resetInSeconds };
  }

  async reset(key: string, windowSeconds: number, now: number): Promise<void> {
    await this.redis.del(this.windowKey(key, windowSeconds, now).name);
  }

  async take(limits: readonly Limit[], windowSeconds: number, now: number): Promise<Refusal | undefined> {
    const { ttl, resetInSeconds } = this.windowKey('', windowSeconds, now);
    const names = limits.map((l) => this.windowKey(l.key, windowSeconds, now).name);
    const refused = Number(await this.redis.zsTake(limits.length, ...names, ttl, ...limits.map((l) => l.max)));
    const limit = refused > 0 ? limits[refused - 1] : undefined;
    return limit ? { key: limit.key, resetInSeconds } : undefined;
  }

  async increment(key: string): Promise<number> {
    return this.redis.incr(`${this.prefix}seq:${key}`);
  }
}

/**
 * Redis first; while Redis cannot be reached, the database answers, so an outage of the counters
 * never refuses an investor's submission. Counts made during the outage stay in the database.
 */
export class FallbackCounterStore implements CounterStore {
  private readonly logger = new Logger('Counters');
  private warnedAt = 0;

  constructor(
    private readonly primary: CounterStore,
    private readonly fallback: CounterStore,
  ) {}

  private async either<T>(call: (store: CounterStore) => Promise<T>): Promise<T> {
    try {
      return await call(this.primary);
    } catch (error) {
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        this.logger.warn(`Redis unavailable, counting in the database: ${error instanceof Error ? error.message : String(error)}`);
      }
      return call(this.fallback);
    }
  }

  hit(key: string, windowSeconds: number, now: number) {
    return this.either((s) => s.hit(key, windowSeconds, now));
  }

  peek(key: string, windowSeconds: number, now: number) {
    return this.either((s) => s.peek(key, windowSeconds, now));
  }

  reset(key: string, windowSeconds: number, now: number) {
    return this.either((s) => s.reset(key, windowSeconds, now));
  }

  take(limits: readonly Limit[], windowSeconds: number, now: number) {
    return this.either((s) => s.take(limits, windowSeconds, now));
  }

  increment(key: string) {
    return this.either((s) => s.increment(key));
  }
}
