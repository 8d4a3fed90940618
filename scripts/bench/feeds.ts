/**
 * `npm run bench:feeds [-- --items=10000 --rounds=3 --seconds=5]`: the syndication response
 * cache against the same endpoints computing every response, on the same data, in the same run.
 *
 * 1. Starts scripts/bench/feedsServer.ts as a child process (its own core): the app on a scratch
 *    SQLite file with 10,000 items and their change log, Payload's REST route handler on
 *    127.0.0.1, the real endpoints at `/api/syndication/…` and the same endpoints without their
 *    cache at `/api/bench-uncached/syndication/…`.
 * 2. Checks that both answer with the same body and ETag, and that the cached one hits.
 * 3. With autocannon over loopback HTTP, in rounds that alternate ours and the baseline:
 *    requests/s of the RSS feed and of a full ninjs sync page (10 connections), and the p95
 *    latency of an RSS revalidation answered 304 by `If-None-Match` (2 connections, as a few
 *    portals polling).
 *
 * Ends with `RESULT feeds <metric>=<value> baseline=<value> ratio=<x>` lines, medians of the
 * rounds; every ratio is how many times better ours is (ours ÷ baseline for rates, baseline ÷
 * ours for times).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { FeedsServerReady } from './feedsServer'
import { formatNumber as format, measureLoad, medianOf, resultLine } from './load'

const argument = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const items = argument('items', 10_000)
const rounds = argument('rounds', 3)
const seconds = argument('seconds', 5)
const THROUGHPUT_CONNECTIONS = 10
const REVALIDATION_CONNECTIONS = 2

const say = (line: string) => process.stdout.write(`${line}\n`)

const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'feedsServer.ts'),
    `--items=${items}`,
  ],
  { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
)
const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
// Ctrl-C stops the server too: nothing is left running.
process.once('SIGINT', () => {
  server.kill('SIGTERM')
  process.exit(130)
})

let exitCode = 0
try {
  const ready = await new Promise<FeedsServerReady>((resolve, reject) => {
    server.once('message', (message) => resolve(message as FeedsServerReady))
    void exited.then((code) => reject(new Error(`The bench server exited with code ${code}`)))
  })
  const base = `http://127.0.0.1:${ready.port}/api`
  const urls = {
    rss: `${base}/syndication/rss?locale=vi`,
    rssBaseline: `${base}${ready.baselinePrefix}/syndication/rss?locale=vi`,
    ninjs: `${base}/syndication/ninjs?since=${ready.ninjsSince}&limit=100`,
    ninjsBaseline: `${base}${ready.baselinePrefix}/syndication/ninjs?since=${ready.ninjsSince}&limit=100`,
  }
  const etag = await checkSameAnswers({ ours: urls.rss, baseline: urls.rssBaseline })
  await checkSameAnswers({ ours: urls.ninjs, baseline: urls.ninjsBaseline })
  say(
    `Load: autocannon, ${seconds} s (at least 30 requests) per measurement after a warm-up, ${rounds} round(s), ` +
      `${THROUGHPUT_CONNECTIONS} connections for rates, ${REVALIDATION_CONNECTIONS} for the 304 latency`,
  )

  const samples: Record<string, number[]> = {}
  const record = (name: string, value: number) => (samples[name] ??= []).push(value)
  for (let round = 1; round <= rounds; round += 1) {
    const rss = await measureLoad({ seconds, url: urls.rss, connections: THROUGHPUT_CONNECTIONS })
    const rssBaseline = await measureLoad({
      seconds,
      url: urls.rssBaseline,
      connections: THROUGHPUT_CONNECTIONS,
    })
    const ninjs = await measureLoad({
      seconds,
      url: urls.ninjs,
      connections: THROUGHPUT_CONNECTIONS,
    })
    const ninjsBaseline = await measureLoad({
      seconds,
      url: urls.ninjsBaseline,
      connections: THROUGHPUT_CONNECTIONS,
    })
    const conditional = { 'If-None-Match': etag }
    const revalidation = await measureLoad({
      seconds,
      url: urls.rss,
      headers: conditional,
      connections: REVALIDATION_CONNECTIONS,
      expectedStatus: 304,
    })
    const revalidationBaseline = await measureLoad({
      seconds,
      url: urls.rssBaseline,
      headers: conditional,
      connections: REVALIDATION_CONNECTIONS,
      expectedStatus: 304,
    })
    say(
      `Round ${round}: rss ${format(rss.rps)} req/s (p95 ${format(rss.p95)} ms) vs ${format(rssBaseline.rps)} ` +
        `(p95 ${format(rssBaseline.p95)} ms); ninjs ${format(ninjs.rps)} req/s (p95 ${format(ninjs.p95)} ms) ` +
        `vs ${format(ninjsBaseline.rps)} (p95 ${format(ninjsBaseline.p95)} ms); 304 p95 ${format(revalidation.p95)} ms ` +
        `(${format(revalidation.rps)} req/s) vs ${format(revalidationBaseline.p95)} ms (${format(revalidationBaseline.rps)} req/s)`,
    )
    record('rss', rss.rps)
    record('rssBaseline', rssBaseline.rps)
    record('ninjs', ninjs.rps)
    record('ninjsBaseline', ninjsBaseline.rps)
    record('revalidation', revalidation.p95)
    record('revalidationBaseline', revalidationBaseline.p95)
  }
  const median = (name: string) => medianOf(samples[name] ?? [])
  say(result({ metric: 'rss_rps', value: median('rss'), baseline: median('rssBaseline') }))
  say(result({ metric: 'ninjs_rps', value: median('ninjs'), baseline: median('ninjsBaseline') }))
  say(
    result({
      metric: 'rss_304_p95_ms',
      value: median('revalidation'),
      baseline: median('revalidationBaseline'),
      isTime: true,
    }),
  )
} catch (error) {
  process.stderr.write(
    `Feeds bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
  exitCode = 1
} finally {
  if (server.exitCode === null) {
    server.send({ type: 'stop' })
    const timeout = setTimeout(() => server.kill('SIGKILL'), 30_000)
    await exited
    clearTimeout(timeout)
  }
}
process.exit(exitCode)

/** The cached endpoint answers what the baseline computes, and a repeat is a cache hit. */
async function checkSameAnswers({
  ours,
  baseline,
}: {
  ours: string
  baseline: string
}): Promise<string> {
  const first = await fetch(ours)
  const again = await fetch(ours)
  const computed = await fetch(baseline)
  const bodies = await Promise.all([first.text(), again.text(), computed.text()])
  if (first.status !== 200 || computed.status !== 200)
    throw new Error(`${ours} answered ${first.status}, its baseline ${computed.status}`)
  if (again.headers.get('x-cache') !== 'HIT') throw new Error(`${ours} was not served from cache`)
  if (bodies[0] !== bodies[2] || first.headers.get('etag') !== computed.headers.get('etag'))
    throw new Error(`${ours} and its baseline answer differently`)
  say(`Checked: ${new URL(ours).pathname} answers as its baseline (${bodies[0].length} characters)`)
  return first.headers.get('etag') ?? ''
}

function result(args: {
  metric: string
  value: number
  baseline: number
  isTime?: boolean
}): string {
  return resultLine({ bench: 'feeds', ...args })
}
