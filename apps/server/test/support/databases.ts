import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDatabaseUrl } from '../../src/config/config';
import type { DatabaseConfig } from '../../src/config/config.schema';
import { createMysqlDatabase, dropMysqlDatabase } from '../../src/database/mysql-admin';

export type Dialect = 'sqlite' | 'mysql';

/**
 * The dialects e2e suites run on: SQLite always, MySQL/MariaDB when TEST_MYSQL_URL is set.
 * In CI a missing TEST_MYSQL_URL is an error, never a silent skip.
 */
export function dialects(): Dialect[] {
  if (process.env.TEST_MYSQL_URL) return ['sqlite', 'mysql'];
  if (process.env.CI) throw new Error('TEST_MYSQL_URL must be set in CI: the MySQL/MariaDB e2e suites may not be skipped');
  return ['sqlite'];
}

export type TestDatabase = { config: DatabaseConfig; url: string; drop(): Promise<void> };

/** A fresh, empty database of its own for one suite. */
export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'zs-e2e-'));
    const url = `sqlite:${join(dir, 'test.sqlite')}`;
    return { config: parseDatabaseUrl(url, 1), url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.TEST_MYSQL_URL as string;
  const name = `zs_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await createMysqlDatabase(server, name);
  const url = server.replace(/\/[^/]*$/, `/${name}`);
  return { config: parseDatabaseUrl(url, 5), url, drop: () => dropMysqlDatabase(server, name) };
}

/** Redis for the suites that cover the Redis counters (TEST_REDIS_URL); required in CI. */
export function testRedisUrl(): string | undefined {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  if (process.env.CI) throw new Error('TEST_REDIS_URL must be set in CI: the Redis suites may not be skipped');
  return undefined;
}

/** App settings that put the shared counters in Redis under a prefix of this suite's own. */
export function redisEnv(): Record<string, string> {
  const url = testRedisUrl();
  return url ? { REDIS_URL: url, REDIS_KEY_PREFIX: `zs-test-${randomBytes(4).toString('hex')}:` } : {};
}
