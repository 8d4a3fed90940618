/**
 * `npm run bench:load [-- --seconds=300 --reuse-build]`: soak and load. A busy day against the
 * production build on loopback, for `--seconds` (default 5 minutes): anonymous readers on the
 * library's pages, search, feeds and sync, journalists downloading, and two editors saving
 * and publishing while they read (scripts/bench/mixedWorkload.ts).
 *
 * 1. Makes the production build (`npm run build`; `--reuse-build` keeps the one in `.next/`).
 * 2. Seeds the demo library on a scratch database and starts `next start` on 127.0.0.1, as the
 *    browser tests do (tests/e2e/helpers/startLibraryServer.ts): real photos, so journalists
 *    download real files, and the server's own job runner. Every rate limit is raised out of
 *    reach (`LOAD_SERVER_ENV`), as the whole mix comes from one address.
 * 3. Runs the mix and prints `RESULT load <route>_rps=<n> p95_ms=<n> errors=<n>` per route, the
 *    editors' write latency with the readers against the same writes alone, the server's RSS
 *    at start and end, its live heap after a full garbage collection at start and end (read
 *    through the Node inspector, opened on loopback for this server only), and the total of
 *    errors.
 *
 * Exits 1 when any request failed or the live heap grew by `LEAK_THRESHOLD_PERCENT` or more.
 */
import os from 'node:os'

import buildOnce from '../../tests/e2e/helpers/buildOnce'
import {
  freePort,
  startLibraryServer,
  type LibraryServer,
} from '../../tests/e2e/helpers/startLibraryServer'
import {
  LEAK_THRESHOLD_PERCENT,
  LOAD_SERVER_ENV,
  liveHeapGrowthPercent,
  loadResultLines,
  runMixedWorkload,
} from './mixedWorkload'
import { inspectorOption } from './serverInspector'

const seconds = Number(
  process.argv.find((value) => value.startsWith('--seconds='))?.split('=')[1] ?? 300,
)
const isReusingBuild = process.argv.includes('--reuse-build')
const say = (line: string) => process.stdout.write(`${line}\n`)

let server: LibraryServer | null = null
let exitCode = 0
try {
  if (!Number.isFinite(seconds) || seconds < 5) throw new Error('--seconds= needs 5 or more')
  if (!isReusingBuild) {
    say('Build: npm run build …')
    await buildOnce()
  }
  const startedAt = performance.now()
  const inspectorPort = await freePort()
  server = await startLibraryServer({
    env: LOAD_SERVER_ENV,
    serverNodeOptions: inspectorOption({ port: inspectorPort }),
  })
  say(
    `Server: demo seed, healthy and indexed in ${((performance.now() - startedAt) / 1000).toFixed(0)} s (pid ${server.pid})`,
  )
  const loadBefore = os.loadavg()[0]!
  const report = await runMixedWorkload({ target: { ...server, inspectorPort }, seconds, say })
  // The machine may be shared: how busy it was tells whether the figures are the server's.
  say(
    `Machine: ${os.availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before the mix, ` +
      `${os.loadavg()[0]!.toFixed(1)} after`,
  )
  for (const line of loadResultLines({ report })) say(line)
  const growth = liveHeapGrowthPercent({ report })
  if (report.errors > 0) {
    say(`Server log, last lines:\n${server.logTail()}`)
    say(`Failed: ${report.errors} request(s) failed under load`)
    exitCode = 1
  }
  if (growth === null || growth >= LEAK_THRESHOLD_PERCENT) {
    say(
      growth === null
        ? 'Failed: the live heap was not read'
        : `Failed: the server's live heap grew by ${growth.toFixed(1)}% over the mix`,
    )
    exitCode = 1
  }
} catch (error) {
  process.stderr.write(
    `Load bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
  if (server) process.stderr.write(`Server log:\n${server.logTail()}\n`)
  exitCode = 1
} finally {
  await server?.stop()
}
process.exit(exitCode)
