import type { BrowserContext, Page } from 'playwright-core';
import { resources } from '@zhaoshang/i18n';
import { settledOn } from './support/h5';
import { useSystemAndBrowser } from './support/system';

// The H5 app as someone arriving from a link finds it: a shared policy, an old or mistyped
// address, a withdrawn item. Below the tab pages there is always a way back and home, and a dead
// end leads on to the policy finder. The browser has no WeChat navigation bar to do this for us.

const ja = resources.ja.miniapp;
const en = resources.en.miniapp;

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();

async function openAs(locale: string, path: string): Promise<void> {
  context = await env.browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  await page.goto(`${env.system.baseUrl}/${path}`);
}

afterEach(async () => {
  await context?.close();
});

const navOf = (pageSelector: string) => page.locator(`.taro_page:has(${pageSelector}) [data-testid="page-nav"]`);

describe('H5 navigation below the tab pages', () => {
  it('a shared policy link: the page in the reader\'s language with its title, description and share tags, and a way home', async () => {
    await openAs('ja-JP', '#/pages/policy-detail/index?id=1');
    await settledOn(page, '#policy-detail[data-state="ready"]');

    const nav = navOf('#policy-detail');
    expect(await nav.getByRole('button', { name: ja['nav.back'] }).isVisible()).toBe(true);
    expect(await nav.getByRole('button', { name: ja['nav.home'] }).isVisible()).toBe(true);
    expect(await nav.textContent()).toContain(ja['policy.title']);

    const head = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    }));
    expect(head).toEqual({ lang: 'ja', title: ja['policy.title'], description: ja['meta.description'], ogTitle: ja['policy.title'], ogLocale: 'ja_JP' });

    // opened first, "back" has nowhere to go but home
    await nav.getByRole('button', { name: ja['nav.back'] }).click();
    await settledOn(page, '#home [data-feature]');
  });

  it('back returns to the page before, home to the home tab', async () => {
    await openAs('en-US', '');
    await settledOn(page, '#home [data-feature="heatmap"]');
    await page.click('#home [data-feature="heatmap"]');
    await settledOn(page, '#heatmap');
    await navOf('#heatmap').getByRole('button', { name: en['nav.back'] }).click();
    await settledOn(page, '#home [data-feature="guide"]');

    await page.click('#home [data-feature="guide"]');
    await settledOn(page, '#guide');
    await navOf('#guide').getByRole('button', { name: en['nav.home'] }).click();
    await settledOn(page, '#home [data-feature]');
  });

  it('an address the app does not have: a page that says so and leads to the policy finder', async () => {
    await openAs('en-US', '#/pages/no-such-page/index');
    await settledOn(page, '[data-testid="not-found"][data-what="page"]');
    expect(await page.locator('[data-testid="not-found"]').textContent()).toContain(en['notFound.page']);
    await page.click('[data-testid="not-found-policies"]');
    await settledOn(page, '#policies');
  });

  it('an item that does not exist: the same way on, in the reader\'s language', async () => {
    await openAs('ja-JP', '#/pages/policy-detail/index?id=999999');
    await settledOn(page, '#policy-detail [data-testid="not-found"][data-what="item"]');
    expect(await page.locator('#policy-detail [data-testid="not-found"]').textContent()).toContain(ja['notFound.item']);
    await page.click('#policy-detail [data-testid="not-found-policies"]');
    await settledOn(page, '#policies');
  });
});
