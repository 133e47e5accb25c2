import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// "Contact your 店小二" in the H5 app, in Japanese, against the real server and its seeded
// concierges: a Japanese investor looking for someone who speaks Japanese and covers biomedicine.
// Taro H5 animates page transitions: every step waits for what the user would see.

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();

type Profile = { id: number; name: string; languages: string[]; industries: { code: string }[]; phone: string; wechatId: string | null; presence: { inOffice: boolean } };

beforeEach(async () => {
  context = await env.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.system.baseUrl });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const isDirectory = (url: string, industry?: string) => {
  const u = new URL(url);
  return u.pathname === '/api/v1/concierges' && (industry === undefined || u.searchParams.get('industry') === industry);
};

/** The visible texts of the elements matching `selector`. */
const texts = (selector: string) => page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.textContent ?? '').trim()));

describe('contact your concierge (専属コンシェルジュ) in Japanese', () => {
  it('finds the concierge who speaks Japanese for biomedicine with the industry chip, and can call or copy their WeChat ID', async () => {
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-feature="concierge"]');
    const first = page.waitForResponse((r) => isDirectory(r.url()) && r.ok());
    await page.click('#home [data-feature="concierge"]');
    const all = (await (await first).json()) as { language: string; items: Profile[] };
    expect(all.language).toBe('ja');
    await page.waitForSelector('#concierge-list[data-state="ready"] [data-testid="concierge-card"]', { state: 'visible' });
    // no intent yet: suggestions only, speakers of Japanese first
    expect(await page.getAttribute('#concierge', 'data-mine')).toBe('none');
    expect(await texts('#concierge .concierge-page__title')).toEqual(['専属コンシェルジュを探す']);
    const speaks = all.items.map((c) => c.languages.includes('ja'));
    expect(speaks.slice(speaks.indexOf(false))).not.toContain(true);

    // the industry chip: バイオ医薬
    const chip = '#concierge-industries [data-choice="industry"][data-value="biomedicine"]';
    expect(await page.textContent(chip)).toBe('バイオ医薬');
    const filtered = page.waitForResponse((r) => isDirectory(r.url(), 'biomedicine') && r.ok());
    await page.click(chip);
    const bio = (await (await filtered).json()) as { items: Profile[] };
    expect(bio.items.length).toBeGreaterThan(0);
    for (const c of bio.items) {
      expect(c.industries.map((i) => i.code)).toContain('biomedicine');
      expect(c.languages).toContain('ja');
    }
    await page.waitForFunction(
      (ids) => Array.from(document.querySelectorAll<HTMLElement>('#concierge-list [data-testid="concierge-card"]')).map((e) => e.dataset.conciergeId).join() === ids,
      bio.items.map((c) => String(c.id)).join(),
    );
    const target = bio.items[0] as Profile;
    const card = page.locator(`#concierge-list [data-testid="concierge-card"][data-concierge-id="${target.id}"]`);
    expect(await card.locator('[data-testid="concierge-name"]').textContent()).toBe(target.name);
    expect(target.name).toMatch(/[ァ-ン]|[一-龥]/);
    expect(await card.locator('[data-testid="concierge-languages"]').textContent()).toContain('日本語');
    expect(await card.locator('[data-testid="concierge-industries"]').textContent()).toContain('バイオ医薬');
    expect(await card.locator('[data-testid="concierge-presence"]').getAttribute('data-in-office')).toBe(String(target.presence.inOffice));
    expect(await card.locator('[data-testid="concierge-call"]').textContent()).toBe('電話する');
    expect(await card.locator('[data-testid="concierge-copy-wechat"]').textContent()).toBe('WeChat IDをコピー');
    // WeChat's own chat exists only inside WeChat
    expect(await card.locator('[data-testid="concierge-chat"]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'concierge-ja-biomedicine.png') });

    // copy the WeChat ID: it is on the clipboard and the app says so in Japanese
    await card.locator('[data-testid="concierge-copy-wechat"]').click();
    await page.waitForFunction(() => (document.body.textContent ?? '').includes('WeChat IDをコピーしました'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(target.wechatId);

    // one tap to call: the browser is asked to open the concierge's number in the phone app
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    const dialled = new Promise<string>((resolve) => cdp.on('Page.frameRequestedNavigation', (e: { url: string }) => resolve(e.url)));
    await card.locator('[data-testid="concierge-call"]').click();
    expect(await dialled).toBe(`tel:${target.phone}`);
    // the page is still there for the investor to come back to
    await page.waitForSelector('#concierge-list[data-state="ready"]', { state: 'visible' });
  });
});
