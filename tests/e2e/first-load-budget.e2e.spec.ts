import type { Page, Request } from 'playwright-core';
import { settledOn } from './support/h5';
import { useSystemAndBrowser } from './support/system';

// What a first visit downloads before the page can be used, counted by Chromium from the real
// server: every JavaScript response requested until then, as transferred (compressed body and
// headers), with brotli accepted as Chromium accepts it. Lazy chunks count when the page asks for
// them before it is usable. Budgets in kB of 1,000 bytes. Sizes only: no timing is asserted here
// (first paint is measured by `pnpm bench`).

type FirstLoad = {
  name: string;
  path: string;
  budget: number;
  viewport: { width: number; height: number };
  /** resolves once a person can use the page */
  usable(page: Page): Promise<void>;
};

const FIRST_LOADS: FirstLoad[] = [
  {
    name: 'H5 home',
    path: '/',
    budget: 200_000,
    viewport: { width: 390, height: 844 },
    // the five features are on screen and the page has finished sliding in
    usable: (page) => settledOn(page, '#home [data-feature]'),
  },
  {
    name: 'console sign-in',
    path: '/admin/login',
    budget: 250_000,
    viewport: { width: 1280, height: 800 },
    usable: async (page) => {
      for (const field of [page.getByLabel('User name'), page.getByLabel('Password'), page.getByRole('button', { name: 'Sign in' })]) {
        await field.waitFor({ state: 'visible' });
        expect(await field.isEnabled()).toBe(true);
      }
    },
  },
];

type Transfer = { file: string; bytes: number; encoding: string; cacheControl: string };

const env = useSystemAndBrowser();

/** Loads `load.path` in a fresh profile and returns the JavaScript requested until it was usable. */
async function scriptsBeforeUsable(load: FirstLoad): Promise<Transfer[]> {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: load.viewport });
  try {
    const page = await context.newPage();
    const requested: Request[] = [];
    page.on('request', (request) => requested.push(request));
    await page.goto(`${env.system.baseUrl}${load.path}`);
    await load.usable(page);
    const transfers: Transfer[] = [];
    for (const request of requested.slice()) {
      const response = await request.response();
      if (!response || !/javascript/.test(response.headers()['content-type'] ?? '')) continue;
      // waits for the body: a script still arriving when the page became usable counts in full
      const sizes = await request.sizes();
      const headers = response.headers();
      transfers.push({
        file: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        encoding: headers['content-encoding'] ?? 'none',
        cacheControl: headers['cache-control'] ?? '',
      });
    }
    return transfers;
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`;

describe('first-load JavaScript budgets (Chromium, real server)', () => {
  it.each(FIRST_LOADS.map((load) => [load.name, load] as const))('%s', async (_name, load) => {
    const transfers = await scriptsBeforeUsable(load);
    const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
    const rows = [...transfers].sort((a, b) => b.bytes - a.bytes).map((t) => `${kB(t.bytes)}  ${t.encoding.padEnd(4)}  ${t.file}`);
    console.log(
      [`${load.name} (${load.path}): JavaScript transferred before it is usable`, ...rows, `${kB(total)}  total of ${transfers.length} files (budget ${kB(load.budget).trim()})`].join('\n'),
    );

    expect(transfers.length).toBeGreaterThan(0);
    // compressed and cached for a year: a repeat visit downloads none of them again
    expect(transfers.filter((t) => t.encoding !== 'br').map((t) => t.file)).toEqual([]);
    expect(transfers.filter((t) => !t.cacheControl.includes('immutable')).map((t) => t.file)).toEqual([]);
    expect(total).toBeLessThanOrEqual(load.budget);
  });
});
