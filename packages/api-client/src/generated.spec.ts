import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The client is generated from the committed OpenAPI document; a hand edit or a stale
// generation fails here. Run `pnpm api:generate` to refresh both.
describe('generated api-client', () => {
  it('matches what the generator makes from apps/server/openapi.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'api-client-'));
    execFileSync(process.execPath, [join(__dirname, '../scripts/generate.mjs'), '--out', out], { stdio: 'pipe' });
    for (const file of ['schema.ts', 'investor-client.ts', 'client.ts']) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(__dirname, 'generated', file), 'utf8');
      expect({ file, text: committed }).toEqual({ file, text: fresh });
    }
  });
});
