import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { settledOn } from './support/h5';
import { REPO, useSystemAndBrowser } from './support/system';

// The first thing on screen: each index.html paints its shell (brand, title, skeleton) before any
// script runs, in the user's language — the one they chose earlier in the app, else the browser's
// — and the app takes its place once it has mounted. "Before any script runs" is made exact by
// refusing every .js request: what shows then is the HTML alone.

type Language = 'zh-CN' | 'en' | 'ja';

/** A text of packages/i18n, where the builds take the shell's texts from. */
function text(language: Language, namespace: string, key: string): string {
  const texts = JSON.parse(readFileSync(join(REPO, 'packages/i18n/locales', language, `${namespace}.json`), 'utf8')) as Record<string, string>;
  const value = texts[key];
  if (!value) throw new Error(`no ${key} in ${language}/${namespace}.json`);
  return value;
}

const env = useSystemAndBrowser();
let context: BrowserContext;
let page: Page;

async function openContext(locale: string, viewport: { width: number; height: number }): Promise<void> {
  context = await env.browser.newContext({ locale, viewport });
  page = await context.newPage();
}

/** From now on the page gets its HTML and nothing it would run. */
async function withoutScripts(): Promise<void> {
  await context.route('**/*.js', (route) => route.abort());
}

async function documentLanguageAndTitle(): Promise<[string, string]> {
  return page.evaluate(() => [document.documentElement.lang, document.title] as [string, string]);
}

afterEach(async () => {
  await context?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe('H5 app shell', () => {
  it("paints the brand in the browser's language before any script runs", async () => {
    await openContext('ja-JP', PHONE);
    await withoutScripts();
    await page.goto(`${env.system.baseUrl}/`);
    const shell = page.locator('#app-shell');
    await shell.getByText(text('ja', 'common', 'app.name'), { exact: true }).waitFor({ state: 'visible' });
    await shell.getByText(text('ja', 'common', 'app.tagline'), { exact: true }).waitFor({ state: 'visible' });
    expect(await documentLanguageAndTitle()).toEqual(['ja', text('ja', 'common', 'app.name')]);
    expect(await page.getByRole('status').textContent()).toBe(text('ja', 'common', 'state.loading'));
  });

  it('paints it in the language the investor chose in the app, over the browser’s', async () => {
    await openContext('en-US', PHONE);
    await page.goto(`${env.system.baseUrl}/`);
    await settledOn(page, '#home [data-lang="zh-CN"]');
    await page.click('#home [data-lang="zh-CN"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');

    await withoutScripts();
    await page.reload();
    await page.locator('#app-shell').getByText(text('zh-CN', 'common', 'app.name'), { exact: true }).waitFor({ state: 'visible' });
    expect(await documentLanguageAndTitle()).toEqual(['zh-CN', text('zh-CN', 'common', 'app.name')]);
  });

  it('gives way to the home page once the app has rendered it', async () => {
    await openContext('en-US', PHONE);
    await page.goto(`${env.system.baseUrl}/`);
    await settledOn(page, '#home [data-feature]');
    expect(await page.locator('#app-shell').count()).toBe(0);
    expect(await page.locator('#home').getByText(text('en', 'common', 'app.name'), { exact: true }).isVisible()).toBe(true);
  });
});

describe('console shell', () => {
  it("paints the console's title in the browser's language before any script runs", async () => {
    await openContext('en-GB', DESKTOP);
    await withoutScripts();
    await page.goto(`${env.system.baseUrl}/admin/login`);
    await page.getByRole('heading', { name: text('en', 'admin', 'app.title') }).waitFor({ state: 'visible' });
    expect(await documentLanguageAndTitle()).toEqual(['en', text('en', 'admin', 'app.title')]);
    expect(await page.getByRole('status').textContent()).toBe(text('en', 'common', 'state.loading'));
  });

  it('paints it in the language chosen on the sign-in page, over the browser’s', async () => {
    await openContext('en-US', DESKTOP);
    await page.goto(`${env.system.baseUrl}/admin/login`);
    await page.getByLabel(text('en', 'admin', 'login.username')).waitFor();
    await page.getByText(text('en', 'common', 'language.ja'), { exact: true }).click();
    await page.getByLabel(text('ja', 'admin', 'login.username')).waitFor();

    await withoutScripts();
    await page.reload();
    await page.getByRole('heading', { name: text('ja', 'admin', 'app.title') }).waitFor({ state: 'visible' });
    expect(await documentLanguageAndTitle()).toEqual(['ja', text('ja', 'admin', 'app.title')]);
  });

  it('gives way to the sign-in form once the console has mounted', async () => {
    await openContext('en-US', DESKTOP);
    await page.goto(`${env.system.baseUrl}/admin/login`);
    await page.getByLabel(text('en', 'admin', 'login.username')).waitFor({ state: 'visible' });
    expect(await page.locator('.shell').count()).toBe(0);
    expect(await page.getByRole('heading', { name: text('en', 'admin', 'app.title') }).count()).toBe(1);
  });
});
