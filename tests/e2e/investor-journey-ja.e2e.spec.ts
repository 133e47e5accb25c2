import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { signInToConsole } from './support/console';
import { settledOn } from './support/h5';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// One Japanese investor's visit, end to end on the real server: they read a procedure in the
// investment guide and tick steps off, look something up in the guide's FAQ and in the policy
// finder (once with a word that finds nothing), and find the concierge who speaks Japanese for
// biomedicine. Then an admin opens the console's dashboard and finds those searches counted.
// The deeper checks of each part live in guide, concierge and policies-investor specs.

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();
const PROCEDURE = 'set-up-a-foreign-invested-company';
/** the district's days (WORK_TIMEZONE, left at its default) */
const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

beforeEach(async () => {
  context = await env.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const settled = (selector: string) => settledOn(page, selector);

const answered = (path: string, q?: string) =>
  page.waitForResponse((r) => {
    const u = new URL(r.url());
    return r.ok() && u.pathname === path && (q === undefined || u.searchParams.get('q') === q);
  });

describe("a Japanese investor's visit, counted on the dashboard", () => {
  it('reads a procedure and ticks steps, searches, finds the Japanese-speaking biomedicine concierge; the dashboard counts the searches', async () => {
    // the guide: a procedure, two steps ticked off
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-feature="guide"]');
    await page.click('#home [data-feature="guide"]');
    await settled('#guide[data-state="ready"] .guide-section');
    await page.locator(`#guide .guide-item[data-slug="${PROCEDURE}"]`).click();
    await settled(`#guide-procedure[data-state="ready"] [data-slug="${PROCEDURE}"]`);
    const procedure = page.locator('#guide-procedure');
    expect(await procedure.locator('.guide-detail__title').textContent()).toBe('外資系企業の設立');
    await procedure.locator('#guide-step-check-1').click();
    await procedure.locator('#guide-step-check-2').click();
    await page.waitForFunction(() => document.querySelector('#guide-procedure #guide-progress')?.getAttribute('data-done') === '2');
    expect(await procedure.locator('#guide-progress .guide-progress__text').textContent()).toBe('5 手順中 2 手順完了');

    // the guide's FAQ, searched in Japanese
    await page.goto(`${env.system.baseUrl}/#/pages/guide/index`);
    await settled('#guide[data-state="ready"] .guide-section');
    await page.fill('#guide-search-input input', '容積率');
    const faq = answered('/api/v1/guide/faq/search', '容積率');
    await page.click('#guide-search-button');
    expect(((await (await faq).json()) as { total: number }).total).toBeGreaterThan(0);
    await settled('#guide-faq #guide-faq-results[data-state="ready"]');

    // the policy finder: a word that finds policies, and one that finds nothing
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-feature="policies"]');
    await page.click('#home [data-feature="policies"]');
    await page.waitForSelector('#policy-search-input', { state: 'visible' });
    const found = answered('/api/v1/policies', '補助金');
    await page.fill('#policy-search-input input', '補助金');
    expect(((await (await found).json()) as { total: number }).total).toBeGreaterThan(0);
    const nothing = answered('/api/v1/policies', 'zzqxw');
    await page.fill('#policy-search-input input', 'zzqxw');
    await nothing;
    await page.waitForSelector('#policies-empty', { state: 'visible' });

    // the concierge who speaks Japanese and covers biomedicine
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-feature="concierge"]');
    await page.click('#home [data-feature="concierge"]');
    await page.waitForSelector('#concierge-list[data-state="ready"] [data-testid="concierge-card"]', { state: 'visible' });
    const bio = answered('/api/v1/concierges');
    await page.click('#concierge-industries [data-choice="industry"][data-value="biomedicine"]');
    const directory = (await (await bio).json()) as { items: { id: number; languages: string[] }[] };
    const first = directory.items[0];
    if (!first) throw new Error('no concierge for biomedicine');
    expect(first.languages).toContain('ja');
    const card = page.locator(`#concierge-list [data-testid="concierge-card"][data-concierge-id="${first.id}"]`);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('[data-testid="concierge-languages"]').textContent()).toContain('日本語');
    expect(await card.locator('[data-testid="concierge-industries"]').textContent()).toContain('バイオ医薬');

    // the console: the admin's dashboard counts what this investor searched
    const consoleContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    try {
      const admin = await consoleContext.newPage();
      await signInToConsole(admin, env.system);
      const policies = admin.getByTestId('insights-searches-policies');
      const row = (table: string, query: string) => admin.getByTestId(table).locator('tr').filter({ hasText: query });
      const dayInDistrict = () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: DISTRICT_TIME_ZONE }).format(new Date());
      const dayBefore = dayInDistrict();
      // searches are written in batches about once a second: the next visit of the page shows them
      for (let attempt = 0; attempt < 10 && (await row('insights-searches-policies-top', '補助金').count()) === 0; attempt++) {
        await admin.waitForTimeout(500);
        await admin.reload();
        await policies.waitFor();
      }
      // the period is the district's last 30 days, ending on today there, whatever day the browser's clock is on
      const summary = (await admin.getByTestId('insights-summary').textContent()) ?? '';
      expect([dayBefore, dayInDistrict()]).toContain(/– (.+) \(30 days/.exec(summary)?.[1]);
      expect(summary).toContain(DISTRICT_TIME_ZONE);
      const topRow = row('insights-searches-policies-top', '補助金');
      await topRow.waitFor();
      expect(await topRow.locator('td').nth(1).textContent()).toBe('1');
      expect(await topRow.textContent()).toContain('日 1');
      const zeroRow = row('insights-searches-policies-zero', 'zzqxw');
      await zeroRow.waitFor();
      expect(await zeroRow.locator('td').nth(1).textContent()).toBe('1');

      await admin.getByRole('tab', { name: 'Investment guide FAQ' }).click();
      const guideRow = row('insights-searches-guide-top', '容積率');
      await guideRow.waitFor();
      expect(await guideRow.locator('td').nth(1).textContent()).toBe('1');
      await admin.screenshot({ path: join(ARTIFACTS, 'journey-ja-dashboard.png'), fullPage: true });
    } finally {
      await consoleContext.close();
    }
  });
});
