/** Jest runs the TypeScript sources as native ESM (Payload is ESM-only), compiled by swc. */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
    module: { type: 'es6' },
  },
]
const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.(css|scss)$': '<rootDir>/test/helpers/emptyModule.js',
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
}
export default {
  testTimeout: 120000,
  // Each test file boots Payload in a fresh module registry, and a worker keeps about 60 MB of every file it ran: over
  // the 58 integration files its heap reached 3.4 GB and garbage collection took most of the time (adminLists.test.ts
  // ran in 61 s at the end of the run, 6 s alone). A worker past this much memory after a file is replaced by a fresh
  // one; the SQLite run took 1,307 s of CPU without it and 777 s with it (measured side by side on 2 cores). With a
  // limit jest always runs the files in workers, one by default on two cores.
  workerIdleMemoryLimit: '700MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // One production build and one seeded demo county for every browser spec (test/e2eGlobalSetup.mjs).
      globalSetup: '<rootDir>/test/e2eGlobalSetup.mjs',
      globalTeardown: '<rootDir>/test/e2eGlobalTeardown.mjs',
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/security/**/*.test.ts'],
    },
  ],
}
