import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { ENTITIES } from '../src/database/entities';
import { seed } from '../src/database/seed/seed';
import { dialects, freshDatabase, type TestDatabase } from './support/databases';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

async function dump(ds: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const entity of ENTITIES) {
    const meta = ds.getMetadata(entity);
    out[meta.tableName] = await ds.getRepository(entity).find({ order: Object.fromEntries(meta.primaryColumns.map((c) => [c.propertyName, 'ASC'])) });
  }
  return out;
}

describe.each(dialects())('migrations and seed (%s)', (dialect) => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    ds = await createDataSource(db.config);
    await ds.initialize();
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  }, SETUP_TIMEOUT_MS);

  it('migrations build exactly the schema the entities describe, and revert cleanly', async () => {
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.createQueryRunner().getTables(ENTITIES.map((e) => ds.getMetadata(e).tableName));
    expect(tables.map((tbl) => tbl.name)).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
  }, SETUP_TIMEOUT_MS); // migrating up, down and up again is the whole test

  it('seeds the demo data once; a second run changes nothing', async () => {
    const first = await seed(ds);
    expect(first.inserted).toBeGreaterThan(40);
    const before = await dump(ds);
    const second = await seed(ds);
    expect(second).toEqual({ inserted: 0, updated: 0, unchanged: first.inserted });
    expect(await dump(ds)).toEqual(before);
  }, SETUP_TIMEOUT_MS); // seeding twice is the whole test
});
