#!/usr/bin/env node
// First-load size budget for the console. Run after `vite build`:
//   pnpm --filter @zhaoshang/admin check:bundle
// Reads dist/index.html, takes what the browser fetches before the first screen can render (the
// entry `<script type=module src>`, every `<link rel=modulepreload>` and `<link rel=stylesheet>`),
// gzips each file at level 9 as a server would, prints the list and the sum, and exits 1 above
// the budget. Lazy route chunks are not counted: they load on navigation.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Budget, in gzip KiB. Measured when introduced: 163 KiB, made of react-dom ~42, react-router ~30,
// i18next + react-i18next ~24, antd's ConfigProvider/Spin with css-in-js and rc-trigger ~40,
// TanStack Query ~9, and the shell with the three languages' texts and antd locales ~18. (A
// single-chunk antd console is ~290 KiB; every page, the layout, Form, Table, zod and the icons
// load lazily.) 200 leaves ~20% headroom for shared code and translations the next pages add;
// going past it means something belongs in a lazy chunk (a page, a chart library, an icon set,
// an import that drags zod back into the entry) and the check says so.
const BUDGET_KIB = 200;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BASE = '/admin/';

const html = await readFile(join(dist, 'index.html'), 'utf8').catch(() => {
  console.error('check-bundle: dist/index.html not found; run the build first (pnpm --filter @zhaoshang/admin build)');
  process.exit(2);
});

const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
const urls = new Set();
for (const tag of tags) {
  if (/^<script/i.test(tag)) {
    if (attr(tag, 'type') === 'module' && attr(tag, 'src')) urls.add(attr(tag, 'src'));
  } else {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    if ((rel === 'modulepreload' || rel === 'stylesheet') && attr(tag, 'href')) urls.add(attr(tag, 'href'));
  }
}
if (urls.size === 0) {
  console.error('check-bundle: no entry script found in dist/index.html');
  process.exit(2);
}

const rows = [];
for (const url of urls) {
  if (/^[a-z]+:\/\//i.test(url)) {
    console.error(`check-bundle: first load references another origin: ${url}`);
    process.exit(1);
  }
  const path = join(dist, url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\//, ''));
  const bytes = await readFile(path);
  rows.push({ file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
}

rows.sort((a, b) => b.gzip - a.gzip);
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
for (const row of rows) console.log(`${kib(row.gzip)} KiB gzip ${kib(row.raw)} KiB raw  ${row.file}`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);
console.log(`${kib(total)} KiB gzip ${kib(totalRaw)} KiB raw  first load, ${rows.length} files (budget ${BUDGET_KIB} KiB gzip)`);

if (total > BUDGET_KIB * 1024) {
  console.error(`check-bundle: first load is ${(total / 1024).toFixed(1)} KiB gzip, over the ${BUDGET_KIB} KiB budget`);
  process.exit(1);
}
