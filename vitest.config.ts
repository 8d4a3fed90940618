import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit specs run first, in parallel; integration suites after, two at a time.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.spec.ts', 'collections/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          sequence: { groupOrder: 1 },
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/globalSetup.ts'],
          // Each file boots its own Payload on its own SQLite file; two at a time fits 2 cores.
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Last: the browser suites start the production build and seed the demo library.
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/helpers/buildOnce.ts'],
          pool: 'forks',
          maxWorkers: 1,
          testTimeout: 180_000,
          hookTimeout: 900_000,
          // A page under a loaded machine takes seconds to show a change; the default is 1 s.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
})
