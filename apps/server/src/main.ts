import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, DEFAULT_ADMIN_DIST, DEFAULT_H5_DIST } from './app.factory';
import { ConfigError, loadConfig, loadDotEnv } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  const base = `http://localhost:${config.PORT}`;
  const h5 = existsSync(join(config.H5_DIST ?? DEFAULT_H5_DIST, 'index.html'));
  const admin = existsSync(join(config.ADMIN_DIST ?? DEFAULT_ADMIN_DIST, 'index.html'));
  const lines = [
    '',
    `  Zhaoshang is running (${config.database.kind} database)`,
    `  Mini-program (H5):  ${h5 ? `${base}/` : '(not built: pnpm --filter @zhaoshang/miniapp build:h5)'}`,
    `  Admin console:      ${admin ? `${base}/admin/` : '(not built: pnpm --filter @zhaoshang/admin build)'}`,
    `  API:                ${base}/api   (health: ${base}/api/health)`,
    `  Swagger UI:         ${base}/api/docs`,
    `  Console login:      user "admin", password from ADMIN_INITIAL_PASSWORD or the one printed at the first start`,
  ];
  if (config.ephemeralSecret) lines.push('  Note: AUTH_TOKEN_SECRET is not set; console sign-ins last until the server restarts.');
  console.log(`${lines.join('\n')}\n`);
}

void main();
