import type { Page } from 'playwright-core';
import type { RunningSystem } from './system';

/** Signs in to the console as `admin` with the English texts, landing on the dashboard. */
export async function signInToConsole(page: Page, system: RunningSystem): Promise<void> {
  await page.goto(`${system.baseUrl}/admin/`);
  await page.waitForURL(`${system.baseUrl}/admin/login`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(system.adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${system.baseUrl}/admin/dashboard`);
}
