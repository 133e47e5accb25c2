import type { BrowserContext, Page } from 'playwright-core';
import { useSystemAndBrowser } from './support/system';

// The investor's H5 app, served by the real server at `/`: language switching end to end.
// Taro H5 animates page transitions, so every step waits for what the user would see.

type Expected = { appName: string; policies: string; concierge: string; heatmap: string };

const EXPECTED: Record<'zh-CN' | 'en' | 'ja', Expected> = {
  'zh-CN': { appName: '招商小程序', policies: '政策通', concierge: '店小二', heatmap: '投资热力图' },
  en: { appName: 'Invest mini-program', policies: 'Policy finder', concierge: 'Concierge', heatmap: 'Investment heatmap' },
  ja: { appName: '投資誘致ミニプログラム', policies: '政策ナビ', concierge: '専属コンシェルジュ', heatmap: '投資ヒートマップ' },
};

let context: BrowserContext;
let page: Page;

const env = useSystemAndBrowser();

beforeEach(async () => {
  // A fresh profile: no remembered language; the browser says it prefers English.
  context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function waitForText(selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, expected]) => Array.from(document.querySelectorAll(sel)).some((el) => (el.textContent ?? '').includes(expected)),
    [selector, text] as const,
  );
}

/** The home page shows `language` everywhere the user looks. */
async function expectHomeIn(language: keyof typeof EXPECTED): Promise<void> {
  const expected = EXPECTED[language];
  await waitForText('#home [data-feature="policies"]', expected.policies);
  await waitForText('#home [data-feature="concierge"]', expected.concierge);
  await waitForText('#home [data-feature="heatmap"]', expected.heatmap);
  await waitForText('#home', expected.appName);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  // the district block is fetched again in the new language and shows the seeded industries
  await page.waitForSelector('#home [data-state="ready"] [data-industry]');
  expect(await page.locator('#home [data-state="error"]').count()).toBe(0);
}

describe('mini-program H5', () => {
  it('follows the browser language on first visit, switches through all three languages, and keeps the choice after a reload', async () => {
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home');
    await expectHomeIn('en');

    for (const language of ['ja', 'en', 'zh-CN'] as const) {
      await page.click(`#home [data-lang="${language}"]`);
      await expectHomeIn(language);
    }

    await page.reload();
    await page.waitForSelector('#home');
    await expectHomeIn('zh-CN');
  });

  it('opens a feature from the home page in the chosen language', async () => {
    await page.goto(`${env.system.baseUrl}/`);
    await page.waitForSelector('#home [data-lang="ja"]');
    await page.click('#home [data-lang="ja"]');
    await expectHomeIn('ja');

    await page.click('#home [data-feature="heatmap"]');
    // the heatmap's metric switch, in Japanese
    await waitForText('#heatmap [data-choice="metric"]', '投資実績');
  });
});
