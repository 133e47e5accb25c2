// First paint for `pnpm bench`: First Contentful Paint of the H5 home and of the console's sign-in
// in Chromium with the CPU slowed 4× (what a mid-range phone does with the same JavaScript), on a
// first visit (nothing cached), from the server and from a bare node:http server sending the same
// built files with the same compression (bare-static-server.mjs), in turns in the same run. Also
// when each page became usable. Import from bench.mjs:
//   import { FIRST_PAINT_PAGES, benchFirstPaint } from './first-paint.mjs';
// Env: BENCH_PAINT_RUNS (5 loads of each page from each server; the median is printed).
import { fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const SERVER = join(ROOT, 'apps/server');
const H5_DIST = join(ROOT, 'apps/miniapp/dist/h5');
const ADMIN_DIST = join(ROOT, 'apps/admin/dist');
const { chromium } = createRequire(import.meta.url)('playwright-core');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// as tests/e2e/support/system.ts launches it
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.BENCH_PAINT_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const TARGET_FCP_MS = 1500;

export const FIRST_PAINT_PAGES = [
  { name: 'first paint: H5 home (/)', path: '/', viewport: { width: 390, height: 844 }, usable: '#home [data-feature]' },
  { name: 'first paint: console sign-in (/admin/login)', path: '/admin/login', viewport: { width: 1280, height: 800 }, usable: 'input#username:not([disabled])' },
];

/** One first visit: FCP and the moment `usable` matched, in ms from navigation start. */
async function load(browser, url, page) {
  const context = await browser.newContext({ locale: 'en-US', viewport: page.viewport });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // recorded by the page itself, at the DOM change that made it usable
    await tab.addInitScript((selector) => {
      const check = () => {
        if (window.__usableAt === undefined && document.querySelector(selector)) window.__usableAt = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    }, page.usable);
    await tab.goto(url);
    await tab.waitForFunction(() => window.__usableAt !== undefined, undefined, { timeout: 60_000 });
    return await tab.evaluate(
      () =>
        new Promise((done) => {
          new PerformanceObserver((list, observer) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (!fcp) return;
            observer.disconnect();
            done({ fcp: fcp.startTime, usable: window.__usableAt });
          }).observe({ type: 'paint', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;

/**
 * Starts the server on a fresh seeded SQLite database and the bare static server, then loads each
 * selected page RUNS times from each, alternating, and prints one line per page.
 */
export async function benchFirstPaint({ selected, freePort, waitHealthy }) {
  const pages = FIRST_PAINT_PAGES.filter((p) => selected(p.name));
  if (pages.length === 0) return;
  for (const file of [join(H5_DIST, 'index.html.br'), join(ADMIN_DIST, 'index.html.br')]) {
    if (!existsSync(file)) throw new Error(`first paint measures the built apps: ${file} is missing (pnpm build)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'zs-paint-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `sqlite:${join(dir, 'paint.sqlite')}`,
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
    ADMIN_INITIAL_PASSWORD: 'bench-password-123',
    LOG_LEVEL: 'error',
  };
  for (const cmd of ['migrate', 'seed']) {
    const r = spawnSync(process.execPath, [join(SERVER, 'dist/database/cli.js'), cmd], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const port = await freePort();
  const app = spawn(process.execPath, [join(SERVER, 'dist/main.js')], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const barePort = await freePort();
  const bare = fork(join(here, 'bare-static-server.mjs'), { env: { PORT: String(barePort), H5_DIST, ADMIN_DIST, API_ORIGIN: base }, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    await waitHealthy(`${base}/api/health`);
    await new Promise((r) => bare.once('message', r));
    for (const page of pages) {
      const served = { app: [], bare: [] };
      // one unmeasured load each: the server's read models and the disk cache warm up
      await load(browser, `${base}${page.path}`, page);
      await load(browser, `http://127.0.0.1:${barePort}${page.path}`, page);
      for (let run = 0; run < RUNS; run++) {
        served.app.push(await load(browser, `${base}${page.path}`, page));
        served.bare.push(await load(browser, `http://127.0.0.1:${barePort}${page.path}`, page));
      }
      const fcp = median(served.app.map((r) => r.fcp));
      const usable = median(served.app.map((r) => r.usable));
      console.log(
        `bench ${'chromium'.padEnd(11)} ${`${page.name}, CPU ${CPU_SLOWDOWN}× slowed, first visit`.padEnd(72)} FCP ${ms(fcp).padStart(8)}, usable ${ms(usable)} (median of ${RUNS})  ` +
          `bare static server: FCP ${ms(median(served.bare.map((r) => r.fcp)))}, usable ${ms(median(served.bare.map((r) => r.usable)))}  [target FCP ≤ ${TARGET_FCP_MS} ms: ${fcp <= TARGET_FCP_MS ? 'met' : 'MISSED'}]`,
      );
    }
  } finally {
    await browser.close();
    bare.kill();
    app.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
