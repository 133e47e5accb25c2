#!/usr/bin/env node
// `pnpm test`: every test of the project, in tiers. Says loudly what it skipped and why;
// with CI=true nothing may be skipped.
import { existsSync } from 'node:fs';
import { buildAll, ROOT, run } from './lib.mjs';

const CI = Boolean(process.env.CI);
const mysqlUrl = process.env.TEST_MYSQL_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];
const results = [];

function step(name, cmd, args, { cwd = ROOT, env = {}, skip } = {}) {
  if (skip) {
    if (CI) {
      console.error(`\n✗ ${name}: cannot run in CI (${skip})`);
      results.push({ name, ok: false });
      return;
    }
    console.warn(`\n⚠⚠⚠ SKIPPED ${name}: ${skip}`);
    skipped.push(`${name}: ${skip}`);
    return;
  }
  console.log(`\n▶ ${name}`);
  const ok = run(cmd, args, { cwd, env }) === 0;
  results.push({ name, ok });
  console.log(ok ? `✓ ${name}` : `✗ ${name}`);
}

if (!mysqlUrl) {
  const why = 'TEST_MYSQL_URL is not set, so the API e2e suites ran on SQLite only (e.g. TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test)';
  if (CI) {
    console.error(`✗ ${why}`);
    process.exit(1);
  }
  console.warn(`\n⚠⚠⚠ SKIPPED MySQL/MariaDB e2e: ${why}`);
  skipped.push(`MySQL/MariaDB e2e: ${why}`);
}

if (!redisUrl) {
  const why = 'TEST_REDIS_URL is not set, so the shared counters were tested in the database only (e.g. TEST_REDIS_URL=redis://127.0.0.1:6379)';
  if (CI) {
    console.error(`✗ ${why}`);
    process.exit(1);
  }
  console.warn(`\n⚠⚠⚠ SKIPPED Redis counters: ${why}`);
  skipped.push(`Redis counters: ${why}`);
}

console.log('▶ build (packages, server, console, mini-program weapp and H5)');
// The weapp build needs an https API origin; this one is only checked here, never run or uploaded.
buildAll({ weapp: true, weappApiBase: 'https://api.zhaoshang.invalid' });

step('contracts unit', 'pnpm', ['--filter', '@zhaoshang/contracts', 'exec', 'jest', '--passWithNoTests']);
step('i18n: every key in every language', 'pnpm', ['--filter', '@zhaoshang/i18n', 'exec', 'jest']);
step('api-client: generated code is current', 'pnpm', ['--filter', '@zhaoshang/api-client', 'exec', 'jest']);
step('server unit + API e2e (SQLite' + (mysqlUrl ? ', MySQL/MariaDB' : '') + (redisUrl ? ', Redis)' : ')'), 'pnpm', ['--filter', '@zhaoshang/server', 'exec', 'jest'], {
  env: { ...(mysqlUrl ? { TEST_MYSQL_URL: mysqlUrl } : {}), ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : {}) },
});
step('mini-program components', 'pnpm', ['--filter', '@zhaoshang/miniapp', 'exec', 'jest']);
step('mini-program weapp main package ≤ 450 KB', 'pnpm', ['--filter', '@zhaoshang/miniapp', 'run', 'check:size']);
step("mini-program passes WeChat's own checks (miniprogram-ci, offline)", 'pnpm', ['--filter', '@zhaoshang/miniapp', 'run', 'check:wechat']);
step('console components', 'pnpm', ['--filter', '@zhaoshang/admin', 'exec', 'jest']);
// The browser suites run twice, in the two time zones farthest from the district's (Asia/Shanghai,
// UTC+8): Kiritimati (UTC+14) is a day ahead of it from 18:00 to 24:00 Shanghai time, Pago Pago
// (UTC-11) a day behind from 00:00 to 19:00. A page that takes the district's dates from the
// browser's clock therefore shows a wrong day in one of the runs whatever the hour, even when CI
// spans Shanghai's midnight (the second run starts within the hour after the first). TZ reaches
// jest, the server each suite spawns and Chromium. One run per zone, not per suite in two browser
// contexts: every suite shows dates somewhere, and the server's own clock needs the zone too.
// They include the first-load budgets (tests/e2e/first-load-budget.e2e.spec.ts): the JavaScript the
// H5 home and the console's sign-in transfer before they are usable, measured in Chromium.
for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  step(`browser e2e and first-load budgets (Chromium, TZ=${timeZone})`, 'pnpm', ['--filter', '@zhaoshang/tests', 'exec', 'jest'], {
    env: { TZ: timeZone },
    skip: existsSync(chromium) ? undefined : `no Chromium at ${chromium} (apt-get install -y chromium)`,
  });
}

const failed = results.filter((r) => !r.ok);
console.log('\n──────── summary ────────');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}`);
for (const s of skipped) console.warn(`⚠ skipped ${s}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
process.exit(failed.length ? 1 : 0);
