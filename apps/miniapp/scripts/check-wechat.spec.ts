/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const script = join(__dirname, 'check-wechat.mjs')
// miniprogram-ci scans and analyses the project: seconds on a busy machine
jest.setTimeout(120_000)

/** A minimal mini-program: one page, `project.config.json` settings and app.json fields as given. */
function project(settings: Record<string, boolean>, app: Record<string, unknown>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-wechat-'))
  const files: Record<string, string> = {
    'project.config.json': JSON.stringify({ appid: 'touristappid', compileType: 'miniprogram', miniprogramRoot: './', setting: settings }),
    'app.json': JSON.stringify({ pages: ['pages/index/index'], ...app }),
    'app.js': 'App({})',
    'pages/index/index.js': 'Page({})',
    'pages/index/index.json': '{}',
    'pages/index/index.wxml': '<view>hello</view>',
    ...extra,
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  dirs.push(dir)
  return dir
}
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function checkWechat(dist: string) {
  const result = spawnSync(process.execPath, [script, '--dist', dist], { encoding: 'utf8' })
  return { code: result.status, out: result.stdout + result.stderr }
}

const compressed = { minified: true, minifyWXML: true, minifyWXSS: true }

describe('check-wechat', () => {
  it('passes a project that follows every rule', () => {
    const { code, out } = checkWechat(project(compressed, { lazyCodeLoading: 'requiredComponents' }))
    expect(out).toContain('every checkCodeQuality rule passed')
    expect(code).toBe(0)
  })

  it('fails on what WeChat would flag: no compression, no lazy loading, a file nothing uses', () => {
    const { code, out } = checkWechat(project({ minified: false }, {}, { 'utils/orphan.js': 'module.exports = 1' }))
    expect(code).toBe(1)
    expect(out).toMatch(/✗ JS_COMPRESS_OPEN/)
    expect(out).toMatch(/✗ LAZYCODE_LOADING_OPEN/)
    expect(out).toMatch(/utils\/orphan\.js/)
  })

  it('fails when there is no build', () => {
    const { code, out } = checkWechat(join(tmpdir(), 'no-such-dist-weapp'))
    expect(code).toBe(1)
    expect(out).toContain('build:weapp')
  })
})
