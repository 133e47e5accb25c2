#!/usr/bin/env node
// Writes `<file>.br` and `<file>.gz` beside every compressible file of a web build, so the server
// sends them by Accept-Encoding without compressing per request (apps/server/src/app.factory.ts,
// serveBuiltApps; a reverse proxy can do the same: docs/deployment.md). Run after a build:
//   node scripts/precompress.mjs apps/admin/dist [more dirs…]
// Brotli at its best quality and gzip at level 9: slow once at build time, fewer bytes on every load.
// A variant is written only when smaller than its file; builds empty their output first, so none
// is left over from an earlier build.
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats; images and fonts in woff/woff2 are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|xml|map|wasm|ttf|otf)$/i;

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Writes `variant` when it is smaller than `size`, else removes any earlier one. Returns the bytes kept. */
async function keepIfSmaller(path, variant, size) {
  if (variant.length < size) {
    await writeFile(path, variant);
    return variant.length;
  }
  await unlink(path).catch(() => undefined);
  return size;
}

/** Precompresses one build directory; returns its totals. */
export async function precompress(dir) {
  const files = await filesUnder(dir);
  const totals = { files: files.length, raw: 0, br: 0, gzip: 0 };
  // zlib runs on libuv's thread pool: several files at once use every core
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gz(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      const [brKept, gzipKept] = await Promise.all([keepIfSmaller(`${file}.br`, br, bytes.length), keepIfSmaller(`${file}.gz`, gzipped, bytes.length)]);
      totals.raw += bytes.length;
      totals.br += brKept;
      totals.gzip += gzipKept;
    }),
  );
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node scripts/precompress.mjs <build dir>…');
    process.exit(2);
  }
  const kb = (n) => `${(n / 1000).toFixed(0)} kB`;
  for (const dir of dirs) {
    if (!(await stat(dir).catch(() => null))?.isDirectory()) {
      console.error(`precompress: ${dir} is not a directory (build first)`);
      process.exit(1);
    }
    const t = await precompress(dir);
    console.log(`precompress ${relative(process.cwd(), resolve(dir)) || '.'}: ${t.files} files, ${kb(t.raw)} → brotli ${kb(t.br)}, gzip ${kb(t.gzip)}`);
  }
}
