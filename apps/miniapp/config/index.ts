import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { parseConfig } from './app-config'
import devConfig from './dev'
import { h5Shell } from './h5-shell'
import prodConfig from './prod'

const repoRoot = path.resolve(__dirname, '../../..')
const packagesDir = path.join(repoRoot, 'packages')

// Workspace packages are consumed from source (TypeScript, JSON locales).
const alias = {
  '@zhaoshang/i18n': path.join(packagesDir, 'i18n/src/index.ts'),
  '@zhaoshang/contracts': path.join(packagesDir, 'contracts/src/index.ts'),
  '@zhaoshang/api-client': path.join(packagesDir, 'api-client/src/index.ts'),
}

// Without these, webpack cannot parse the workspace TypeScript ("Module parse failed") and zod's
// ES2020+ syntax reaches the subpackages untranspiled (weapp targets: babel.config.js).
const compileInclude = [
  packagesDir,
  // app-config.ts: the API origin check the app shares with this build configuration
  __dirname,
  /[\\/]node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(zod)[\\/]/,
]

const weapp = process.env.TARO_ENV === 'weapp'

// A WeChat build that could not reach its API is refused here, not found out on a phone: WeChat's
// request accepts only https URLs (Taro has already read the .env files into process.env).
if (weapp) {
  try {
    parseConfig({ TARO_APP_API_BASE: process.env.TARO_APP_API_BASE }, 'weapp')
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  if (!process.env.TARO_APP_ID) {
    console.warn('⚠ TARO_APP_ID is not set: dist/weapp/project.config.json keeps "touristappid", which WeChat DevTools opens only as a tourist (set your AppID to preview or upload).')
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhaoshang',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias,
    // Shell value as the default; Taro lets a TARO_APP_* value from a .env file override it.
    env: { TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? '') },
    defineConstants: {},
    // which pages WeChat search may index (see src/sitemap.json); a browser has no use for it
    copy: { patterns: weapp ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // CJK as UTF-8 (3 bytes a character) instead of the weapp minifier's \uXXXX escapes (6 bytes)
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile: { include: compileInclude },
      // the templates Taro generates (base.wxml is 60 KB) without their indentation
      minifyXML: { collapseWhitespace: true },
      // Component styles are BEM-scoped, so the order pages import them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      // The NestJS server serves this build at `/`; hash routing needs no server rewrites.
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // src/index.html paints a shell in the investor's language before the JavaScript runs
      htmlPluginOption: {
        shell: h5Shell(path.join(packagesDir, 'i18n/locales')),
        // html-webpack-plugin's production defaults, plus the inline shell's CSS and script (they count toward first paint)
        minify: { collapseWhitespace: true, keepClosingSlash: true, removeComments: true, removeRedundantAttributes: true, removeScriptTypeAttributes: true, removeStyleLinkTypeAttributes: true, useShortDoctype: true, minifyCSS: true, minifyJS: true },
      },
      compile: { include: compileInclude },
      // names by content: a returning visitor keeps every file that did not change (the server
      // caches js/ and css/ for a year)
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash].css',
        chunkFilename: 'css/[name].[contenthash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: {
        // `pnpm dev:h5` talks to a locally running server, as the built app does on one origin.
        proxy: [{ context: ['/api'], target: 'http://127.0.0.1:3000', changeOrigin: false }],
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
