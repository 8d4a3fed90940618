/**
 * `npm run bench:pages [-- --documents=100000 --rounds=3 --seconds=10 --reuse-build]`: the
 * library's pages for anonymous readers with the page cache against the same server rendering
 * every request, on the same data, in the same run.
 *
 * 1. Makes the production build (`npm run build`; `--reuse-build` keeps the one in `.next/`).
 * 2. On a scratch database and data folder: `npm run seed -- --lists-only` (migrations, the
 *    province's agencies, topics and settings), then scripts/bench/pagesFill.ts: 100,000 search
 *    documents' worth of articles and photos as rows, and their embedded search index.
 * 3. `next start` on 127.0.0.1, as deployed (its own process, so the server and the load
 *    generator each have a core).
 * 4. For the home, search, article, media, topic and agency pages: checks that a repeat is a
 *    cache hit and that the baseline is rendered, then with autocannon, 50 concurrent readers,
 *    in rounds that alternate ours and the baseline (header `X-Page-Cache: bypass`).
 *
 * Ends with `RESULT pages <route>_rps=<n> baseline=<n> ratio=<x>` and
 * `RESULT pages <route>_p95_ms=<n> baseline=<n> ratio=<x>` lines, medians of the rounds.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import buildOnce from '../../tests/e2e/helpers/buildOnce'
import {
  freePort,
  runToEnd,
  spawnNextStart,
  productionServerEnv,
} from '../../tests/e2e/helpers/startLibraryServer'
import { formatNumber, measureLoad, medianOf, resultLine } from './load'

const argument = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const documents = argument('documents', 100_000)
const rounds = argument('rounds', 3)
const seconds = argument('seconds', 10)
const connections = argument('connections', 50)
const isReusingBuild = process.argv.includes('--reuse-build')

const REPOSITORY = path.resolve(import.meta.dirname, '../..')
const BYPASS = { 'x-page-cache': 'bypass' }
const say = (line: string) => process.stdout.write(`${line}\n`)

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-pages-'))
const port = await freePort()
const baseUrl = `http://127.0.0.1:${port}`
const env: NodeJS.ProcessEnv = {
  ...productionServerEnv({ dir, port }),
  JOBS_AUTORUN: 'false',
  // The bench measures pages, not the anonymous search budget of one address.
  RATE_LIMIT_SEARCH: '1000000/60',
}
let server: ChildProcess | null = null
let exitCode = 0
try {
  if (!isReusingBuild) {
    say('Build: npm run build …')
    await buildOnce()
  }
  const output: string[] = []
  const tsx = path.join(REPOSITORY, 'node_modules/.bin/tsx')
  const run = (label: string, args: string[]) =>
    runToEnd({ label, command: tsx, args, env, timeoutMs: 1_800_000, output })
  await run('seed', ['scripts/seed.ts', '--lists-only'])
  await run('fill', ['scripts/bench/pagesFill.ts', `--documents=${documents}`])
  for (const line of output.filter((entry) => /^(Database|Search index):/.test(entry))) say(line)
  const pagesLine = output.find((line) => line.startsWith('PAGES '))
  if (!pagesLine) throw new Error('The fill did not name the pages to request')
  const named = JSON.parse(pagesLine.slice('PAGES '.length)) as Record<string, string>
  const routes: Record<string, string> = {
    home: '/en',
    search: '/en/search?q=dong+nai',
    ...named,
  }

  const startedAt = performance.now()
  server = spawnNextStart({ port, env, stdio: ['ignore', 'ignore', 'inherit'] })
  await waitUntilHealthy()
  say(`Server: healthy in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)

  for (const [name, route] of Object.entries(routes)) await checkRoute({ name, route })
  say(
    `Load: autocannon, ${connections} connections, ${seconds} s per measurement after a warm-up, ` +
      `${rounds} round(s) alternating the cache and the baseline`,
  )
  const samples: Record<string, number[]> = {}
  const record = (key: string, value: number) => (samples[key] ??= []).push(value)
  for (let round = 1; round <= rounds; round += 1) {
    for (const [name, route] of Object.entries(routes)) {
      const url = `${baseUrl}${route}`
      const ours = await measureLoad({ url, connections, seconds })
      const baseline = await measureLoad({ url, headers: BYPASS, connections, seconds })
      say(
        `Round ${round} ${name}: ${formatNumber(ours.rps)} req/s (p95 ${formatNumber(ours.p95)} ms) ` +
          `vs ${formatNumber(baseline.rps)} req/s (p95 ${formatNumber(baseline.p95)} ms)`,
      )
      record(`${name}_rps`, ours.rps)
      record(`${name}_rps_baseline`, baseline.rps)
      record(`${name}_p95`, ours.p95)
      record(`${name}_p95_baseline`, baseline.p95)
    }
  }
  const median = (key: string) => medianOf(samples[key] ?? [])
  for (const name of Object.keys(routes)) {
    say(
      resultLine({
        bench: 'pages',
        metric: `${name}_rps`,
        value: median(`${name}_rps`),
        baseline: median(`${name}_rps_baseline`),
      }),
    )
    say(
      resultLine({
        bench: 'pages',
        metric: `${name}_p95_ms`,
        value: median(`${name}_p95`),
        baseline: median(`${name}_p95_baseline`),
        isTime: true,
      }),
    )
  }
} catch (error) {
  process.stderr.write(
    `Pages bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
  exitCode = 1
} finally {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    process.kill(-server.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL')
  }
  await fs.rm(dir, { recursive: true, force: true })
}
process.exit(exitCode)

/** A repeat of the page is a cache hit, and the bypass renders it. */
async function checkRoute({ name, route }: { name: string; route: string }): Promise<void> {
  const url = `${baseUrl}${route}`
  const first = await fetch(url)
  await first.arrayBuffer()
  const again = await fetch(url)
  const body = await again.text()
  const bypassed = await fetch(url, { headers: BYPASS })
  await bypassed.arrayBuffer()
  if (first.status !== 200 || bypassed.status !== 200)
    throw new Error(`${route} answered ${first.status}, its baseline ${bypassed.status}`)
  if (again.headers.get('x-page-cache') !== 'HIT') throw new Error(`${route} was not kept`)
  if (bypassed.headers.get('x-page-cache') !== 'BYPASS')
    throw new Error(`${route} was not bypassed`)
  say(`Checked: ${name} ${route} is kept and bypassed (${body.length} characters)`)
}

async function waitUntilHealthy(): Promise<void> {
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`next start exited with ${server?.exitCode}`)
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('The server did not become healthy within 5 minutes')
}
