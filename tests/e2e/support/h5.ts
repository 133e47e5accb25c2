import type { Page } from 'playwright-core';

/**
 * Waits until the H5 page holding `selector` is visible and has finished sliding in: Taro H5
 * animates page transitions and keeps earlier pages in the DOM, hidden.
 */
export async function settledOn(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { state: 'visible' });
  await page.waitForFunction((sel) => {
    const box = document.querySelector(sel)?.closest('.taro_page')?.getBoundingClientRect();
    return box !== undefined && Math.abs(box.left) < 1;
  }, selector);
}
