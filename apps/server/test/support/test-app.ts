import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { createDataSource } from '../../src/database/data-source';
import { seed } from '../../src/database/seed/seed';
import { freshDatabase, type Dialect, type TestDatabase } from './databases';

export const ADMIN_PASSWORD = 'admin-test-password';

export type TestApp = {
  app: NestFastifyApplication;
  http: TestAgent;
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
};

/** The real app on a fresh database, migrated and seeded exactly as `pnpm start` does. */
export async function startTestApp(
  dialect: Dialect,
  env: Record<string, string> = {},
  options: { appUrl?: (url: string) => string } = {},
): Promise<TestApp> {
  const db = await freshDatabase(dialect);
  const migrator = await createDataSource(db.config);
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await seed(migrator);
  await migrator.destroy();

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.appUrl ? options.appUrl(db.url) : db.url,
    ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD,
    H5_DIST: '/nonexistent',
    ADMIN_DIST: '/nonexistent',
    LOG_LEVEL: 'error',
    // tests drive the outbox and escalation themselves (BackgroundWorker.tick / the services)
    WORKER_ENABLED: 'false',
    ...env,
  });
  const app = await createApp(config, { logger: false });
  const dataSource = app.get<DataSource>(await import('typeorm').then((m) => m.DataSource));
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    dataSource,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export async function loginAs(t: TestApp, username: string, password: string): Promise<string> {
  const res = await t.http.post('/api/v1/admin/auth/login').send({ username, password }).expect(200);
  return (res.body as { accessToken: string }).accessToken;
}
