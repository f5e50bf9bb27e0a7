// Two projects: plain unit specs beside the code, and e2e specs that talk HTTP to a real server.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }];
module.exports = {
  // Generous: e2e specs start servers of their own, slow on a loaded 2-core machine.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      // Services and repositories against a real database (PGlite, or DATABASE_URL's server).
      displayName: 'middle',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/middle'],
      testMatch: ['**/*.middle-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/test/middle/'],
      // *.pg-e2e-spec.ts need a PostgreSQL server of their own to disturb: the CI pass with DATABASE_URL.
      testMatch: ['**/*.e2e-spec.ts', ...(process.env.DATABASE_URL ? ['**/*.pg-e2e-spec.ts'] : [])],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
