import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

// The built H5 app at `/` and the console at `/admin/`, as a browser gets them: the precompressed
// variants scripts/precompress.mjs writes, chosen by Accept-Encoding, and cache headers that let
// hashed files stay cached for a year while every index.html is revalidated. Small builds made
// here stand in for the real ones; the static serving does not depend on the database.

const REPO = resolve(__dirname, '../../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
// what Chromium sends to this server
const CHROMIUM_ACCEPT = 'gzip, deflate, br, zstd';

/** Enough repetitive JavaScript that both encodings shrink it. */
const script = (name: string) => Array.from({ length: 300 }, (_, i) => `export const ${name}${i} = 'zhaoshang ${name} ${i}';`).join('\n');
const page = (title: string) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>${'<p>shell</p>'.repeat(200)}</body></html>`;

const FILES = {
  admin: {
    'index.html': page('console'),
    'assets/index-B1x_9QzA.js': script('console'),
    // one byte: no encoding makes it smaller, so no variant is written
    'assets/tiny-C2y8RzWb.js': 'x',
  },
  h5: {
    'index.html': page('h5'),
    'js/app.08adcfe2.js': script('h5'),
    'css/app.08adcfe2106d01560ce2.css': Array.from({ length: 200 }, (_, i) => `.home__item-${i}{color:#14365d;padding:${i}px}`).join(''),
  },
} as const;

type Response = { status: number; headers: IncomingHttpHeaders; body: Buffer };

let t: TestApp;
let server: Server;
let dir: string;
let port: number;

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolveResponse, reject) => {
    // node:http sends no Accept-Encoding unless asked, and never decodes the body
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const original = (app: keyof typeof FILES, file: string) => readFileSync(join(dir, app, file));
const variesByEncoding = (res: Response) => expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zs-built-apps-'));
  for (const [app, files] of Object.entries(FILES)) {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, app, file)), { recursive: true });
      writeFileSync(join(dir, app, file), content);
    }
  }
  // the same step the builds run
  const pre = spawnSync(process.execPath, [join(REPO, 'scripts/precompress.mjs'), join(dir, 'admin'), join(dir, 'h5')], { encoding: 'utf8' });
  if (pre.status !== 0) throw new Error(`precompress failed: ${pre.stderr}`);
  t = await startTestApp('sqlite', { ADMIN_DIST: join(dir, 'admin'), H5_DIST: join(dir, 'h5') });
  server = t.app.getHttpServer() as Server;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.address() as AddressInfo).port;
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  // listened to here, not by Fastify, so closed here (with the kept-alive connections)
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
  }
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
}, SETUP_TIMEOUT_MS);

describe('built apps: compression and caching', () => {
  it('sends a hashed script as brotli to a browser that accepts it, cached for a year', async () => {
    const res = await get('/admin/assets/index-B1x_9QzA.js', { 'accept-encoding': CHROMIUM_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    variesByEncoding(res);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(original('admin', 'assets/index-B1x_9QzA.js').length / 4);
    expect(brotliDecompressSync(res.body).equals(original('admin', 'assets/index-B1x_9QzA.js'))).toBe(true);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gzipped = await get('/js/app.08adcfe2.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(original('h5', 'js/app.08adcfe2.js'))).toBe(true);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);
    variesByEncoding(gzipped);

    const refusing: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of refusing) {
      const plain = await get('/js/app.08adcfe2.js', headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original('h5', 'js/app.08adcfe2.js'))).toBe(true);
      expect(plain.headers['cache-control']).toBe(IMMUTABLE);
      // a shared cache must not hand this plain copy to a browser that accepts brotli
      variesByEncoding(plain);
    }
  });

  it('honours the client preference between the encodings it accepts', async () => {
    const res = await get('/css/app.08adcfe2106d01560ce2.css', { 'accept-encoding': 'br;q=0.5, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(res.body).equals(original('h5', 'css/app.08adcfe2106d01560ce2.css'))).toBe(true);
  });

  it('sends the plain file when compressing it would not have made it smaller', async () => {
    const res = await get('/admin/assets/tiny-C2y8RzWb.js', { 'accept-encoding': CHROMIUM_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('x');
  });

  it('has every index.html revalidated on each visit, compressed, and answered 304 when unchanged', async () => {
    for (const [path, app] of [['/', 'h5'], ['/index.html', 'h5'], ['/admin/', 'admin']] as const) {
      const res = await get(path, { 'accept-encoding': CHROMIUM_ACCEPT });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      variesByEncoding(res);
      expect(brotliDecompressSync(res.body).equals(original(app, 'index.html'))).toBe(true);

      const again = await get(path, { 'accept-encoding': CHROMIUM_ACCEPT, 'if-none-match': String(res.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it("opens a console deep link with the console's index.html, compressed and revalidated", async () => {
    for (const path of ['/admin/login', '/admin/leads/42', '/admin/policies/7?tab=versions']) {
      const res = await get(path, { 'accept-encoding': CHROMIUM_ACCEPT });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      variesByEncoding(res);
      expect(brotliDecompressSync(res.body).toString()).toContain('<title>console</title>');
    }
    const plain = await get('/admin/leads/42');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original('admin', 'index.html'))).toBe(true);
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing asset instead of the console page, and never serves a variant by its own name', async () => {
    expect((await get('/admin/assets/gone-D3z7SxYc.js', { 'accept-encoding': CHROMIUM_ACCEPT })).status).toBe(404);
    expect((await get('/admin/assets/index-B1x_9QzA.js.br')).status).toBe(404);
    expect((await get('/js/app.08adcfe2.js.gz')).status).toBe(404);
  });
});
