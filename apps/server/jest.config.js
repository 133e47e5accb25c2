const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', keepClassNames: true } }];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc, '^.+/content-disposition/.+\\.js$': swc },
  // @fastify/static requires content-disposition 3, which ships ESM only
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/content-disposition[^/]*/node_modules/)?content-disposition/)'],
  moduleNameMapper: {
    '^@zhaoshang/contracts$': '<rootDir>/../../packages/contracts/src/index.ts',
    '^@zhaoshang/i18n$': '<rootDir>/../../packages/i18n/src/index.ts',
  },
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], setupFiles: ['<rootDir>/test/support/setup.ts'] },
  ],
};
