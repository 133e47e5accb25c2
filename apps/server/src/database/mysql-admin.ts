import { createConnection } from 'mysql2/promise';

/** Creates or drops a database on a MySQL/MariaDB server (used by tests and the generator). */
export async function createMysqlDatabase(serverUrl: string, name: string): Promise<void> {
  assertName(name);
  const conn = await createConnection({ uri: serverUrl });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await conn.end();
  }
}

export async function dropMysqlDatabase(serverUrl: string, name: string): Promise<void> {
  assertName(name);
  const conn = await createConnection({ uri: serverUrl });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await conn.end();
  }
}

function assertName(name: string): void {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
}
