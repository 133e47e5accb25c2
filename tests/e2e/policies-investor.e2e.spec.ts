import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { settledOn } from './support/h5';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// The investor's policy finder (政策ナビ) in the H5 app, against the real server and its seeded
// policies: search, detail, infinite scroll and matching, in Japanese. Taro H5 animates page
// transitions and keeps earlier pages in the DOM (hidden), so every step waits for what the user
// would see, and selectors name the page they act on. In the built app a Taro <Input> is a
// custom element with the native <input> inside (hence `#id input`).

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();

beforeEach(async () => {
  // A Japanese investor's browser: the app starts in Japanese on first visit.
  context = await env.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const isSearch = (url: string, q?: string) => {
  const u = new URL(url);
  return u.pathname === '/api/v1/policies' && (q === undefined || u.searchParams.get('q') === q);
};

async function openPolicyFinder(): Promise<void> {
  await page.goto(`${env.system.baseUrl}/`);
  await page.waitForSelector('#home [data-feature="policies"]');
  const firstList = page.waitForResponse((r) => isSearch(r.url()) && r.ok());
  await page.click('#home [data-feature="policies"]');
  await page.waitForSelector('#policy-search-input', { state: 'visible' });
  await firstList;
  await page.waitForSelector('#policies .policies-page__results[data-state="ready"] .policy-card');
}

const settled = (selector: string) => settledOn(page, selector);

/** The visible texts of the elements matching `selector`. */
const texts = (selector: string) => page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.textContent ?? '').trim()));

describe('policy finder (政策ナビ) in Japanese', () => {
  it('searches as the investor types, opens a policy in Japanese, then matches an enterprise profile', async () => {
    await openPolicyFinder();
    expect(await page.textContent('#policies-match-entry')).toContain('自社に合う政策は？');

    // search: results arrive for the whole word, after the pause
    const answered = page.waitForResponse((r) => isSearch(r.url(), '研究開発') && r.ok());
    await page.fill('#policy-search-input input', '研究開発');
    const answer = await answered;
    expect(new URL(answer.url()).searchParams.get('lang')).toBe('ja');
    const found = (await answer.json()) as { total: number; items: { id: number; title: string; fallback: boolean }[] };
    expect(found.total).toBeGreaterThan(0);
    await page.waitForFunction(
      (total) => document.querySelector('#policies [data-total]')?.getAttribute('data-total') === String(total),
      found.total,
    );
    const target = found.items.find((p) => !p.fallback) ?? found.items[0];
    if (!target) throw new Error('no policy found for 研究開発');
    expect(await texts('#policies .policy-card .policy-card__title')).toContain(target.title);
    await page.screenshot({ path: join(ARTIFACTS, 'policies-investor-ja-search.png') });

    // detail, in Japanese
    await page.click(`#policies .policy-card[data-policy-id="${target.id}"]`);
    await settled(`#policy-detail[data-state="ready"] [data-policy-id="${target.id}"]`);
    const detail = page.locator('#policy-detail');
    expect(await detail.locator('.policy-page__title').textContent()).toBe(target.title);
    expect(await detail.locator('[data-language]').getAttribute('data-language')).toBe('ja');
    expect(await detail.locator('#policy-eligibility .policy-page__section-title').textContent()).toBe('申請要件');
    expect(await detail.locator('#policy-ask-concierge').textContent()).toBe('この政策を専属コンシェルジュに相談');
    expect(await detail.locator('#policy-copy-link').textContent()).toBe('ページのリンクをコピー');
    expect(await detail.locator('.fallback-note').count()).toBe(0);
    expect(await detail.locator('#policy-body .policy-page__rich').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'policies-investor-ja-detail.png') });

    // back to the finder, on to matching
    await page.goBack();
    await page.waitForSelector('#policies-match-entry', { state: 'visible' });
    await page.click('#policies-match-entry');
    await page.waitForSelector('#policy-match [data-choice="industry"][data-value="biomedicine"]', { state: 'visible' });
    expect(await page.textContent('#policy-match [data-field="industry"] .match-form__label')).toBe('産業');

    await page.click('#policy-match [data-choice="industry"][data-value="biomedicine"]');
    await page.click('#policy-match [data-choice="enterpriseType"][data-value="foreign_invested"]');
    await page.click('#policy-match [data-choice="highTech"][data-value="yes"]');
    const matched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/policies/match' && r.ok());
    await page.click('#policy-match-submit');
    const matchAnswer = (await (await matched).json()) as { items: { policy: { id: number }; qualifies: boolean }[] };
    expect(matchAnswer.items.length).toBeGreaterThan(0);

    await settled('#policy-match[data-view="results"] .match-result [data-criteria="met"]');
    expect(await page.textContent('#policy-match .match-results__title')).toBe('貴社に合う政策');
    // ranked as the server ranked them, best first, the first one qualifying
    const shown = await page.$$eval('#policy-match .match-result', (els) => els.map((e) => Number((e as HTMLElement).dataset.policyId)));
    expect(shown).toEqual(matchAnswer.items.map((i) => i.policy.id));
    expect(matchAnswer.items[0]?.qualifies).toBe(true);
    expect(await page.locator('#policy-match .match-result').first().locator('[data-qualifies]').textContent()).toBe('対象です');
    const met = await texts('#policy-match [data-criteria="met"] .match-result__criterion-text');
    expect(met.some((t) => t.includes('外資系企業') || t.includes('バイオ医薬') || t.includes('ハイテク企業'))).toBe(true);
    expect(await texts('#policy-match [data-criteria="met"] .match-result__criteria-title')).toContain('満たしている条件');

    await page.screenshot({ path: join(ARTIFACTS, 'policies-investor-ja-match.png') });
  });

  it('loads the next page when the investor scrolls to the end of the list', async () => {
    await openPolicyFinder();
    const total = Number(await page.getAttribute('#policies [data-total]', 'data-total'));
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#policies .policy-card').count()).toBe(10);

    // the tab page scrolls inside its own container: scroll the way a person does
    const secondPage = page.waitForResponse((r) => isSearch(r.url()) && new URL(r.url()).searchParams.get('page') === '2');
    await page.mouse.move(195, 420);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 2500);
    await secondPage;
    await page.waitForFunction((expected) => document.querySelectorAll('#policies .policy-card').length >= expected, Math.min(total, 20));
    const ids = await page.$$eval('#policies .policy-card', (els) => els.map((e) => (e as HTMLElement).dataset.policyId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says when nothing matches and offers the concierge', async () => {
    await openPolicyFinder();
    const answered = page.waitForResponse((r) => isSearch(r.url(), 'zzqxw') && r.ok());
    await page.fill('#policy-search-input input', 'zzqxw');
    await answered;
    await page.waitForSelector('#policies-empty', { state: 'visible' });
    expect(await page.textContent('#policies-empty .policies-page__empty-title')).toBe('条件に合う政策が見つかりません');
    await page.click('#policies-empty-concierge');
    await page.waitForSelector('#concierge', { state: 'visible' });
  });
});
