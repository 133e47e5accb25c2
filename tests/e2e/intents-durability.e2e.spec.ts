import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts';
import { TcpProxy } from '../../apps/server/test/support/tcp-proxy';
import { REPO } from './support/system';

// No intent is lost or duplicated while the server is killed with SIGKILL mid-request and
// restarted, and while the database drops every connection: hundreds of submissions, each
// retried with its Idempotency-Key until it gets an answer; then rows are counted against keys.

const SERVER = join(REPO, 'apps/server/dist');
const MYSQL = process.env.TEST_MYSQL_URL;
const SUBMISSIONS = Number(process.env.DURABILITY_SUBMISSIONS ?? 300);
const CONCURRENCY = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

function node(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

describe('intent durability', () => {
  if (!MYSQL) {
    if (process.env.CI) throw new Error('TEST_MYSQL_URL must be set in CI: the durability test runs on MariaDB');
    console.warn('⚠ TEST_MYSQL_URL is not set: the durability test runs on SQLite and cannot cut database connections');
  }
  const dir = mkdtempSync(join(tmpdir(), 'zs-durability-'));
  const dbName = `zs_durability_${randomBytes(4).toString('hex')}`;
  let proxy: TcpProxy | undefined;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    child?.kill('SIGKILL');
    await proxy?.stop();
    if (MYSQL) {
      node(['-e', `require(${JSON.stringify(join(SERVER, 'database/mysql-admin.js'))}).dropMysqlDatabase(process.argv[1], process.argv[2])`, MYSQL, dbName], process.env);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`stores each of ${SUBMISSIONS} intents exactly once through server kills and a database outage`, async () => {
    let directUrl: string;
    let appUrl: string;
    if (MYSQL) {
      node(['-e', `require(${JSON.stringify(join(SERVER, 'database/mysql-admin.js'))}).createMysqlDatabase(process.argv[1], process.argv[2])`, MYSQL, dbName], process.env);
      const server = new URL(MYSQL);
      directUrl = `mysql://${server.username}${server.password ? `:${server.password}` : ''}@${server.hostname}:${server.port || 3306}/${dbName}`;
      proxy = new TcpProxy(server.hostname, Number(server.port || 3306));
      const proxyPort = await proxy.start();
      appUrl = directUrl.replace(`@${server.hostname}:${server.port || 3306}/`, `@127.0.0.1:${proxyPort}/`);
    } else {
      directUrl = appUrl = `sqlite:${join(dir, 'db.sqlite')}`;
    }
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_INITIAL_PASSWORD: 'durability-admin-pw',
      AUTH_TOKEN_SECRET: 'durability-secret-durability-secret-0123',
      INTENT_MAX_PER_INVESTOR_PER_HOUR: '100000',
      INTENT_MAX_PER_IP_PER_HOUR: '100000',
      GUEST_MAX_PER_IP_PER_HOUR: '100000',
      LOG_LEVEL: 'error',
      H5_DIST: '/nonexistent',
      ADMIN_DIST: '/nonexistent',
    };
    for (const command of ['migrate', 'seed']) node([join(SERVER, 'database/cli.js'), command], { ...env, DATABASE_URL: directUrl });
    const base = `http://127.0.0.1:${port}`;

    const start = async () => {
      let output = '';
      child = spawn(process.execPath, [join(SERVER, 'main.js')], { env: { ...env, DATABASE_URL: appUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      let last = '';
      for (let i = 0; i < 600; i++) {
        try {
          const res = await fetch(`${base}/api/health`);
          if (res.ok) return;
          last = `${res.status} ${await res.text()}`;
        } catch (error) {
          // not up yet
          last = String(error);
        }
        await sleep(100);
      }
      throw new Error(`server did not come back (exit ${String(child.exitCode)}, health: ${last}):\n${output.slice(-2000)}`);
    };
    await start();

    const tokens: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${base}/api/v1/auth/guest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceId: randomUUID() }) });
      tokens.push(((await res.json()) as { token: string }).token);
    }

    const jobs = Array.from({ length: SUBMISSIONS }, (_, n) => ({
      key: randomUUID(),
      token: tokens[n % tokens.length] as string,
      body: {
        company: { name: `Durable Co. ${n}`, country: 'JP', type: 'foreign_invested' },
        contact: { name: `Contact ${n}`, phone: `+8190${String(10_000_000 + n)}`, language: 'ja' },
        project: { industries: ['biomedicine'], amountRange: '10m_50m', spaceKind: 'factory', timeline: 'within_6_months' },
        consentVersion: PRIVACY_NOTICE_VERSION,
      },
      id: 0,
      attempts: 0,
    }));

    let failure: unknown;
    const send = async (job: (typeof jobs)[number]) => {
      for (;;) {
        if (failure) throw failure;
        job.attempts++;
        try {
          const res = await fetch(`${base}/api/v1/intents`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}`, 'idempotency-key': job.key },
            body: JSON.stringify(job.body),
            signal: AbortSignal.timeout(5000),
          });
          if (res.status === 200 || res.status === 201) {
            job.id = ((await res.json()) as { id: number }).id;
            return;
          }
          // 503 while the database is away; anything else is a bug the assertions below will show
          if (res.status !== 503 && res.status !== 500) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
          // connection reset or refused: the server was killed; retry with the same key
        }
        await sleep(50 + Math.random() * 150);
      }
    };

    let done = false;
    const chaos = (async () => {
      let kills = 0;
      let outages = 0;
      // five kills spread over the run (each restart takes a few seconds), one outage after the second
      while (!done && kills < 5) {
        await sleep(300);
        if (done) break;
        child?.kill('SIGKILL');
        kills++;
        await sleep(150);
        await start();
        if (proxy && outages === 0 && kills === 2 && !process.env.DURABILITY_NO_OUTAGE) {
          await sleep(200);
          await proxy.cut();
          outages++;
          await sleep(1500);
          await proxy.restore();
        }
      }
      return { kills, outages };
    })().catch((error: unknown) => {
      failure = error;
      return { kills: 0, outages: 0 };
    });

    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await send(job);
      }),
    );
    done = true;
    const { kills, outages } = await chaos;
    if (failure) throw failure;
    if (child?.exitCode !== null) await start();

    expect(kills).toBeGreaterThanOrEqual(2);
    if (proxy) expect(outages).toBe(1);
    // some requests really were cut off and retried
    expect(jobs.some((j) => j.attempts > 1)).toBe(true);
    // every key got one intent, and no two keys share one
    expect(jobs.every((j) => j.id > 0)).toBe(true);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(SUBMISSIONS);

    // the database holds exactly those intents, and a replay of any key answers its own intent
    const login = await fetch(`${base}/api/v1/admin/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'durability-admin-pw' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const list = await fetch(`${base}/api/v1/admin/leads?pageSize=1`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(((await list.json()) as { total: number }).total).toBe(SUBMISSIONS);
    for (const job of jobs.slice(0, 50)) {
      const res = await fetch(`${base}/api/v1/intents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}`, 'idempotency-key': job.key },
        body: JSON.stringify(job.body),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { id: number }).id).toBe(job.id);
    }
  }, 240_000);
});
