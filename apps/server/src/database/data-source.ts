import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config.schema';
import { useLongTextOnMysql } from './columns';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * One migration set per dialect: a migration generated for MySQL does not run on SQLite.
 * `synchronize` is never on; the schema comes from migrations everywhere, tests included.
 */
export function dataSourceOptions(db: DatabaseConfig, flavor: MysqlFlavor = 'mysql'): DataSourceOptions {
  if (db.kind === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: db.path,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      synchronize: false,
      // WAL lets readers run while a write is in progress
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
      },
    } as DataSourceOptions;
  }
  useLongTextOnMysql();
  return {
    // MariaDB reports column defaults differently; with the wrong driver flavour TypeORM sees
    // schema drift that is not there
    type: flavor,
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    synchronize: false,
    poolSize: db.poolSize,
    // mysql2's pool drops dead connections and opens new ones: after a database restart the
    // next queries reconnect without restarting the process
    // trace: false skips mysql2 capturing a stack trace on every query (a tenth of a submission's CPU);
    // TypeORM's QueryFailedError still names the statement
    extra: { enableKeepAlive: true, keepAliveInitialDelay: 10000, connectTimeout: 5000, waitForConnections: true, queueLimit: 0, trace: false },
  };
}

export type MysqlFlavor = 'mysql' | 'mariadb';

/** Asks a MySQL-protocol server whether it is MariaDB; retried while the server starts. */
export async function detectMysqlFlavor(url: string, attempts = 10, delayMs = 2000): Promise<MysqlFlavor> {
  if (url.startsWith('mariadb:')) return 'mariadb';
  for (let attempt = 1; ; attempt++) {
    try {
      const conn = await createConnection({ uri: url, connectTimeout: 5000 });
      try {
        const [rows] = await conn.query('SELECT VERSION() AS v');
        return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
      } finally {
        await conn.end();
      }
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

export async function resolveDataSourceOptions(db: DatabaseConfig): Promise<DataSourceOptions> {
  return db.kind === 'sqlite' ? dataSourceOptions(db) : dataSourceOptions(db, await detectMysqlFlavor(db.url));
}

export async function createDataSource(db: DatabaseConfig): Promise<DataSource> {
  return new DataSource(await resolveDataSourceOptions(db));
}
