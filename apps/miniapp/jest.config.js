/** Unit and component tests (jsdom). Taro components run as their React H5 implementations. */

// Dates show on the device's clock; tests run on the district's (workers inherit it from here).
process.env.TZ = 'Asia/Shanghai'

module.exports = {
  testEnvironment: 'jsdom',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Flags the Taro runtime reads as build-time constants.
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  setupFiles: ['<rootDir>/test/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-after-env.ts'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2021',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // `./foo` resolves to `foo.h5.ts` first, as Taro does in an H5 build.
  moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'mjs', 'jsx', 'json'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/test/taro-components.js',
    '\\.(css|less|scss|sass)$': 'identity-obj-proxy',
    '^@zhaoshang/(i18n|contracts|api-client)$': '<rootDir>/../../packages/$1/src/index.ts',
  },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm|@tarojs|@stencil|swiper|tslib)/)'],
  resolver: '<rootDir>/test/jest-resolver.js',
}
