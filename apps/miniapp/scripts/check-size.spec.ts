/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const script = join(__dirname, 'check-size.mjs')
const MB = 1024 * 1024

/** A fake dist/weapp: `files` maps a path to its size in bytes. */
function makeDist(files: Record<string, number>, appJson: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-size-'))
  writeFileSync(join(dir, 'app.json'), JSON.stringify(appJson))
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), Buffer.alloc(size, 'x'))
  }
  return dir
}

function checkSize(dist: string) {
  const result = spawnSync(process.execPath, [script, '--dist', dist], { encoding: 'utf8' })
  return { code: result.status, out: result.stdout + result.stderr }
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const dist = (files: Record<string, number>, appJson: object) => {
  const dir = makeDist(files, appJson)
  dirs.push(dir)
  return dir
}

describe('check-size', () => {
  it('counts subpackage roots apart from the main package and passes under the limit', () => {
    const dir = dist(
      { 'app.js': 300 * 1024, 'pages/index/index.js': 100 * 1024, 'pages/heatmap/index.js': 2 * MB, 'packages/guide/a/b.js': 50 * 1024 },
      { pages: ['pages/index/index'], subPackages: [{ root: 'pages/heatmap', pages: ['index'] }], subpackages: [{ root: 'packages/guide/', pages: ['a/b'] }] },
    )
    const { code, out } = checkSize(dir)
    expect(code).toBe(0)
    // app.json itself belongs to the main package too
    expect(out).toMatch(/main package: 400\.\d KB/)
    expect(out).toContain('subpackage pages/heatmap: 2048.0 KB')
    expect(out).toContain('subpackage packages/guide: 50.0 KB')
  })

  it('does not mistake a sibling folder sharing a prefix for the subpackage', () => {
    const dir = dist({ 'pages/heatmap-legacy/index.js': 460 * 1024 }, { pages: [], subPackages: [{ root: 'pages/heatmap', pages: ['index'] }] })
    expect(checkSize(dir).code).toBe(1)
  })

  it('fails when the main package is above 450 KB', () => {
    const dir = dist({ 'vendors.js': 450 * 1024 }, { pages: ['pages/index/index'] })
    const { code, out } = checkSize(dir)
    expect(code).toBe(1)
    expect(out).toContain('over the limit')
  })

  it('fails when there is no build', () => {
    const { code, out } = checkSize(join(tmpdir(), 'no-such-dist-weapp'))
    expect(code).toBe(1)
    expect(out).toContain('build:weapp')
  })
})
