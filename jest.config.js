/**
 * Three projects: `unit` (test/unit: pure logic, no store, no network; run once) and the rest of
 * the suite twice, on SQLite and on MariaDB (scripts/test.mjs picks which run).
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  // testTimeout is not read inside projects: the setup file sets it.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-timeout.ts'],
};

/** The store and end-to-end tests, on one store. */
const storeProject = (store) => ({
  ...base,
  displayName: store,
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/'],
  globals: { TANDEM_TEST_STORE: store },
});

module.exports = {
  projects: [{ ...base, displayName: 'unit', roots: ['<rootDir>/test/unit'] }, storeProject('sqlite'), storeProject('mariadb')],
};
