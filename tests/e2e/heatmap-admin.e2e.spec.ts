import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { signInToConsole } from './support/console';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// The console's heatmap data against the real server and its seeded sample projects: an admin
// imports projects from CSV (a check that lists the rejected rows, then the import, with the
// browser's real upload progress), sees them on the public heatmap, edits one, and is told when
// someone else saved it first. Texts are the console's English ones
// (packages/i18n/locales/en/heatmap-admin.json); the browser prefers English.

let context: BrowserContext;
const env = useSystemAndBrowser();

afterEach(async () => {
  await context?.close();
});

const HEADER = 'code,name_zh,name_en,industry,amount,year,lat,lng,area';
const csv = (lines: string[]) => ({ name: 'projects.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8') });

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${env.system.baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  expect(res.ok).toBe(true);
  return (await res.json()) as T;
}

describe('heatmap data in the console', () => {
  it('an admin imports projects from CSV after a check, edits one, and hears of a concurrent save', async () => {
    context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signInToConsole(page, env.system);
    const before = await api<{ total: number }>('/api/v1/heatmap?metric=investment');

    await page.goto(`${env.system.baseUrl}/admin/heatmap/projects`);
    await page.getByText('198 in total').waitFor();
    await page.getByRole('button', { name: 'Import CSV / XLSX' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('Import projects').waitFor();

    // a file with problems: the check lists them, nothing is written
    const input = drawer.locator('input[type=file]');
    await input.setInputFiles(csv(['E2E-1,导入项目一,Imported one,rnd,3.5,2021,31.45,120.6,yuanhe', 'E2E-2,导入项目二,,steel,lots,2021,31.45,120.6,', 'E2E-1,导入项目三,,health,1,2021,31.45,120.6,']));
    await drawer.getByRole('button', { name: /Check file$/ }).click();
    const report = drawer.getByLabel('Rejected rows');
    await report.getByText('The same code is already in row 2.').waitFor();
    await report.getByText('The format is not valid.').waitFor();
    await drawer.getByText('2 problems in 2 rows. Nothing can be imported until they are fixed.').waitFor();
    expect(await drawer.locator('button', { hasText: /^Import$/ }).isDisabled()).toBe(true);

    // the fixed file: checked, then imported with the progress bar to its end
    await input.setInputFiles(csv(['E2E-1,导入项目一,Imported one,rnd,3.5,2021,31.45,120.6,yuanhe', 'E2E-2,导入项目二,Imported two,health,1.25,2022,31.46,120.61,']));
    await drawer.getByRole('button', { name: /Check file$/ }).click();
    await drawer.getByText('All 2 rows are valid: 2 new, 0 updates.').waitFor();
    await drawer.getByRole('button', { name: /Import 2 rows$/ }).click();
    await drawer.getByText('Imported 2 rows: 2 new, 0 updated. The heatmap shows them now.').waitFor();
    expect(await drawer.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.screenshot({ path: join(ARTIFACTS, 'heatmap-admin-import.png') });
    expect((await api<{ total: number }>('/api/v1/heatmap?metric=investment')).total).toBeCloseTo(before.total + 4.75, 6);

    // the list shows the new projects; open one and save a change
    await drawer.locator('.ant-drawer-close').click();
    await page.getByText('200 in total').waitFor();
    await page.getByLabel('Open E2E-2').click();
    const editor = page.locator('.ant-drawer-open');
    const amount = editor.getByLabel('Investment', { exact: true });
    await amount.fill('2.5');
    // the amount in 亿元, with what the server stores (万元) beside it
    await editor.getByText('= CNY 25,000 × 10,000 (万元)').waitFor();
    await editor.getByRole('button', { name: /Save$/ }).click();
    await page.getByText('Saved. The heatmap shows the change now.').waitFor();

    // someone else saves it meanwhile: the next save is refused and the user can keep their edit
    const { accessToken } = await api<{ accessToken: string }>('/api/v1/admin/auth/login', { method: 'POST', body: JSON.stringify({ username: 'admin', password: env.system.adminPassword }) });
    const auth = { authorization: `Bearer ${accessToken}` };
    const list = await api<{ items: { id: number; version: number; code: string; names: Record<string, string>; industry: string; amount: number; year: number; lat: number; lng: number; areaCode: string | null; sample: boolean }[] }>('/api/v1/admin/projects?q=E2E-2', { headers: auth });
    const { id, version, createdAt: _c, updatedAt: _u, updatedBy: _b, ...theirs } = list.items[0] as (typeof list.items)[number] & { createdAt: string; updatedAt: string; updatedBy: string };
    await api(`/api/v1/admin/projects/${id}`, { method: 'PUT', headers: auth, body: JSON.stringify({ ...theirs, year: 2019, version }) });

    await amount.fill('3');
    await editor.getByRole('button', { name: /Save$/ }).click();
    await editor.getByText('Someone else changed this in the meantime. Reload and try again.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'heatmap-admin-conflict.png') });
    await editor.getByRole('button', { name: /Load it, keep my changes$/ }).click();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.ant-drawer-open input[aria-label="Year landed"]')?.value ?? '') === '2019');
    expect(await amount.inputValue()).toBe('3');
    await editor.getByRole('button', { name: /Save$/ }).click();
    await page.getByText('Saved. The heatmap shows the change now.').last().waitFor();
    const saved = await api<{ amount: number; year: number; version: number }>(`/api/v1/admin/projects/${id}`, { headers: auth });
    expect(saved).toMatchObject({ amount: 3, year: 2019, version: version + 2 });
  });
});
