/** Two projects: the whole suite on SQLite, and again on MariaDB (scripts/test.mjs picks which run). */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  // testTimeout is not read inside projects: the setup file sets it.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-timeout.ts'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'sqlite', globals: { TANDEM_TEST_STORE: 'sqlite' } },
    { ...base, displayName: 'mariadb', globals: { TANDEM_TEST_STORE: 'mariadb' } },
  ],
};
