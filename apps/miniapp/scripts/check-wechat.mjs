#!/usr/bin/env node
// WeChat's own offline checks on the built mini-program, as DevTools runs them before an upload:
// miniprogram-ci's checkCodeQuality (package sizes, JS/WXML/WXSS compression, lazy code loading,
// images, code and components no page uses) and analyseCode (every module resolves and builds,
// no file left unused). Only these offline functions run: nothing is uploaded or sent to WeChat.
// Usage: node scripts/check-wechat.mjs [--dist DIR]
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

// The rules checkCodeQuality has: a rule whose own code throws is reported as passed, so a rule
// that is missing from the answer, or answers without its text, counts as failed here.
export const QUALITY_RULES = [
  'PACKAGE_SIZE_LIMIT',
  'JS_COMPRESS_OPEN',
  'WXML_COMPRESS_OPEN',
  'WXSS_COMPRESS_OPEN',
  'LAZYCODE_LOADING_OPEN',
  'IMAGE_AND_AUDIO_LIMIT',
  'CONTAINS_OTHER_PKG_JS',
  'CONTAINS_OTHER_PKG_COMPONENTS',
  'CONTAINS_UNUSED_PLUGINS',
  'CONTAINS_UNUSED_COMPONENTS',
  'CONTAINS_UNUSED_CODES',
]

/** What is wrong with checkCodeQuality's answer, one line each (empty when every rule passed). */
export function qualityProblems(results) {
  const problems = []
  for (const name of QUALITY_RULES) {
    const rule = results.find((r) => r.name === name)
    if (!rule) problems.push(`${name}: not reported`)
    else if (!rule.success) problems.push(`${name}: ${rule.text}${rule.detail ? ` ${JSON.stringify(rule.detail)}` : ''}`)
    else if (!rule.text) problems.push(`${name}: reported without a result`)
  }
  return problems
}

const CODE = /\.(js|wxml|wxss|wxs|json)$/

/** Modules that failed to resolve or build, and code files no module uses, from analyseCode's answer. */
export function analysisProblems(analysis) {
  if (!analysis || !Array.isArray(analysis.files) || !Array.isArray(analysis.modules)) return ['analyseCode gave no answer']
  const problems = []
  for (const m of analysis.modules) {
    if (m.buildError) problems.push(`${m.path}: ${m.buildError}`)
    for (const error of m.errors ?? []) problems.push(`${m.path}: ${error}`)
  }
  // the analysis follows code (scripts, templates, styles, configuration); images and other assets
  // are no modules of it (the tab icons, say, are named only in app.json): IMAGE_AND_AUDIO_LIMIT weighs them
  const used = new Set(analysis.modules.map((m) => m.id))
  for (const f of analysis.files) {
    if (CODE.test(f.path) && !used.has(f.moduleId)) problems.push(`${f.path}: not used by any page or component`)
  }
  if (analysis.modules.length === 0) problems.push('analyseCode found no modules')
  return problems
}

export async function run(argv) {
  const i = argv.indexOf('--dist')
  const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : fileURLToPath(new URL('../dist/weapp', import.meta.url)))
  if (!existsSync(join(dist, 'app.json'))) {
    console.error(`check-wechat: ${dist} has no app.json; run \`pnpm build:weapp\` first.`)
    return 1
  }
  const ci = require('miniprogram-ci')
  // The project needs an app id and a signing key even offline; neither leaves this machine.
  const keys = mkdtempSync(join(tmpdir(), 'miniprogram-ci-'))
  const privateKeyPath = join(keys, 'private.key')
  writeFileSync(privateKeyPath, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }))
  try {
    const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: dist, privateKeyPath, ignores: ['node_modules/**/*'] })
    const quality = await ci.checkCodeQuality(project)
    // a rule's text names what it looks for, so it is shown only where the rule failed
    for (const rule of quality) console.log(rule.success ? `✓ ${rule.name}` : `✗ ${rule.name}: ${rule.text}`)
    const sizes = quality.find((r) => r.name === 'PACKAGE_SIZE_LIMIT')?.detail ?? {}
    for (const [name, bytes] of Object.entries(sizes)) console.log(`    ${name === '__APP__' ? 'main package' : name}: ${(bytes / 1024).toFixed(1)} KB`)
    const analysis = await ci.analyseCode(project, { silent: true })
    console.log(`analyseCode: ${analysis?.files?.length ?? 0} files, ${analysis?.modules?.length ?? 0} modules`)
    const problems = [...qualityProblems(quality), ...analysisProblems(analysis)]
    for (const p of problems) console.error(`✗ ${p}`)
    console.log(problems.length ? `check-wechat: ${problems.length} problem(s)` : 'check-wechat: every checkCodeQuality rule passed; analyseCode found no errors and no unused files')
    return problems.length ? 1 : 0
  } finally {
    rmSync(keys, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // miniprogram-ci leaves a file watcher running: exit once the answer is in
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
