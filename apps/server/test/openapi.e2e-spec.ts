import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApiJson } from '../src/openapi';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

// The committed document is what the api-client is generated from; it must match the code.
// After changing an endpoint run `pnpm api:generate`.
describe('OpenAPI document', () => {
  it('apps/server/openapi.json matches the running code', async () => {
    const fresh = await generateOpenApiJson();
    const committed = readFileSync(join(__dirname, '../openapi.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(fresh));
  }, SETUP_TIMEOUT_MS); // boots the app on a migrated in-memory database

  it('documents every operation with an operationId and the paths of the contract', async () => {
    const doc = JSON.parse(await generateOpenApiJson()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/meta', '/api/v1/admin/auth/login']));
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
  }, SETUP_TIMEOUT_MS);
});
