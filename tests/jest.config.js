module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testMatch: ['<rootDir>/e2e/**/*.e2e.spec.ts'],
  // a real browser against a real server: page loads take seconds on 2 cores
  testTimeout: 90_000,
  maxWorkers: 1,
};
