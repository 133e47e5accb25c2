import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// The console's policy editor against the real server and its seeded policies, end to end: an admin
// finds 相科贷, edits its English title, saves (investors still see the old text: the working copy is
// separate), publishes, and an investor reading English in the H5 app then sees the new title.
// Texts are the console's English ones (packages/i18n/locales/en/admin.json); the browser prefers
// English. Every step waits for what the user would see.

/** The mini-program's policy detail page (apps/miniapp/src/app.config.ts, subpackage pages/policy-detail). */
const DETAIL_PAGE = 'pages/policy-detail/index';
const NEW_TITLE = 'Xiangkedai: government-backed loans for tech SMEs';

let context: BrowserContext;

const env = useSystemAndBrowser();

afterEach(async () => {
  await context?.close();
});

type PublicPolicy = { id: number; title: string; language: string; fallback: boolean };

async function publicPolicy(id: number): Promise<PublicPolicy> {
  const res = await fetch(`${env.system.baseUrl}/api/v1/policies/${id}?lang=en`);
  expect(res.status).toBe(200);
  return (await res.json()) as PublicPolicy;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${env.system.baseUrl}/admin/`);
  await page.waitForURL(`${env.system.baseUrl}/admin/login`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(env.system.adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${env.system.baseUrl}/admin/dashboard`);
}

describe('policy editing in the console', () => {
  it('an admin edits and publishes the English title of 相科贷, and the H5 app shows it', async () => {
    context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const admin = await context.newPage();
    await signIn(admin);

    // the list: find the policy by its Chinese name; the English console shows its English title
    await admin.getByRole('navigation', { name: 'Main navigation' }).getByText('Policy finder', { exact: true }).click();
    await admin.waitForURL(`${env.system.baseUrl}/admin/policies`);
    const search = admin.getByLabel('Search policies');
    await search.fill('相科贷');
    await search.press('Enter');
    await admin.waitForURL(/[?&]q=/);
    const rows = admin.locator('.ant-table-row');
    await rows.first().waitFor();
    await admin.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1);
    const row = rows.first();
    // a translation-status tag for each language
    for (const language of ['简体中文', 'English', '日本語']) await row.locator(`[aria-label^="${language}: "]`).waitFor();
    await row.locator('a').click();
    await admin.waitForURL(/\/admin\/policies\/\d+$/);
    const id = Number(/\/policies\/(\d+)$/.exec(admin.url())?.[1]);
    const before = await publicPolicy(id);

    // the editor: three languages side by side on a wide screen
    const englishTitle = admin.getByLabel('Title (English)', { exact: true });
    await admin.waitForFunction(() => (document.querySelector<HTMLInputElement>('input[aria-label="Title (English)"]')?.value ?? '') !== '');
    expect(await englishTitle.inputValue()).toBe(before.title);
    expect(await admin.getByLabel('Title (简体中文)', { exact: true }).inputValue()).toBe('相科贷：科技型中小企业信贷产品');
    await englishTitle.fill(NEW_TITLE);
    await admin.getByText('Unsaved changes', { exact: true }).waitFor();

    // save: the working copy changes, what investors read does not
    await admin.getByRole('button', { name: 'Save draft' }).click();
    await admin.getByText('Saved. What investors see does not change until you publish.').waitFor();
    await admin.getByText('Unpublished changes', { exact: true }).waitFor();
    expect((await publicPolicy(id)).title).toBe(before.title);

    // publish, after confirming
    await admin.getByRole('button', { name: /Publish$/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Publish this policy?' });
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await admin.getByText('Published: investors now see this version.').waitFor();
    await admin.getByText(/^Published: investors see this version/).waitFor();
    expect(await admin.getByText('Unpublished changes', { exact: true }).count()).toBe(0);
    await admin.screenshot({ path: join(ARTIFACTS, 'policies-admin-editor.png'), fullPage: false });

    // the public API serves the new title at once
    const after = await publicPolicy(id);
    expect(after).toMatchObject({ id, title: NEW_TITLE, language: 'en', fallback: false });

    // an investor on the H5 app, switched to English on the home page (remembered across pages)
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${env.system.baseUrl}/#/pages/index/index`);
    await phone.waitForSelector('#home [data-lang="en"]');
    await phone.click('#home [data-lang="en"]');
    await phone.waitForFunction(() => document.documentElement.lang === 'en');
    await phone.goto(`${env.system.baseUrl}/#/${DETAIL_PAGE}?id=${id}`);
    await phone.waitForSelector(`#policy-detail[data-state="ready"] [data-policy-id="${id}"][data-language="en"] .policy-page__title`, { state: 'visible' });
    await phone.waitForFunction(
      (title) => Array.from(document.querySelectorAll('#policy-detail .policy-page__title')).some((el) => (el.textContent ?? '').trim() === title),
      NEW_TITLE,
    );
    await phone.screenshot({ path: join(ARTIFACTS, 'policies-admin-h5-detail.png') });
  });
});
