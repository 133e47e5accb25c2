#!/usr/bin/env node
// `pnpm start`: build, create or update the database (migrations), seed the demo data,
// and run the whole system on http://localhost:3000 (PORT to change). SKIP_BUILD=1 reuses builds.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildAll, mustRun, ROOT } from './lib.mjs';

if (!process.env.SKIP_BUILD) buildAll();
const server = join(ROOT, 'apps/server');
mustRun(process.execPath, [join(server, 'dist/database/cli.js'), 'migrate']);
mustRun(process.execPath, [join(server, 'dist/database/cli.js'), 'seed']);
// the default SQLite file lives in ./data at the repository root
const child = spawn(process.execPath, [join(server, 'dist/main.js')], { cwd: ROOT, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
