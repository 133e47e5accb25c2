#!/usr/bin/env node
// `pnpm bench`: the server on a large generated data set, each scenario measured with autocannon
// next to a bare node:http server in the same run. Prints req/s, p99 and the ratio to bare.
// Env: BENCH_SECONDS (default 8 per server measured), BENCH_ROUNDS (4: the bare baseline and the scenario run in turns), BENCH_CONNECTIONS (20), TEST_MYSQL_URL to bench MySQL/MariaDB too,
// BENCH_ONLY=<part of a scenario name>[|<another part>…] to run some, BENCH_POLICIES / BENCH_AUDIT_ROWS for the data size,
// BENCH_PROFILE=<dir> to write the server's CPU profiles there (open them in Chrome DevTools),
// TEST_REDIS_URL to run the MySQL/MariaDB server with its shared counters in Redis (the production pairing),
// BENCH_DB=sqlite or BENCH_DB=mysql to bench one database only.
// Also First Contentful Paint of the built H5 home and console sign-in in Chromium, CPU 4× slowed,
// next to a bare static server (first-paint.mjs; BENCH_ONLY=first paint runs only those).
import { fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFirstPaint, FIRST_PAINT_PAGES } from './first-paint.mjs';
import { generateHeatmapData, heatmapScenarios, measureHeatmapFullRead, measureHeatmapRecompute } from './heatmap-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const SERVER = join(ROOT, 'apps/server');
const require = createRequire(join(SERVER, 'package.json'));
const autocannon = createRequire(import.meta.url)('autocannon');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// a scenario with a ratio target and its baselines run in turns, SECONDS / ROUNDS at a time
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const AUDIT_ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 50_000);
const POLICIES = Number(process.env.BENCH_POLICIES ?? 10_000);

const freePort = () =>
  new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

function cannon(url, headers = {}, requests = undefined, seconds = SECONDS) {
  return new Promise((res, rej) =>
    autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, requests }, (err, result) => (err ? rej(err) : res(result))),
  );
}

/**
 * Measures several servers in turns, a short run of each per round, so that the machine's drift
 * (a noisy neighbour, the CPU's clock) falls on all of them alike instead of on whichever ran in
 * the slow seconds. Each: req/s over all its rounds, the worst round's p99, failures summed.
 * `before`/`after` run around each run of a target (the CPU readings of the intents). A p99
 * target is judged on one run of SECONDS (rounds = 1): the worst of short runs would be harsher.
 */
async function inTurns(targets, rounds) {
  const runs = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of targets.entries()) {
      const before = t.before?.();
      const r = await cannon(t.url, t.headers, t.requests, SECONDS / rounds);
      t.after?.(before, r);
      runs[i].push(r);
    }
  }
  return runs.map((rs) => ({
    rps: rs.reduce((sum, r) => sum + r.requests.total, 0) / rs.reduce((sum, r) => sum + r.duration, 0),
    total: rs.reduce((sum, r) => sum + r.requests.total, 0),
    p99: Math.max(...rs.map((r) => r.latency.p99)),
    errors: rs.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  }));
}

async function waitHealthy(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy: ${url}`);
}

/** Large data set: the demo seed plus generated audit history and staff accounts. */
async function generateData(databaseUrl) {
  const { loadConfig } = require('./dist/config/config.js');
  const { createDataSource } = require('./dist/database/data-source.js');
  const config = loadConfig({ DATABASE_URL: databaseUrl });
  const ds = await createDataSource(config.database);
  await ds.initialize();
  const batch = 1000;
  const actions = ['auth.login', 'user.create', 'policy.update', 'lead.assign', 'auth.logout'];
  for (let i = 0; i < AUDIT_ROWS; i += batch) {
    const rows = Array.from({ length: Math.min(batch, AUDIT_ROWS - i) }, (_, j) => ({
      actorId: 1,
      actorName: 'admin',
      action: actions[(i + j) % actions.length],
      targetType: 'sample',
      targetId: String(i + j),
      outcome: (i + j) % 7 === 0 ? 'failure' : 'success',
      ip: '127.0.0.1',
      detail: { n: i + j },
    }));
    // updateEntity(false): no read-back of generated columns for a bulk insert
    await ds.getRepository('AuditLogEntity').createQueryBuilder().insert().values(rows).updateEntity(false).execute();
  }
  await generatePolicies(ds);
  await generateHeatmapData(ds);
  await ds.destroy();
}

const INDUSTRIES = ['rnd', 'culture', 'health', 'big_data', 'industrial_internet', 'fintech', 'intelligent_driving', 'advanced_materials', 'biomedicine'];
const WORDS = {
  'zh-CN': ['示范', '专项', '扶持', '奖励', '补贴', '园区', '研发', '人才', '金融', '数字', '智能', '绿色', '制造', '服务', '创新'],
  en: ['pilot', 'special', 'support', 'reward', 'subsidy', 'park', 'research', 'talent', 'finance', 'digital', 'smart', 'green', 'manufacturing', 'service', 'innovation'],
  ja: ['モデル', '特別', '支援', '奨励金', '補助金', 'パーク', '研究', '人材', '金融', 'デジタル', 'スマート', 'グリーン', '製造', 'サービス', 'イノベーション'],
};

/** 10,000 published policies in three languages, varied from the seeded ones (deterministic). */
async function generatePolicies(ds) {
  const { POLICY_SEEDS } = require('./dist/policies/seed/policy-seed-data.js');
  const { createPolicy, setStatus } = require('./dist/policies/policy-writer.js');
  const extra = POLICIES - POLICY_SEEDS.length;
  for (let start = 0; start < extra; start += 250) {
    await ds.transaction(async (tx) => {
      for (let i = start; i < Math.min(extra, start + 250); i++) {
        const { key, ...base } = POLICY_SEEDS[i % POLICY_SEEDS.length];
        const word = (lang, k) => WORDS[lang][(i * 7 + k * 3) % WORDS[lang].length];
        const translations = {};
        for (const lang of ['zh-CN', 'en', 'ja']) {
          const tr = base.translations[lang];
          if (!tr || !tr.title) continue;
          const tag = lang === 'en' ? ` — ${word(lang, 1)} ${word(lang, 2)} no. ${i}` : `（${word(lang, 1)}${word(lang, 2)} 第${i}号）`;
          translations[lang] = { ...tr, title: `${tr.title}${tag}` };
        }
        const view = await createPolicy(tx, { ...base, industries: [INDUSTRIES[i % INDUSTRIES.length]], translations }, 'bench', null);
        await setStatus(tx, view.id, view.version, 'published', 'bench');
      }
    });
  }
}

async function benchDatabase(label, databaseUrl, bare, results, extraEnv = {}) {
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'error',
    ADMIN_INITIAL_PASSWORD: 'bench-password-123',
    NODE_ENV: 'production',
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
    // the bench measures throughput, not the limiter: every request comes from 127.0.0.1
    INTENT_MAX_PER_INVESTOR_PER_HOUR: '100000000',
    INTENT_MAX_PER_IP_PER_HOUR: '100000000',
    GUEST_MAX_PER_IP_PER_HOUR: '100000',
  };
  for (const cmd of ['migrate', 'seed']) {
    const r = spawnSync(process.execPath, [join(SERVER, 'dist/database/cli.js'), cmd], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  await generateData(databaseUrl);
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const app = spawn(process.execPath, [...profile, join(SERVER, 'dist/main.js')], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(`${base}/api/health`);
    const login = await fetch(`${base}/api/v1/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'bench-password-123' }),
    });
    const { accessToken } = await login.json();
    const queries = ['人才', '信贷', '相科贷', '研究開発', '補助金', 'talent subsidy', '租金', 'rent reduction', '高新技术企业', '外資系企業', 'blockchain', '生物医药'];
    const vocab = [...queries, ...Object.values(WORDS).flat()];
    let n = 0;
    // a new query text and page on every request: no two hit the same cached answer
    const uncachedSearch = () => {
      n++;
      const q = `${vocab[n % vocab.length]} ${vocab[(n * 7) % vocab.length]}`;
      return { method: 'GET', path: `/api/v1/policies?q=${encodeURIComponent(q)}&page=${1 + (n % 97)}&lang=${['zh-CN', 'en', 'ja'][n % 3]}` };
    };
    const profiles = [
      { industry: 'biomedicine', enterpriseType: 'foreign_invested', highTech: true, rndSpendingPercent: 6 },
      { industry: 'fintech', enterpriseType: 'domestic', size: 'small', companyAgeYears: 2 },
      { enterpriseType: 'foreign_invested', investmentAmount: 20000, spaceKind: 'factory' },
      { talentCategories: ['young_graduate'], size: 'micro' },
    ];
    let m = 0;
    const matchRequest = () => ({ method: 'POST', path: `/api/v1/policies/match?lang=${['zh-CN', 'en', 'ja'][m % 3]}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(profiles[m++ % profiles.length]) });
    // intents: 20 investors, every request a new Idempotency-Key, so every one is a new row
    const investors = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const res = await fetch(`${base}/api/v1/auth/guest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      investors.push((await res.json()).token);
    }
    const { PRIVACY_NOTICE_VERSION } = require('@zhaoshang/contracts');
    let k = 0;
    const intentRequest = () => {
      k++;
      const language = ['ja', 'en', 'zh-CN'][k % 3];
      return {
        method: 'POST',
        path: '/api/v1/intents',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${investors[k % investors.length]}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify({
          company: { name: `Bench Co. ${k}`, country: 'JP', type: 'foreign_invested' },
          contact: { name: `Bench ${k}`, phone: `+8190${String(10_000_000 + (k % 80_000_000))}`, email: `bench${k}@example.jp`, language },
          project: { industries: [INDUSTRIES[k % INDUSTRIES.length]], amountRange: '10m_50m', spaceKind: 'factory', spaceSize: 2000, timeline: 'within_6_months' },
          message: 'Benchmark intent',
          consentVersion: PRIVACY_NOTICE_VERSION,
        }),
      };
    };
    const scenarios = [
      { name: 'GET /api/health', path: '/api/health' },
      {
        // WeChat's wx.request and browsers ask for gzip; so does this scenario
        name: `GET /api/v1/policies?lang=ja (published list of ${POLICIES.toLocaleString('en')}, page 1, gzip)`,
        path: '/api/v1/policies?lang=ja',
        headers: { 'accept-encoding': 'gzip' },
        target: { ratio: 0.5 },
        sameBytes: true,
      },
      { name: 'GET /api/v1/policies?q=… (12 popular queries, 3 languages)', requests: queries.map((q, i) => ({ method: 'GET', path: `/api/v1/policies?q=${encodeURIComponent(q)}&lang=${['zh-CN', 'en', 'ja'][i % 3]}` })), target: { p99: 25 } },
      { name: 'GET /api/v1/policies?q=… (every request a new query and page: uncached)', requests: [{ setupRequest: (req) => ({ ...req, ...uncachedSearch() }) }], target: { p99: 25 } },
      { name: 'POST /api/v1/policies/match (4 profiles, 3 languages)', requests: [{ setupRequest: (req) => ({ ...req, ...matchRequest() }) }], target: { p99: 50 } },
      { name: 'GET /api/v1/meta?lang=ja (content read)', path: '/api/v1/meta?lang=ja' },
      {
        name: 'POST /api/v1/intents (new intent each, assigned, 20 investors)',
        requests: [{ setupRequest: (req) => ({ ...req, ...intentRequest() }) }],
        target: label.startsWith('mysql') ? { rps: 500, p99: 100 } : undefined,
        // where the 2 cores went: the server, the database, Redis and the load generator
        cpu: true,
      },
      { name: `GET /api/v1/admin/audit-log (page 1 of ${AUDIT_ROWS.toLocaleString('en')} rows, authenticated)`, path: '/api/v1/admin/audit-log?page=1&pageSize=20', headers: { authorization: `Bearer ${accessToken}` } },
      ...heatmapScenarios,
    ];
    // one request first: in-memory read models build on first use
    await fetch(`${base}/api/v1/policies?lang=ja`);
    for (const s of scenarios) {
      if (!selected(s.name)) continue;
      const targets = [{ url: bare }];
      // where the CPU went: summed over the measured runs only, not the baselines'
      const meter = cpuMeter(() => app.pid);
      targets.push({ url: `${base}${s.path ?? '/'}`, headers: s.headers, requests: s.requests, ...(s.cpu || s.sameBytes ? meter.hooks : {}) });
      let twin;
      let bytes;
      const twinMeter = cpuMeter(() => twin?.pid);
      if (s.sameBytes) {
        // the same answer from a bare node:http server: what the payload alone costs here
        const file = join(tmpdir(), `zs-bench-body-${process.pid}.json`);
        // twice: the first answer comes from the route and fills the answer cache the scenario hits
        await rawBody(`${base}${s.path}`, s.headers);
        bytes = await rawBody(`${base}${s.path}`, s.headers);
        writeFileSync(file, bytes);
        const port = await freePort();
        twin = fork(join(here, 'bare-server.mjs'), { env: { PORT: String(port), BODY_FILE: file }, stdio: 'ignore' });
        await new Promise((r) => twin.once('message', r));
        rmSync(file, { force: true });
        // the same request too (its headers cost the server and the load generator alike)
        targets.push({ url: `http://127.0.0.1:${port}/`, headers: s.headers, ...twinMeter.hooks });
      }
      const [baseline, measured, same] = await inTurns(targets, s.target?.ratio ? ROUNDS : 1);
      twin?.kill();
      results.push({ db: label, name: s.name, rps: measured.rps, p99: measured.p99, errors: measured.errors, bareRps: baseline.rps, bareP99: baseline.p99, target: s.target });
      print(results.at(-1));
      if (s.cpu) console.log(`      (CPU per request: ${cpuNote(meter)})`);
      if (same) {
        console.log(
          `      (a bare node:http server answering the same ${bytes.length.toLocaleString('en')} bytes: ${Math.round(same.rps).toLocaleString('en')} req/s, p99 ${same.p99} ms; this endpoint does ${(measured.rps / same.rps).toFixed(2)}× of that;\n` +
            `       CPU per request: this server ${perRequest(meter, 'server')}, load generator ${perRequest(meter, 'loadgen')}; the bare one ${perRequest(twinMeter, 'server')}, load generator ${perRequest(twinMeter, 'loadgen')})`,
        );
      }
    }
    if (selected('heatmap recompute')) {
      // a console change, then the next heatmap answer: the full rebuild from every project and premises
      const times = [];
      for (let i = 0; i < 3; i++) times.push(await measureHeatmapRecompute(base, accessToken, i));
      const worst = Math.max(...times.map((t) => t.rebuildAndReadMs));
      console.log(
        `bench ${label.padEnd(11)} ${'heatmap: project edited in the console → next heatmap answer (3 tries)'.padEnd(72)} save ${times.map((t) => t.writeMs).join('/')} ms, rebuild and read ${times.map((t) => t.rebuildAndReadMs).join('/')} ms  [target < 1000 ms: ${worst < 1000 ? 'met' : 'MISSED'}]`,
      );
      // the same rebuild after reading every row again: what another replica does after any write
      const full = [];
      for (let i = 0; i < 3; i++) full.push(await measureHeatmapFullRead(base, accessToken, i));
      console.log(
        `bench ${label.padEnd(11)} ${'heatmap: one-row import (every row read again) → next heatmap answer'.padEnd(72)} save ${full.map((t) => t.writeMs).join('/')} ms, rebuild and read ${full.map((t) => t.rebuildAndReadMs).join('/')} ms`,
      );
    }
  } finally {
    app.kill('SIGTERM');
  }
}

/** The body exactly as the server sends it (still compressed): fetch would decompress it. */
function rawBody(url, headers = {}) {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolvePromise(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** CPU milliseconds used so far by the server, the local database server, Redis and this process (Linux /proc). */
function cpuTimes(serverPid) {
  const of = (pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
    } catch {
      return undefined;
    }
  };
  const pidOf = (names) => {
    const r = spawnSync('pidof', names, { encoding: 'utf8' });
    return r.status === 0 ? Number(r.stdout.trim().split(/\s+/)[0]) : undefined;
  };
  const db = pidOf(['mariadbd', 'mysqld']);
  const redis = pidOf(['redis-server']);
  return { server: of(serverPid), database: db && of(db), redis: redis && of(redis), loadgen: of(process.pid) };
}

/** Whether BENCH_ONLY (parts of names, separated by |) asks for this scenario; all run without it. */
function selected(name) {
  const only = process.env.BENCH_ONLY;
  return !only || only.split('|').some((part) => name.includes(part));
}

/** Sums the CPU a server (`pid()`), the databases and this process use over the runs it is hooked to. */
function cpuMeter(pid) {
  const meter = {
    used: {},
    requests: 0,
    hooks: {
      before: () => cpuTimes(pid()),
      after: (before, r) => {
        const after = cpuTimes(pid());
        for (const k of Object.keys(after)) meter.used[k] = before[k] === undefined || after[k] === undefined ? NaN : (meter.used[k] ?? 0) + after[k] - before[k];
        meter.requests += r.requests.total;
      },
    },
  };
  return meter;
}

/** CPU milliseconds per request of one process over a meter's runs (NaN: not readable). */
const msPerRequest = (meter, k) => (meter.used[k] ?? NaN) / Math.max(1, meter.requests);
const perRequest = (meter, k) => (Number.isNaN(msPerRequest(meter, k)) ? 'n/a' : `${Math.round(msPerRequest(meter, k) * 1000)} µs`);

/** CPU per request of the server, the databases and the load generator, in ms. */
function cpuNote(meter) {
  const ms = (k) => (Number.isNaN(msPerRequest(meter, k)) ? 'n/a' : `${msPerRequest(meter, k).toFixed(2)} ms`);
  return `server ${ms('server')}, MySQL/MariaDB ${ms('database')}, Redis ${ms('redis')}, load generator ${ms('loadgen')}`;
}

function targetNote(r, ratio) {
  if (!r.target) return '';
  if (r.target.rps) return `  [target ≥ ${r.target.rps} req/s and p99 < ${r.target.p99} ms: ${r.rps >= r.target.rps && r.p99 < r.target.p99 ? 'met' : 'MISSED'}]`;
  if (r.target.ratio) return `  [target ≥ ${r.target.ratio}× bare: ${ratio >= r.target.ratio ? 'met' : 'MISSED'}]`;
  return `  [target p99 < ${r.target.p99} ms: ${r.p99 < r.target.p99 ? 'met' : 'MISSED'}]`;
}

function print(r) {
  const ratio = r.rps / r.bareRps;
  console.log(
    `bench ${r.db.padEnd(11)} ${r.name.padEnd(72)} ${Math.round(r.rps).toLocaleString('en').padStart(7)} req/s  p99 ${String(r.p99).padStart(4)} ms  ` +
      `${ratio.toFixed(2)}× bare (bare ${Math.round(r.bareRps).toLocaleString('en')} req/s, p99 ${r.bareP99} ms)${r.errors ? `  ${r.errors} errors!` : ''}${targetNote(r, ratio)}`,
  );
}

async function main() {
  if (process.env.BENCH_PREPARE_ONLY) {
    spawnSync('pnpm', ['--filter', './packages/**', '--filter', '@zhaoshang/server', 'run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const url = `sqlite:${process.env.BENCH_PREPARE_ONLY}`;
    const env = { ...process.env, DATABASE_URL: url };
    for (const cmd of ['migrate', 'seed']) spawnSync(process.execPath, [join(SERVER, 'dist/database/cli.js'), cmd], { env, stdio: 'inherit' });
    await generateData(url);
    return;
  }
  // swc builds in seconds: always measure the code as it is
  const build = spawnSync('pnpm', ['--filter', './packages/**', '--filter', '@zhaoshang/server', 'run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('build failed: run pnpm build');
  console.log(`pnpm bench: ${CONNECTIONS} connections, ${SECONDS} s per run, 2 cores shared by load generator and servers: compare ratios, not absolutes\n`);
  await benchFirstPaint({ selected, freePort, waitHealthy });
  // BENCH_ONLY naming first-paint pages only: no database to fill
  if (process.env.BENCH_ONLY?.split('|').every((part) => FIRST_PAINT_PAGES.some((p) => p.name.includes(part)))) return;
  const barePort = await freePort();
  const bare = fork(join(here, 'bare-server.mjs'), { env: { PORT: String(barePort) }, stdio: 'ignore' });
  await new Promise((r) => bare.once('message', r));
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'zs-bench-'));
  try {
    const only = process.env.BENCH_DB;
    if (only !== 'mysql') await benchDatabase('sqlite', `sqlite:${join(dir, 'bench.sqlite')}`, `http://127.0.0.1:${barePort}/`, results);
    if (only === 'sqlite') {
      // one database asked for
    } else if (process.env.TEST_MYSQL_URL) {
      const { createMysqlDatabase, dropMysqlDatabase } = require('./dist/database/mysql-admin.js');
      const name = `zs_bench_${randomBytes(3).toString('hex')}`;
      await createMysqlDatabase(process.env.TEST_MYSQL_URL, name);
      try {
        const redis = process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL, REDIS_KEY_PREFIX: `${name}:` } : {};
        await benchDatabase(redis.REDIS_URL ? 'mysql+redis' : 'mysql', process.env.TEST_MYSQL_URL.replace(/\/[^/]*$/, `/${name}`), `http://127.0.0.1:${barePort}/`, results, redis);
      } finally {
        await dropMysqlDatabase(process.env.TEST_MYSQL_URL, name);
      }
    } else {
      console.log('(set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to bench MySQL/MariaDB too)');
    }
  } finally {
    bare.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.errors > 0);
  if (failed.length) {
    console.error(`\n${failed.length} scenario(s) answered errors: the figures above are not valid`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
