import { readFileSync } from 'node:fs'
import path from 'node:path'

const LANGUAGES = ['zh-CN', 'en', 'ja'] as const

/**
 * What src/index.html's shell needs to paint before the H5 app's JavaScript runs: the key the app
 * remembers the language under (src/services/language.ts, LANGUAGE_STORAGE_KEY; the shell's browser
 * test fails if they part) and the brand texts of the three languages, read from packages/i18n at
 * build time rather than copied into the page. `<` is escaped: the JSON sits inside a <script>.
 */
export function h5Shell(localesDir: string): string {
  const texts = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const common = JSON.parse(readFileSync(path.join(localesDir, lang, 'common.json'), 'utf8')) as Record<string, string | undefined>
      const pick = (key: string) => {
        const text = common[key]
        if (!text) throw new Error(`h5 shell: ${lang}/common.json has no "${key}"`)
        return text
      }
      return [lang, { name: pick('app.name'), tagline: pick('app.tagline'), loading: pick('state.loading') }]
    }),
  )
  return JSON.stringify({ key: 'zhaoshang.language', texts }).replace(/</g, '\\u003c')
}
