// CommonJS because the package is `type: module`. Workspace packages run from source, as in Vite.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // Some antd dependencies ship ESM only; compile those (pnpm paths go through node_modules/.pnpm).
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm|@ant-design|@rc-component|antd)/)'],
  moduleNameMapper: {
    '^@zhaoshang/contracts$': '<rootDir>/../../packages/contracts/src/index.ts',
    '^@zhaoshang/i18n$': '<rootDir>/../../packages/i18n/src/index.ts',
    '^@zhaoshang/api-client$': '<rootDir>/../../packages/api-client/src/index.ts',
    '\\.(css|less)$': 'identity-obj-proxy',
  },
  setupFiles: ['<rootDir>/src/test/setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-after-env.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  // antd in jsdom is slow on two cores; the budget is for rendering, not for waiting on timers.
  testTimeout: 20_000,
};
