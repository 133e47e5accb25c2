import { join } from 'node:path';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { settledOn } from './support/h5';
import { ARTIFACTS, useSystemAndBrowser } from './support/system';

// Issue 4 end to end, against the real server and the built apps: an investor fills the intent
// form in English on the H5 app while the network fails in the middle (the API goes away and
// the page is reloaded, then the phone goes offline and the investor submits), the network comes
// back, and the intent is sent exactly once even though the first answer is lost on the way; a
// staff member then moves the lead to "contacted" in the console and replies, and the investor
// sees both after refreshing. Taro H5 keeps pages in the DOM and animates transitions, so every
// step waits for what the user would see; in the built app an Input/Textarea is a custom element
// with the native control inside (hence `#id input`).

/** The mini-program's intent form (apps/miniapp/src/app.config.ts, subpackage pages/intent; hash routing). */
const INTENT_PAGE = '#/pages/intent/index';

const COMPANY = 'Sakura Fintech K.K.';
const CONTACT = 'Haruto Tanaka';
const PHONE_TYPED = '090-1234-5678';
const PHONE_E164 = '+819012345678';
const EMAIL = 'h.tanaka@sakura-fintech.example';
const MESSAGE = 'We plan a fintech R&D office of about 40 people and would like to visit in spring.';
const REPLY = 'Thank you, Mr Tanaka. I have noted your project and will call you tomorrow to plan the visit.';
/**
 * The seeded routing rules send fintech + English to the only concierge covering both
 * (apps/server/src/database/seed: c-li-qiang), shown by their English name.
 */
const CONCIERGE = 'Li Qiang';

const env = useSystemAndBrowser();

let investor: BrowserContext | undefined;
let staff: BrowserContext | undefined;

afterEach(async () => {
  await investor?.close();
  await staff?.close();
  investor = staff = undefined;
});

// ---- the server, seen through the admin API (what the lead desk really holds) ----

let adminToken: string | undefined;

async function adminApi<T>(path: string): Promise<T> {
  if (!adminToken) {
    const login = await fetch(`${env.system.baseUrl}/api/v1/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: env.system.adminPassword }),
    });
    expect(login.status).toBe(200);
    adminToken = ((await login.json()) as { accessToken: string }).accessToken;
  }
  const res = await fetch(`${env.system.baseUrl}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

type LeadDetail = Record<string, unknown> & { timeline: { kind: string }[] };
type LeadList = { total: number; items: { id: number; companyName: string; stage: string; assignee: { name: string } | null }[] };
const leads = () => adminApi<LeadList>('/api/v1/admin/leads?pageSize=50');

/** Polls a condition of the test's own bookkeeping (browser events arrive asynchronously). */
async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- the investor's page ----

const isApi = (url: URL) => url.pathname.startsWith('/api/');
const isIntentSubmission = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/intents';

/** The device storage of the H5 app (Taro keeps each value as `{"data": value}` in localStorage). */
async function stored<T>(page: Page, key: string): Promise<T | undefined> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw === null ? undefined : (JSON.parse(raw) as { data: T }).data;
}

const settled = settledOn;

async function onStep(page: Page, step: string): Promise<void> {
  await settled(page, `#intent [data-testid="intent-form"][data-step="${step}"] [data-testid="intent-step-${step}"]`);
}

/** Taps a chip and waits until it shows as chosen. */
async function choose(page: Page, group: string, value: string): Promise<void> {
  const chip = `#intent [data-choice="${group}"][data-value="${value}"]`;
  if ((await page.getAttribute(chip, 'data-selected')) !== 'true') await page.click(chip);
  await page.waitForSelector(`${chip}[data-selected="true"]`);
}

async function next(page: Page, to: string): Promise<void> {
  await page.click('#intent [data-testid="intent-next"]');
  await onStep(page, to);
}

/** The visible texts of the elements matching `selector`. */
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.textContent ?? '').trim()));

describe('investment intent (issue 4)', () => {
  it('an English investor submits through a network failure, and sees the stage and the reply the staff give in the console', async () => {
    const { baseUrl } = env.system;
    expect((await leads()).total).toBe(0);

    // ---------------------------------------------------------------- the investor, in English
    investor = await env.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const phone = await investor.newPage();
    // every submission the page makes, with its Idempotency-Key and what became of it
    const submissions: { key: string | undefined; outcome: string }[] = [];
    phone.on('request', (request) => {
      if (isIntentSubmission(request)) submissions.push({ key: request.headers()['idempotency-key'], outcome: 'pending' });
    });
    const settle = (request: Request, outcome: string) => {
      if (!isIntentSubmission(request)) return;
      const entry = submissions.find((s) => s.key === request.headers()['idempotency-key'] && s.outcome === 'pending');
      if (entry) entry.outcome = outcome;
    };
    phone.on('requestfailed', (request) => settle(request, 'failed'));
    phone.on('requestfinished', (request) => void request.response().then((res) => settle(request, String(res?.status() ?? 'none'))));

    await phone.goto(`${baseUrl}/${INTENT_PAGE}`);
    await phone.waitForFunction(() => document.documentElement.lang === 'en');

    // the privacy notice comes first, in English; agreeing reaches the server (online for now)
    await settled(phone, '#intent [data-testid="privacy-notice"]');
    expect(await phone.textContent('#intent [data-testid="privacy-agree"]')).toBe('Agree and continue');
    const consent = phone.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/me/consent' && r.status() === 204);
    await phone.click('#intent [data-testid="privacy-agree"]');
    await consent;
    await onStep(phone, 'company');

    // company: Japan puts +81 in front of the phone number
    await phone.fill('#intent-company-name input', COMPANY);
    await choose(phone, 'country', 'JP');
    await choose(phone, 'enterpriseType', 'foreign_invested');
    await next(phone, 'contact');

    // contact
    await phone.fill('#intent-contact-name input', CONTACT);
    await phone.waitForSelector('#intent [data-choice="callingCode"][data-value="81"][data-selected="true"]');
    await phone.fill('#intent-contact-phone input', PHONE_TYPED);
    await phone.waitForFunction(
      (e164) => (document.querySelector('#intent [data-testid="intent-phone-preview"]')?.textContent ?? '').includes(e164),
      PHONE_E164,
    );
    await phone.fill('#intent-contact-email input', EMAIL);
    await choose(phone, 'language', 'en');
    await next(phone, 'project');

    // project, half done when the network starts failing
    await choose(phone, 'industries', 'fintech');
    await choose(phone, 'amountRange', '10m_50m');

    // ------------------------------------------- the network fails: the API cannot be reached
    // (a reload needs the page itself: the H5 app has no service worker, so only the API fails)
    const apiOutage = (route: Route) => route.abort('internetdisconnected');
    await phone.route(isApi, apiOutage);
    await phone.reload();
    // the form opens again from the device: same step, same answers, reference lists from the cache
    await onStep(phone, 'project');
    await phone.waitForSelector('#intent [data-choice="industries"][data-value="fintech"][data-selected="true"]');
    await phone.waitForSelector('#intent [data-choice="amountRange"][data-value="10m_50m"][data-selected="true"]');
    const draft = await stored<{ company: { name: string }; contact: { phone: string; callingCode: string } }>(phone, 'intent.draft');
    expect(draft).toMatchObject({ company: { name: COMPANY }, contact: { phone: PHONE_TYPED, callingCode: '81' } });

    await choose(phone, 'spaceKind', 'office');
    await choose(phone, 'timeline', '6_to_12_months');
    await next(phone, 'message');
    await phone.fill('#intent-message textarea', MESSAGE);
    await next(phone, 'consent');
    // the review shows what the draft kept through the reload
    const review = await texts(phone, '#intent .intent-review__value');
    for (const value of [COMPANY, 'Japan', CONTACT, PHONE_E164, EMAIL, 'English', 'Fintech', 'CNY 10–50 million', 'Office', MESSAGE]) expect(review).toContain(value);

    // ------------------------------------------------ now the phone is offline: submit anyway
    await investor.setOffline(true);
    await phone.unroute(isApi, apiOutage);
    await phone.click('#intent [data-testid="intent-submit"]');
    await phone.waitForSelector('#intent [data-testid="intent-outbox"][data-status="waiting"]', { state: 'visible' });
    expect(await phone.textContent('#intent [data-testid="intent-outbox-status"]')).toBe('Waiting to send');
    expect(await texts(phone, '#intent [data-testid="intent-outbox-item"]')).toEqual([`Investment intent: ${COMPANY}`]);
    expect(await phone.textContent('#intent [data-testid="intent-outbox"]')).toContain('No network connection');
    // kept on the device, under one Idempotency-Key; nothing reached the server
    const queued = await stored<{ key: string }[]>(phone, 'intent.outbox');
    expect(queued).toHaveLength(1);
    const key = queued?.[0]?.key;
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await stored(phone, 'intent.draft')).toMatchObject({ company: { name: COMPANY } });
    expect((await leads()).total).toBe(0);
    // the attempt failed in the browser (a timed retry may be on its way too, and fails the same)
    await until(() => submissions.some((s) => s.outcome === 'failed'));
    expect(submissions.every((s) => s.outcome === 'failed' || s.outcome === 'pending')).toBe(true);

    // ------------------------------- the network comes back; the first answer is lost on the way
    // (the server stores the intent, the connection drops before the answer reaches the phone)
    let lostAnswer: number | undefined;
    await phone.route(
      (url) => url.pathname === '/api/v1/intents',
      async (route) => {
        if (lostAnswer !== undefined || route.request().method() !== 'POST') return route.continue();
        const answer = await route.fetch();
        lostAnswer = answer.status();
        await route.abort('connectionreset');
      },
    );
    const confirmed = phone.waitForResponse((r) => isIntentSubmission(r.request()) && r.ok());
    await investor.setOffline(false);
    // the retry goes on its own (the window's `online` event, then the retry timer), with the same key
    const answer = await confirmed;
    expect(lostAnswer).toBe(201);
    expect(answer.status()).toBe(200);
    expect(answer.request().headers()['idempotency-key']).toBe(key);
    const intent = (await answer.json()) as { id: number; stage: string; concierge: { id: number; name: string } | null };
    expect(intent).toMatchObject({ stage: 'new', concierge: { name: CONCIERGE } });

    // the banner goes, the intent opens in its place
    await phone.waitForSelector('[data-testid="intent-outbox"]', { state: 'hidden' });
    await settled(phone, `#intent-detail[data-state="ready"][data-stage="new"] [data-testid="concierge-card"]`);
    await phone.waitForSelector('#intent-detail [data-testid="stage-item"][data-stage="new"][data-state="current"]', { state: 'visible' });
    expect(await phone.textContent('#intent-detail [data-testid="stage-item"][data-stage="new"]')).toBe('Received');
    expect(await phone.textContent('#intent-detail [data-testid="concierge-name"]')).toBe(CONCIERGE);
    expect(await phone.textContent('#intent-detail [data-testid="intent-company"]')).toBe(COMPANY);
    expect(phone.url()).toContain(`id=${intent.id}`);
    expect(await stored(phone, 'intent.outbox')).toEqual([]);
    expect(await stored(phone, 'intent.draft')).toBeUndefined();

    // exactly one intent on the server, whatever the phone retried
    expect(submissions.every((s) => s.key === key)).toBe(true);
    expect(submissions.filter((s) => s.outcome === 'failed').length).toBeGreaterThanOrEqual(2);
    const list = await leads();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: intent.id, companyName: COMPANY, stage: 'new' });
    // as the investor filled it in, before and after the reload, submitted once
    const lead = await adminApi<LeadDetail>(`/api/v1/admin/leads/${intent.id}`);
    expect(lead).toMatchObject({
      company: { name: COMPANY, country: 'JP', type: 'foreign_invested' },
      contactName: CONTACT,
      phone: expect.stringMatching(/^\+81\b.*5678$/),
      language: 'en',
      source: 'h5',
      project: { industries: ['fintech'], amountRange: '10m_50m', spaceKind: 'office', timeline: '6_to_12_months' },
      message: MESSAGE,
      assignee: { conciergeId: intent.concierge?.id },
    });
    expect(lead.timeline.filter((e) => e.kind === 'submitted')).toHaveLength(1);

    // ------------------------------------------------------ the lead desk, in a second browser
    staff = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const desk = await staff.newPage();
    await desk.goto(`${baseUrl}/admin/`);
    await desk.waitForURL(`${baseUrl}/admin/login`);
    await desk.getByLabel('User name').fill('admin');
    await desk.getByLabel('Password').fill(env.system.adminPassword);
    await desk.getByRole('button', { name: 'Sign in' }).click();
    await desk.waitForURL(`${baseUrl}/admin/dashboard`);

    await desk.getByRole('navigation', { name: 'Main navigation' }).getByText('Lead desk', { exact: true }).click();
    await desk.waitForURL(`${baseUrl}/admin/leads`);
    const row = desk.locator(`[data-testid="lead-row"][data-lead-id="${intent.id}"]`);
    await row.waitFor();
    expect(await desk.locator('[data-testid="lead-row"]').count()).toBe(1);
    expect(await row.textContent()).toContain(COMPANY);
    await row.getByRole('link').click();
    await desk.waitForURL(`${baseUrl}/admin/leads/${intent.id}`);

    // move it on to "contacted" with the stage control
    const control = desk.locator('[data-testid="lead-stage-control"]');
    await desk.waitForSelector('[data-testid="lead-stage-control"][data-stage="new"]');
    const version = await control.getAttribute('data-version');
    const nextStage = desk.locator('[data-testid="lead-stage-next"]');
    expect(await nextStage.textContent()).toContain('Contacted');
    await nextStage.click();
    await desk.waitForSelector('[data-testid="lead-stage-control"][data-stage="contacted"]');
    expect(await control.getAttribute('data-version')).not.toBe(version);
    await desk.waitForSelector('[data-testid="lead-timeline-item"][data-kind="stage"]');

    // and reply in the thread
    const replyBox = desk.locator('textarea[data-testid="lead-reply-input"], [data-testid="lead-reply-input"] textarea');
    await replyBox.fill(REPLY);
    await desk.click('[data-testid="lead-reply-send"]');
    await desk.getByTestId('lead-thread').locator('[data-testid="lead-message"][data-from="staff"]', { hasText: REPLY }).waitFor();
    await desk.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('textarea[data-testid="lead-reply-input"], [data-testid="lead-reply-input"] textarea')?.value === '');
    await desk.screenshot({ path: join(ARTIFACTS, 'intent-console.png'), fullPage: true });
    expect((await leads()).items[0]).toMatchObject({ id: intent.id, stage: 'contacted' });

    // --------------------------------------------- back on the phone: refresh, see the progress
    await phone.click('#intent-detail [data-testid="intent-refresh"]');
    await phone.waitForSelector('#intent-detail[data-stage="contacted"] [data-testid="stage-item"][data-stage="contacted"][data-state="current"]', { state: 'visible' });
    await phone.waitForSelector('#intent-detail [data-testid="intent-refresh"][data-refreshing="false"]');
    expect(await phone.getAttribute('#intent-detail [data-testid="stage-item"][data-stage="new"]', 'data-state')).toBe('done');
    expect(await phone.textContent('#intent-detail [data-testid="stage-item"][data-stage="contacted"]')).toBe('Contacted');
    expect(await texts(phone, '#intent-detail [data-testid="intent-event"][data-kind="stage"]')).toEqual([expect.stringContaining('Stage: Contacted')]);
    const staffMessage = phone.locator('#intent-detail [data-testid="message"][data-from="staff"]');
    await staffMessage.first().waitFor({ state: 'visible' });
    expect(await staffMessage.count()).toBe(1);
    expect(await staffMessage.locator('.message__body').textContent()).toBe(REPLY);
    expect(await phone.locator('#intent-detail [data-testid="intent-refresh-error"]').count()).toBe(0);
    // the whole intent page, stage to thread: the page scrolls inside the app, so the screen grows to fit it
    const height = await phone.$eval('#intent-detail', (el) => Math.ceil(el.getBoundingClientRect().height));
    await phone.setViewportSize({ width: 390, height: Math.max(844, height + 40) });
    await phone.waitForFunction((h) => window.innerHeight === h, Math.max(844, height + 40));
    await phone.screenshot({ path: join(ARTIFACTS, 'intent-investor.png') });
  });
});
