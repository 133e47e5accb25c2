module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  moduleNameMapper: { '^@zhaoshang/contracts$': '<rootDir>/../contracts/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
