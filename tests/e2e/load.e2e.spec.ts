import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOAD_SERVER_ENV, runMixedWorkload } from '../../scripts/bench/mixedWorkload'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

/**
 * The CI-sized form of `npm run bench:load`: 30 s of the busy-day mix (anonymous readers,
 * journalists downloading, two editors saving and publishing) against the production build.
 * It asserts that nothing failed; how fast is the bench's business, never a test's.
 */
describe('the production server under a busy day', () => {
  let server: LibraryServer

  beforeAll(async () => {
    server = await startLibraryServer({ env: LOAD_SERVER_ENV })
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('answers every reader, journalist and editor without an error for 30 s', async () => {
    const lines: string[] = []
    const report = await runMixedWorkload({
      target: server,
      seconds: 30,
      say: (line) => lines.push(line),
    })
    const failures = report.routes.filter((route) => route.errors > 0)
    expect(failures, `${lines.join('\n')}\n${server.logTail()}`).toEqual([])
    expect(report.errors, lines.join('\n')).toBe(0)
    // Every kind of reader got answers, and the editors wrote with and without readers.
    for (const route of report.routes) expect(route.requests, route.name).toBeGreaterThan(0)
    expect(report.editors.quiet.writes).toBeGreaterThan(0)
    expect(report.editors.loaded.writes).toBeGreaterThan(0)
  }, 600_000)
})
