import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { DatabaseCounterStore, FallbackCounterStore, RedisCounterStore, type CounterStore } from '../src/rate-limit/counter-store';
import { dialects, freshDatabase, testRedisUrl, type TestDatabase } from './support/databases';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

type Backend = { name: string; open(): Promise<{ sut: CounterStore; close(): Promise<void> }> };

async function database(dialect: 'sqlite' | 'mysql'): Promise<{ ds: DataSource; db: TestDatabase }> {
  const db = await freshDatabase(dialect);
  const ds = await createDataSource(db.config);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return { ds, db };
}

const backends: Backend[] = [
  ...dialects().map((dialect) => ({
    name: `database (${dialect})`,
    open: async () => {
      const { ds, db } = await database(dialect);
      return { sut: new DatabaseCounterStore(ds), close: async () => (await ds.destroy(), await db.drop()) };
    },
  })),
  ...(testRedisUrl()
    ? [
        {
          name: 'redis',
          open: async () => {
            const redis = new Redis(testRedisUrl() as string, { enableOfflineQueue: true });
            const prefix = `zs-test-${randomBytes(4).toString('hex')}:`;
            return {
              sut: new RedisCounterStore(redis, prefix),
              close: async () => {
                const keys = await redis.keys(`${prefix}*`);
                if (keys.length) await redis.del(...keys);
                await redis.quit();
              },
            };
          },
        },
      ]
    : []),
];

const T0 = 1_800_000_000; // a window boundary for 60 s and 3600 s windows

// first: once a MySQL data source is made, long-text columns are LONGTEXT for the whole process
describe('shared counters while Redis is down', () => {
  it('count in the database instead, so no submission is refused for it', async () => {
    const { ds, db } = await database('sqlite');
    // nothing listens on port 1: every Redis command fails at once
    const redis = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    redis.on('error', () => undefined);
    const sut = new FallbackCounterStore(new RedisCounterStore(redis, 'zs-down:'), new DatabaseCounterStore(ds));
    try {
      const limit = [{ key: 'submit:down', max: 2 }];
      expect(await sut.take(limit, 3600, T0)).toBeUndefined();
      expect(await sut.take(limit, 3600, T0)).toBeUndefined();
      expect((await sut.take(limit, 3600, T0))?.key).toBe('submit:down');
      expect(await sut.increment('9,10')).toBe(1);
    } finally {
      redis.disconnect();
      await ds.destroy();
      await db.drop();
    }
  }, SETUP_TIMEOUT_MS); // creates and migrates a database of its own
});

describe.each(backends)('shared counters: $name', (backend) => {
  let sut: CounterStore;
  let close: () => Promise<void>;
  beforeAll(async () => ({ sut, close } = await backend.open()), SETUP_TIMEOUT_MS);
  afterAll(() => close(), SETUP_TIMEOUT_MS);

  it('counts hits per key and window, and starts again in the next window', async () => {
    expect((await sut.hit('a', 60, T0)).count).toBe(1);
    expect((await sut.hit('a', 60, T0 + 10)).count).toBe(2);
    expect((await sut.hit('b', 60, T0 + 10)).count).toBe(1);
    expect(await sut.peek('a', 60, T0 + 20)).toEqual({ count: 2, resetInSeconds: 40 });
    await sut.reset('a', 60, T0 + 20);
    expect((await sut.peek('a', 60, T0 + 20)).count).toBe(0);
    expect((await sut.hit('a', 60, T0 + 61)).count).toBe(1);
  });

  it('allows hits up to the limit, then refuses with the key and the seconds until the window ends', async () => {
    const now = Date.now() / 1000;
    const limit = [{ key: 'submit:1', max: 3 }];
    for (let i = 0; i < 3; i++) expect(await sut.take(limit, 3600, now)).toBeUndefined();
    const refused = await sut.take(limit, 3600, now);
    expect(refused?.key).toBe('submit:1');
    expect(refused?.resetInSeconds).toBeGreaterThan(0);
    expect(refused?.resetInSeconds).toBeLessThanOrEqual(3600);
    expect((await sut.peek('submit:1', 3600, now)).count).toBe(3);
  });

  it('names the key that is at its limit when several are checked at once', async () => {
    const now = Date.now() / 1000;
    const limits = [
      { key: 'investor:7', max: 2 },
      { key: 'ip:10.0.0.1', max: 100 },
    ];
    expect(await sut.take(limits, 3600, now)).toBeUndefined();
    expect(await sut.take(limits, 3600, now)).toBeUndefined();
    expect((await sut.take(limits, 3600, now))?.key).toBe('investor:7');
    // another investor behind the same address is not held back
    expect(await sut.take([{ key: 'investor:8', max: 2 }, limits[1] as { key: string; max: number }], 3600, now)).toBeUndefined();
    expect((await sut.take([{ key: 'investor:9', max: 5 }, { key: 'ip:10.0.0.1', max: 3 }], 3600, now))?.key).toBe('ip:10.0.0.1');
  });

  it('opens a new window for a key whose window has passed', async () => {
    const limit = [{ key: 'guest:ip', max: 1 }];
    expect(await sut.take(limit, 60, T0 + 5)).toBeUndefined();
    expect(await sut.take(limit, 60, T0 + 6)).toBeDefined();
    expect(await sut.take(limit, 60, T0 + 65)).toBeUndefined();
  });

  it('never allows more than the limit when many requests arrive at once', async () => {
    const now = Date.now() / 1000;
    const limit = [{ key: 'burst', max: 10 }];
    expect(await sut.take(limit, 3600, now)).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: 29 }, () => sut.take(limit, 3600, now)));
    expect(answers.filter((a) => a === undefined)).toHaveLength(9);
    expect((await sut.peek('burst', 3600, now)).count).toBe(10);
  });

  it('keeps sequences for round-robin positions, one per key', async () => {
    expect(await sut.increment('1,2,3')).toBe(1);
    expect(await sut.increment('1,2,3')).toBe(2);
    expect(await sut.increment('4,5')).toBe(1);
    const many = await Promise.all(Array.from({ length: 20 }, () => sut.increment('1,2,3')));
    expect(many.every((n) => n >= 3 && n <= 22)).toBe(true);
    // every concurrent caller was counted: the next position is past all of them
    expect(await sut.increment('1,2,3')).toBe(23);
  });
});

