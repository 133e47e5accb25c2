import type { BrowserContext, Page } from 'playwright-core';
import { useSystemAndBrowser } from './support/system';

// The admin console, built and served by the real server at /admin/, against a fresh database:
// sign in as the first admin, see the dashboard, find the sign-ins in the audit log, sign out.
// Texts are the console's English ones (packages/i18n/locales/en/{admin,errors}.json); the
// browser prefers English and nothing is remembered yet.

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();

beforeEach(async () => {
  context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function signIn(username: string, password: string): Promise<void> {
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('admin console', () => {
  it('signs in as admin, shows the dashboard and the audit log, and signs out', async () => {
    await page.goto(`${env.system.baseUrl}/admin/`);
    // no session: the console sends the user to its sign-in page
    await page.waitForURL(`${env.system.baseUrl}/admin/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // a wrong password gets the server's message, in the user's language
    await signIn('admin', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Wrong user name or password.' }).waitFor();

    await signIn('admin', env.system.adminPassword);
    await page.waitForURL(`${env.system.baseUrl}/admin/dashboard`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    // system health from /api/health: the test system runs on SQLite, reachable
    await page.getByText('SQLite', { exact: true }).waitFor();
    await page.getByText('Reachable', { exact: true }).waitFor();
    // reference data from /api/v1/meta: the seeded "3+6" industries
    const industries = page.locator('.ant-statistic').filter({ hasText: 'Industries' });
    await industries.waitFor();
    expect(Number((await industries.locator('.ant-statistic-content').innerText()).trim())).toBeGreaterThan(0);

    // both sign-in attempts are in the audit log
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByText('Audit log', { exact: true }).click();
    await page.waitForURL(`${env.system.baseUrl}/admin/audit-log`);
    const logins = page.locator('.ant-table-row').filter({ hasText: 'auth.login' });
    await logins.filter({ hasText: 'Failure' }).first().waitFor();
    await logins.filter({ hasText: 'Success' }).first().waitFor();

    // sign out: back to the sign-in page, and a reload does not bring the session back
    await page.getByRole('button', { name: /^Account menu/ }).click();
    await page.getByRole('menuitem', { name: /Sign out/ }).click();
    await page.waitForURL(`${env.system.baseUrl}/admin/login`);
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('zhaoshang.admin.session'))).toBeNull();
  });
});
