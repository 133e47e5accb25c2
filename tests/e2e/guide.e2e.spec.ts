import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { settledOn } from './support/h5';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// The investment guide (投資ガイド) in the H5 app, against the real server and its seeded guide,
// in Japanese: the investor opens the guide, reads a procedure, ticks steps off, and the ticks
// are still there after a reload (kept on the device only). Taro H5 animates page transitions
// and keeps earlier pages in the DOM (hidden), so every step waits for what the user would see.

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();
const PROCEDURE = 'set-up-a-foreign-invested-company';

beforeEach(async () => {
  // A Japanese investor's browser: the app starts in Japanese on first visit.
  context = await env.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const settled = (selector: string) => settledOn(page, selector);

const isGuide = (url: string, path: string) => new URL(url).pathname === path;

describe('investment guide (投資ガイド) in Japanese', () => {
  it('opens the guide, reads a procedure, ticks steps off, and the ticks survive a reload', async () => {
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-feature="guide"]');
    const tree = page.waitForResponse((r) => isGuide(r.url(), '/api/v1/guide') && r.ok());
    await page.click('#home [data-feature="guide"]');
    const answer = await tree;
    expect(new URL(answer.url()).searchParams.get('lang')).toBe('ja');
    await settled('#guide[data-state="ready"] .guide-section');
    const guide = page.locator('#guide');
    expect(await guide.locator('.guide-page__title').textContent()).toBe('投資ガイド');
    expect(await guide.locator('.guide-section__title').allTextContents()).toEqual(['相城区の概要', '立地と交通', '「3+6」産業', '産業の拠点', '生活環境', '手続きガイド', 'よくある質問']);
    const item = guide.locator(`.guide-item[data-slug="${PROCEDURE}"]`);
    expect(await item.locator('.guide-item__title').textContent()).toBe('外資系企業の設立');
    expect(await item.locator('.guide-item__sample').textContent()).toBe('サンプル');
    expect(await item.locator('.guide-item__count').textContent()).toBe('5 手順');
    expect(await guide.locator('.guide-page__fallback').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'guide-ja-home.png') });

    // the procedure, in Japanese, labelled as a sample
    const loaded = page.waitForResponse((r) => isGuide(r.url(), `/api/v1/guide/${PROCEDURE}`) && r.ok());
    await item.click();
    const detail = (await (await loaded).json()) as { title: string; language: string; steps: { title: string }[] };
    expect(detail).toMatchObject({ title: '外資系企業の設立', language: 'ja' });
    await settled(`#guide-procedure[data-state="ready"] [data-slug="${PROCEDURE}"]`);
    const procedure = page.locator('#guide-procedure');
    expect(await procedure.locator('.guide-detail__title').textContent()).toBe('外資系企業の設立');
    expect(await procedure.locator('#guide-sample-note').textContent()).toContain('サンプル内容');
    expect(await procedure.locator('.fallback-note').count()).toBe(0);
    expect(await procedure.locator('.guide-step .guide-step__title').allTextContents()).toEqual(detail.steps.map((s) => s.title));
    expect(await procedure.locator('.guide-step[data-step="2"]').textContent()).toContain('窓口');
    expect(await procedure.locator('#guide-progress .guide-progress__text').textContent()).toBe('5 手順中 0 手順完了');

    // ticking steps off
    await procedure.locator('#guide-step-check-1').click();
    await procedure.locator('#guide-step-check-2').click();
    await page.waitForFunction(() => document.querySelector('#guide-procedure #guide-progress')?.getAttribute('data-done') === '2');
    expect(await procedure.locator('.guide-step[data-step="1"]').getAttribute('data-done')).toBe('true');
    expect(await procedure.locator('.guide-step[data-step="3"]').getAttribute('data-done')).toBe('false');
    expect(await procedure.locator('#guide-progress .guide-progress__text').textContent()).toBe('5 手順中 2 手順完了');
    expect(await procedure.locator('.guide-progress__device').textContent()).toBe('チェックはこの端末にのみ保存されます。');
    await page.screenshot({ path: join(ARTIFACTS, 'guide-ja-procedure.png') });

    // a reload: the same page, the ticks read back from the device, nothing sent to the server
    const requests: { method: string; path: string }[] = [];
    page.on('request', (r) => requests.push({ method: r.method(), path: new URL(r.url()).pathname }));
    await page.reload();
    await settled(`#guide-procedure[data-state="ready"] [data-slug="${PROCEDURE}"]`);
    const again = page.locator('#guide-procedure');
    expect(await again.locator('#guide-progress').getAttribute('data-done')).toBe('2');
    expect(await again.locator('.guide-step[data-step="1"]').getAttribute('data-done')).toBe('true');
    expect(await again.locator('.guide-step[data-step="2"]').getAttribute('data-done')).toBe('true');
    expect(await again.locator('.guide-step[data-step="3"]').getAttribute('data-done')).toBe('false');
    // the page was read again; the ticks never went to the server
    expect(requests.some((r) => r.method === 'GET' && r.path === `/api/v1/guide/${PROCEDURE}`)).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/api/') && r.method !== 'GET')).toEqual([]);

    // the guide's home shows the progress too
    await page.goto(`${env.system.baseUrl}/#/pages/guide/index`);
    await settled('#guide[data-state="ready"] .guide-section');
    expect(await page.locator(`#guide .guide-item[data-slug="${PROCEDURE}"] .guide-item__count`).textContent()).toBe('2/5 完了');
  });

  it('finds an answer in the FAQ by a Japanese word', async () => {
    await page.goto(`${env.system.baseUrl}/#/pages/guide/index`);
    await settled('#guide[data-state="ready"] .guide-section');
    await page.fill('#guide-search-input input', '容積率');
    const searched = page.waitForResponse((r) => isGuide(r.url(), '/api/v1/guide/faq/search') && r.ok());
    await page.click('#guide-search-button');
    const response = await searched;
    const answer = (await response.json()) as { total: number; language: string };
    expect(answer).toMatchObject({ language: 'ja' });
    expect(answer.total).toBeGreaterThan(0);
    await settled('#guide-faq #guide-faq-results[data-state="ready"]');
    expect(await page.locator('#guide-faq .guide-faq__question').first().textContent()).toBe('容積率の要件は？');
    expect(await page.locator('#guide-faq .guide-faq__answer').first().textContent()).toContain('3.0');
    await page.screenshot({ path: join(ARTIFACTS, 'guide-ja-faq.png') });
  });
});

describe('the guide in the console', () => {
  it('an admin drags a page into another section and publishes its new Japanese title; investors see both at once', async () => {
    const consoleContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    try {
      const admin = await consoleContext.newPage();
      await admin.goto(`${env.system.baseUrl}/admin/`);
      await admin.waitForURL(`${env.system.baseUrl}/admin/login`);
      await admin.getByLabel('User name').fill('admin');
      await admin.getByLabel('Password').fill(env.system.adminPassword);
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await admin.waitForURL(`${env.system.baseUrl}/admin/dashboard`);
      await admin.getByRole('navigation', { name: 'Main navigation' }).getByText('Investment guide', { exact: true }).click();
      await admin.waitForURL(`${env.system.baseUrl}/admin/guide`);
      const node = (slug: string) => admin.locator('.ant-tree-treenode').filter({ has: admin.locator(`[data-slug="${slug}"]`) });
      await node('metro-plan').waitFor();

      // drag "The metro plan" onto the "Xiangcheng at a glance" section: it moves into it
      const saved = admin.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/admin/guide/order' && r.request().method() === 'PUT');
      await node('metro-plan').dragTo(node('district-at-a-glance'));
      expect((await saved).status()).toBe(200);
      await admin.getByText('Order saved. Investors see the new order.').waitFor();
      const tree = (await (await fetch(`${env.system.baseUrl}/api/v1/guide?lang=en`)).json()) as { sections: { slug: string; pages: { slug: string }[] }[] };
      expect(tree.sections[0]?.pages.map((p) => p.slug)).toContain('metro-plan');
      expect(tree.sections[1]?.pages.map((p) => p.slug)).toEqual(['suzhou-north-station']);
      await admin.screenshot({ path: join(ARTIFACTS, 'guide-console-tree.png') });

      // its editor: three languages side by side; a new Japanese title, published
      await node('metro-plan').getByText('The metro plan', { exact: true }).click();
      await admin.waitForURL(/\/admin\/guide\/\d+$/);
      const title = admin.getByLabel('Title (日本語)');
      await title.waitFor();
      await title.fill('地下鉄15路線の計画');
      await admin.getByRole('button', { name: 'Publish' }).click();
      await admin.locator('.ant-modal-confirm').getByRole('button', { name: 'Publish' }).click();
      await admin.getByText('Published: investors now see this version.').waitFor();
      await admin.screenshot({ path: join(ARTIFACTS, 'guide-console-editor.png') });
      const ja = (await (await fetch(`${env.system.baseUrl}/api/v1/guide/metro-plan?lang=ja`)).json()) as { title: string; section: { slug: string } };
      expect(ja).toMatchObject({ title: '地下鉄15路線の計画', section: { slug: 'district-at-a-glance' } });
    } finally {
      await consoleContext.close();
    }
  });
});
