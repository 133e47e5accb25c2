import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi, createApp } from './app.factory';
import { loadConfig } from './config/config';

/** Writes the committed OpenAPI document (apps/server/openapi.json) from the running code. */
export async function generateOpenApiJson(): Promise<string> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', DATABASE_MIGRATE_ON_BOOT: 'true', ADMIN_INITIAL_PASSWORD: 'unused-password', H5_DIST: '/nonexistent', ADMIN_DIST: '/nonexistent' });
  const app = await createApp(config, { logger: false });
  try {
    return `${JSON.stringify(buildOpenApi(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  void generateOpenApiJson().then((text) => {
    const file = resolve(__dirname, '../openapi.json');
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  });
}
