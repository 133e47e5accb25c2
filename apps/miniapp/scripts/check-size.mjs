#!/usr/bin/env node
// Size budget for the WeChat build. WeChat refuses a main package above 2 MB, but every investor
// downloads the main package before the first screen, so we hold it to 450 KB (a plain Taro +
// React app is about 290 KB of that) and let features grow in their subpackages. The main package
// is every file in dist/weapp outside the subpackage roots declared in app.json.
// Usage: node scripts/check-size.mjs [--dist DIR] [--limit BYTES]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MAIN_PACKAGE_LIMIT = 450 * 1024

function filesUnder(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(full))
    else if (entry.isFile()) out.push(full)
  }
  return out
}

/** { main, subpackages: { root: bytes } } for a built weapp directory. */
export function measure(distDir) {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'))
  const declared = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
  const roots = declared.map((p) => String(p.root).replace(/^\/+|\/+$/g, ''))
  const subpackages = Object.fromEntries(roots.map((root) => [root, 0]))
  let main = 0
  for (const file of filesUnder(distDir)) {
    const rel = relative(distDir, file).split(sep).join('/')
    const size = statSync(file).size
    const root = roots.find((r) => rel.startsWith(`${r}/`))
    if (root === undefined) main += size
    else subpackages[root] += size
  }
  return { main, subpackages }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

export function run(argv) {
  const option = (name, fallback) => {
    const i = argv.indexOf(name)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
  }
  const distDir = resolve(option('--dist', fileURLToPath(new URL('../dist/weapp', import.meta.url))))
  const limit = Number(option('--limit', MAIN_PACKAGE_LIMIT))
  if (!existsSync(join(distDir, 'app.json'))) {
    console.error(`check-size: ${distDir} has no app.json; run \`pnpm build:weapp\` first.`)
    return 1
  }
  const { main, subpackages } = measure(distDir)
  console.log(`main package: ${kb(main)} (limit ${kb(limit)})`)
  for (const [root, size] of Object.entries(subpackages)) console.log(`subpackage ${root}: ${kb(size)}`)
  if (main > limit) {
    console.error(`check-size: main package is ${kb(main - limit)} over the limit`)
    return 1
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(process.argv.slice(2))
}
