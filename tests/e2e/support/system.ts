import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO = resolve(__dirname, '../../..');
const SERVER = join(REPO, 'apps/server/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(REPO, 'tests/artifacts');

export type RunningSystem = { baseUrl: string; adminPassword: string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

function requireBuilt(): void {
  const missing = [
    join(SERVER, 'main.js'),
    join(REPO, 'apps/miniapp/dist/h5/index.html'),
    join(REPO, 'apps/admin/dist/index.html'),
  ].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`build the system first (pnpm build); missing:\n  ${missing.join('\n  ')}`);
}

/**
 * The whole system as a user gets it: the built server on a random port with a fresh SQLite
 * database, migrated and seeded by the same commands `pnpm start` runs, serving the built
 * H5 app at `/` and the console at `/admin/`.
 */
export async function startSystem(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
  requireBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'zs-system-'));
  const port = await freePort();
  const adminPassword = `pw-${randomBytes(8).toString('hex')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'zhaoshang.sqlite')}`,
    ADMIN_INITIAL_PASSWORD: adminPassword,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  for (const command of ['migrate', 'seed']) {
    const r = spawnSync(process.execPath, [join(SERVER, 'database/cli.js'), command], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
  }
  const child: ChildProcess = spawn(process.execPath, [join(SERVER, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 150) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    adminPassword,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * One running system and one browser for a spec file: started before its tests, stopped after.
 * `env.system` and `env.browser` are ready inside tests and hooks.
 */
export function useSystemAndBrowser(extraEnv: Record<string, string> = {}): { readonly system: RunningSystem; readonly browser: Browser } {
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    system = await startSystem(extraEnv);
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  return {
    get system() {
      if (!system) throw new Error('the system is not started yet');
      return system;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}
