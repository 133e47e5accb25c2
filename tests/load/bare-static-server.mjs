// The baseline for first paint (first-paint.mjs): the same built files as the server sends, from
// node:http alone, with the same precompressed variants (scripts/precompress.mjs) chosen by
// Accept-Encoding and the same cache headers; /api goes to the real server, so the pages behave
// the same. The H5 build at /, the console at /admin/ (its deep links get its index.html).
// Env: PORT, H5_DIST, ADMIN_DIST, API_ORIGIN.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const H5 = process.env.H5_DIST;
const ADMIN = process.env.ADMIN_DIST;
const API = new URL(process.env.API_ORIGIN);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** The file a path names, with the folders whose names carry content hashes (as app.factory.ts). */
function fileFor(pathname) {
  const [root, rest, hashed] = pathname.startsWith('/admin/') ? [ADMIN, pathname.slice('/admin/'.length), ['assets/']] : [H5, pathname.slice(1), ['js/', 'css/']];
  const spa = root === ADMIN && !extname(rest);
  const relative = spa || rest === '' ? 'index.html' : normalize(decodeURIComponent(rest));
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) return undefined;
  return { file, immutable: hashed.some((dir) => relative.split(sep).join('/').startsWith(dir)) };
}

function proxy(req, res) {
  const upstream = request({ host: API.hostname, port: API.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

const server = createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0];
  if (pathname.startsWith('/api/')) return proxy(req, res);
  if (pathname === '/admin') return res.writeHead(302, { location: '/admin/' }).end();
  const found = fileFor(pathname);
  if (!found || !existsSync(found.file) || !statSync(found.file).isFile()) return res.writeHead(404).end();
  const accepted = req.headers['accept-encoding'] ?? '';
  const encoding = ['br', 'gzip'].find((e) => new RegExp(`\\b${e}\\b`).test(accepted) && existsSync(`${found.file}.${e === 'br' ? 'br' : 'gz'}`));
  const sent = encoding ? `${found.file}.${encoding === 'br' ? 'br' : 'gz'}` : found.file;
  res.writeHead(200, {
    'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
    'content-length': statSync(sent).size,
    'cache-control': found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  createReadStream(sent).pipe(res);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
