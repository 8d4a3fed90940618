import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends every run with one plain line, `vitest: N passed, N failed, N skipped`, which CI and
 * people can read without parsing Vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      // A file that fails before its tests run (a failing beforeAll, an import error) fails
      // the run even though none of its tests did.
      counts.failed += module.errors().length
      let failedTests = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed += 1
        else if (state === 'failed') failedTests += 1
        else counts.skipped += 1
      }
      counts.failed += failedTests
      // A failing beforeAll skips the file's tests; the file itself has failed.
      if (module.state() === 'failed' && failedTests === 0 && module.errors().length === 0)
        counts.failed += 1
    }
    counts.failed += unhandledErrors.length
    process.stdout.write(
      `\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    )
  }
}
