/**
 * The busy day of `npm run bench:load` (scripts/bench/loadMix.ts) and of the browser suite's
 * short run (tests/e2e/load.e2e.spec.ts), against a production server that is already running
 * on the demo seed: anonymous readers, journalists downloading and two editors saving and
 * publishing, all at once, with the server's memory read from outside.
 *
 * 1. Signs in the cast through the REST API (scripts/bench/benchAccounts.ts) and lists what
 *    the readers open: every public article and photo, in the languages it is published in.
 * 2. Checks every request once (a bench of errors measures nothing), waits until the page cache
 *    keeps pages (the seed's search jobs done), then warms up: the whole mix for a fifth of the
 *    run (10 to 60 s), editors included.
 * 3. Reads the server's memory (the start), then lets the editors work alone for as long:
 *    their write latency with no readers, the baseline.
 * 4. The mix for `seconds`: each reader group a fixed number of autocannon connections, each
 *    sending its next request when the last is answered; each journalist one download a second
 *    (the production per-account budget); the editors cycling as in step 3, a save a second.
 * 5. Waits for the server to work off what it accepted, reads its memory again (the end).
 */
import { randomBytes } from 'node:crypto'

import { RATE_LIMIT_RULES } from '../../src/env'
import { LOCALES } from '../../src/i18n/locales'
import { waitForKeptPage } from '../../tests/e2e/helpers/startLibraryServer'
import { signInLoadCast, type LoadCast } from './benchAccounts'
import { callApi, expectApi } from './httpApi'
import { formatNumber, percentile, resultLine, runAutocannon, type AutocannonRun } from './load'
import { readLiveHeap, type LiveHeap } from './serverInspector'
import { growthPercent, readProcessMemory, type ProcessMemory } from './serverMemory'

/** The running server the mix is sent to. */
export type LoadTarget = {
  baseUrl: string
  /** The administrator that creates the cast. */
  admin: { email: string; password: string }
  /** The process id of the server (`next start`), whose memory is read. */
  pid: number
  /**
   * The server's inspector port on loopback, when it was started with one: its live heap is
   * then read after a full garbage collection at start and end, the measure of a leak.
   */
  inspectorPort?: number
}

/** What one route group of the mix did. */
export type RouteFigures = {
  name: string
  requests: number
  rps: number
  p95: number
  /** Answers with another status than expected, failed connections and timeouts. */
  errors: number
}

/** The editors' writes of one phase: latency of each REST call (ms) and how many failed. */
export type WriteFigures = { writes: number; p50: number; p95: number; errors: number }

/** What {@link runMixedWorkload} measured. */
export type LoadReport = {
  seconds: number
  routes: RouteFigures[]
  editors: { quiet: WriteFigures; loaded: WriteFigures }
  /** Errors of the warm-up, which is not measured otherwise. */
  warmUpErrors: number
  memory: {
    start: ProcessMemory
    end: ProcessMemory
    samples: ProcessMemory[]
    /** After a full garbage collection, when the target has an inspector port. */
    live: { start: LiveHeap; end: LiveHeap } | null
  }
  /** Every error of the run, the warm-up's included: must be 0. */
  errors: number
}

/**
 * Growth of the server's live heap (after a full garbage collection) over the mix below which it
 * is not called a leak.
 */
export const LEAK_THRESHOLD_PERCENT = 10

/**
 * The settings of the server under the mix: every rate limit (src/rateLimits) stays on, so its
 * bookkeeping is part of the load, but out of reach. The whole mix comes from one loopback
 * address, where a real busy day comes from thousands; the per-address budgets would refuse
 * it within a minute and the bench would measure 429s.
 */
export const LOAD_SERVER_ENV: Record<string, string> = Object.fromEntries(
  Object.values(RATE_LIMIT_RULES).map((variable) => [variable, '100000000/60']),
)

/**
 * How long a reader waits for an answer before it counts as an error: a browser waits longer
 * than autocannon's 10 s, a proxy in front of the app gives up at 60 s.
 */
export const READER_TIMEOUT_SECONDS = 30

/**
 * What an editor takes between two saves (reading, typing). Without it two editors would save
 * a dozen times a second, a newsroom's day in a minute, and the readers would measure that.
 */
const EDITOR_PAUSE_MS = 1000

/**
 * Runs the mix against `target` for `seconds` (plus the warm-up and the editors' quiet phase)
 * and reports per route, for the editors and for the server's memory. `say` receives progress
 * lines. Throws when the cast cannot be created or a request fails its first check; errors
 * under load are counted, not thrown.
 */
export async function runMixedWorkload({
  target,
  seconds,
  say,
}: {
  target: LoadTarget
  seconds: number
  say: (line: string) => void
}): Promise<LoadReport> {
  const { baseUrl } = target
  const cast = await signInLoadCast({ baseUrl, admin: target.admin, editors: 2, journalists: 3 })
  const groups = await readerGroups({ baseUrl, cast })
  for (const group of groups) await checkGroup({ baseUrl, group })
  // A busy day starts from a server that has worked off its backlog, not from a fresh seed.
  await waitForKeptPage({ baseUrl })
  say(
    `Mix: ${groups.map((group) => `${group.name} ${group.paths.length} path(s) × ${group.connections}`).join(', ')}; ` +
      `${cast.journalists.length} journalists at 1 download/s each; ${cast.editors.length} editors`,
  )

  // A fifth of the run, 10 to 60 s, for the warm-up (long enough for V8 to size its heap) and
  // for the editors alone.
  const phaseSeconds = Math.min(60, Math.max(10, Math.round(seconds / 5)))
  const warmUp = await Promise.all([
    runGroups({ baseUrl, groups, seconds: phaseSeconds }),
    // With the editors: their publications keep the page cache from serving some pages, which
    // is what sizes the server's heap under the mix.
    editUntil({ baseUrl, cast, deadline: Date.now() + phaseSeconds * 1000, say }),
  ])
  const warmUpErrors = warmUp[0].reduce((sum, route) => sum + route.errors, 0) + warmUp[1].errors
  const failing = warmUp[0].filter((route) => route.errors > 0)
  say(
    `Warm-up: ${phaseSeconds} s of the whole mix (${warmUpErrors} errors` +
      `${failing.map((route) => `, ${route.errors} on ${route.name}`).join('')})`,
  )
  await settle({ baseUrl })
  // The resident set before the collection the live-heap reading forces, as at the end.
  const start = await readProcessMemory({ pid: target.pid })
  say(`Memory at start: ${describeMemory(start)}`)
  const liveStart = await readLiveHeapOf({ target, say, moment: 'start' })

  const quiet = await editUntil({
    baseUrl,
    cast,
    deadline: Date.now() + phaseSeconds * 1000,
    say,
  })
  say(`Editors alone for ${phaseSeconds} s: ${describeWrites(quiet)}`)

  say(`Mix: ${seconds} s …`)
  const samples: ProcessMemory[] = [start]
  const sampler = setInterval(() => {
    void readProcessMemory({ pid: target.pid }).then(
      (memory) => {
        samples.push(memory)
        say(`Memory after ${samples.length - 1} × 30 s: ${describeMemory(memory)}`)
      },
      (error: unknown) => say(`Memory: not read (${String(error)})`),
    )
  }, 30_000)
  const [routes, loaded] = await Promise.all([
    runGroups({ baseUrl, groups, seconds }),
    editUntil({ baseUrl, cast, deadline: Date.now() + seconds * 1000, say }),
  ]).finally(() => clearInterval(sampler))
  say(`Editors with the readers: ${describeWrites(loaded)}`)

  await settle({ baseUrl })
  const end = await readProcessMemory({ pid: target.pid })
  samples.push(end)
  say(`Memory at end: ${describeMemory(end)}`)
  const liveEnd = await readLiveHeapOf({ target, say, moment: 'end' })
  const errors =
    warmUpErrors +
    quiet.errors +
    loaded.errors +
    routes.reduce((sum, route) => sum + route.errors, 0)
  return {
    seconds,
    routes,
    editors: { quiet, loaded },
    warmUpErrors,
    memory: {
      start,
      end,
      samples,
      live: liveStart && liveEnd ? { start: liveStart, end: liveEnd } : null,
    },
    errors,
  }
}

/**
 * The `RESULT load …` lines of a report: per route `<route>_rps=<n> p95_ms=<n> errors=<n>`,
 * the editors' write latency with the readers against the same writes alone (ratio below 1:
 * that many times slower), the server's memory at start and end, and the total of errors.
 */
export function loadResultLines({ report }: { report: LoadReport }): string[] {
  const { editors, memory } = report
  const memoryLine = ({
    label,
    start,
    end,
    isLeakMeasure,
  }: {
    label: string
    start: number
    end: number
    isLeakMeasure: boolean
  }): string => {
    const growth = growthPercent({ start, end })
    return (
      `RESULT load server_${label}_mb=${formatNumber(end)} ` +
      `start=${formatNumber(start)} growth_pct=${growth.toFixed(1)}` +
      (isLeakMeasure ? ` leak=${growth < LEAK_THRESHOLD_PERCENT ? 'no' : 'suspected'}` : '')
    )
  }
  return [
    ...report.routes.map(
      (route) =>
        `RESULT load ${route.name}_rps=${formatNumber(route.rps)} p95_ms=${formatNumber(route.p95)} errors=${route.errors}`,
    ),
    resultLine({
      bench: 'load',
      metric: 'editor_write_p50_ms',
      value: editors.loaded.p50,
      baseline: editors.quiet.p50,
      isTime: true,
    }),
    resultLine({
      bench: 'load',
      metric: 'editor_write_p95_ms',
      value: editors.loaded.p95,
      baseline: editors.quiet.p95,
      isTime: true,
    }),
    // The resident set and its anonymous part, for the operator sizing a server; whether it
    // leaks is the live heap's to say.
    memoryLine({
      label: 'rss',
      start: memory.start.rssMb,
      end: memory.end.rssMb,
      isLeakMeasure: false,
    }),
    memoryLine({
      label: 'anon',
      start: memory.start.heapMb,
      end: memory.end.heapMb,
      isLeakMeasure: false,
    }),
    ...(memory.live
      ? [
          memoryLine({
            label: 'live_heap',
            start: memory.live.start.heapUsedMb,
            end: memory.live.end.heapUsedMb,
            isLeakMeasure: true,
          }),
        ]
      : []),
    `RESULT load errors=${report.errors}`,
  ]
}

/**
 * How much the server's live heap grew over the mix, in percent; null when it was not read (a
 * target without an inspector port).
 */
export function liveHeapGrowthPercent({ report }: { report: LoadReport }): number | null {
  const { live } = report.memory
  return live ? growthPercent({ start: live.start.heapUsedMb, end: live.end.heapUsedMb }) : null
}

/** Readers sending the same kind of request: who they are, what they ask, how many at once. */
type ReaderGroup = {
  name: string
  paths: string[]
  connections: number
  headers?: Record<string, string>
  /** Requests per second of the whole group, when it is paced. */
  overallRate?: number
}

/** How long the first request of each path may take: a cold page renders in seconds. */
const CHECK_TIMEOUT_MS = 60_000

const SEARCHES = ['investment', 'dong nai', 'port', 'festival', 'đầu tư', 'du lịch', '投资']

/** The mix's groups: anonymous readers of pages and APIs, then one group per journalist. */
async function readerGroups({
  baseUrl,
  cast,
}: {
  baseUrl: string
  cast: LoadCast
}): Promise<Array<ReaderGroup & { report: string }>> {
  type Listed = { id: number; publishedLocales?: string[] | null; kind?: string }
  const list = async (path: string, token?: string): Promise<Listed[]> =>
    (await expectApi<{ docs: Listed[] }>({ baseUrl, path, token, expected: 200 })).docs
  const articles = await list('/api/articles?limit=100&depth=0')
  const media = await list('/api/media?limit=100&depth=0')
  const pressMedia = await list('/api/media?limit=100&depth=0', cast.journalists[0])
  if (articles.length === 0 || media.length === 0)
    throw new Error('The demo seed has no public article or photo for the readers')
  const pages = (kind: string, items: Listed[]) =>
    items.flatMap((item) =>
      ['vi', 'en']
        .filter((locale) => locale === 'vi' || item.publishedLocales?.includes(locale))
        .map((locale) => `/${locale}/${kind}/${item.id}`),
    )
  const query = (text: string) => encodeURIComponent(text)
  const anonymous: Array<ReaderGroup & { report: string }> = [
    { name: 'home', paths: LOCALES.map((locale) => `/${locale}`), connections: 4 },
    {
      name: 'search_page',
      paths: SEARCHES.map((text, index) => `/${LOCALES[index % 2]}/search?q=${query(text)}`),
      connections: 2,
    },
    { name: 'article', paths: pages('articles', articles), connections: 3 },
    { name: 'media', paths: pages('media', media), connections: 2 },
    {
      name: 'search_api',
      paths: SEARCHES.map((text) => `/api/library/search?q=${query(text)}&locale=en`),
      connections: 2,
    },
    {
      name: 'feeds',
      paths: ['rss?locale=vi', 'atom?locale=en', 'jsonfeed?locale=en'].map(
        (feed) => `/api/syndication/${feed}`,
      ),
      connections: 1,
    },
    {
      name: 'sync',
      paths: ['/api/syndication/ninjs?limit=50', '/api/syndication/ninjs?locale=en&limit=50'],
      connections: 1,
    },
  ].map((group) => ({ ...group, report: group.name }))
  const photos = pressMedia.filter((item) => item.kind === 'image')
  const downloads = photos.map(
    (item) =>
      `/api/library/media/${item.id}/download?rendition=large&locale=en&terms=accepted&use=news`,
  )
  return [
    ...anonymous,
    ...cast.journalists.map((token, index) => ({
      name: `download_${index + 1}`,
      report: 'download',
      paths: downloads,
      connections: 1,
      headers: { Authorization: `JWT ${token}` },
      overallRate: 1,
    })),
  ]
}

/** Every path of a group answers 200 once before the load: otherwise the mix is mis-built. */
async function checkGroup({
  baseUrl,
  group,
}: {
  baseUrl: string
  group: ReaderGroup
}): Promise<void> {
  if (group.paths.length === 0) throw new Error(`${group.name} has nothing to request`)
  for (const path of group.paths) {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: group.headers,
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    }).catch((error: unknown) => {
      throw new Error(`${path} did not answer within ${CHECK_TIMEOUT_MS / 1000} s`, {
        cause: error,
      })
    })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  }
}

/** Every group at once for `seconds`; groups sharing a report name are reported together. */
async function runGroups({
  baseUrl,
  groups,
  seconds,
}: {
  baseUrl: string
  groups: Array<ReaderGroup & { report: string }>
  seconds: number
}): Promise<RouteFigures[]> {
  const runs = await Promise.all(
    groups.map(async (group) => ({
      report: group.report,
      run: await runAutocannon({
        url: baseUrl,
        paths: group.paths,
        headers: group.headers,
        connections: group.connections,
        overallRate: group.overallRate,
        timeoutSeconds: READER_TIMEOUT_SECONDS,
        duration: seconds,
        expectedStatus: 200,
      }),
    })),
  )
  const byReport = new Map<string, AutocannonRun[]>()
  for (const { report, run } of runs) byReport.set(report, [...(byReport.get(report) ?? []), run])
  return [...byReport].map(([name, parts]) => {
    const latencies = parts.flatMap((part) => part.latencies)
    const duration = Math.max(...parts.map((part) => part.duration))
    return {
      name,
      requests: latencies.length,
      rps: latencies.length / duration,
      p95: percentile({ samples: latencies, share: 0.95 }),
      errors: parts.reduce((sum, part) => sum + part.unexpected + part.failed, 0),
    }
  })
}

/**
 * Each editor repeats the cycle of {@link editingCycle} until `deadline` (at least once), all
 * editors at the same time; every REST call is timed.
 */
async function editUntil({
  baseUrl,
  cast,
  deadline,
  say,
}: {
  baseUrl: string
  cast: LoadCast
  deadline: number
  say: (line: string) => void
}): Promise<WriteFigures> {
  const latencies: number[] = []
  let errors = 0
  await Promise.all(
    cast.editors.map(async (token) => {
      do {
        const failure = await editingCycle({ baseUrl, token, agency: cast.agency, latencies })
        if (failure) {
          errors += 1
          if (errors <= 5) say(`Editor write failed: ${failure}`)
        }
      } while (Date.now() < deadline)
    }),
  )
  return {
    writes: latencies.length,
    p50: percentile({ samples: latencies, share: 0.5 }),
    p95: percentile({ samples: latencies, share: 0.95 }),
    errors,
  }
}

/**
 * One article's life as a publisher of `agency` lives it through the REST API, with
 * {@link EDITOR_PAUSE_MS} before each call: create a draft,
 * save a change, publish (the workflow endpoint), save a correction straight to the published
 * item, withdraw it (the workflow endpoint), so the library stays the size it was. Returns
 * null, or what failed: the cycle stops at its first failure.
 */
async function editingCycle({
  baseUrl,
  token,
  agency,
  latencies,
}: {
  baseUrl: string
  token: string
  agency: number
  latencies: number[]
}): Promise<string | null> {
  const mark = randomBytes(4).toString('hex')
  const step = async (
    path: string,
    method: string,
    body: Record<string, unknown>,
    expected: number,
  ): Promise<{ doc?: { id: number } } | null> => {
    await new Promise((resolve) => setTimeout(resolve, EDITOR_PAUSE_MS))
    const startedAt = performance.now()
    const response = await callApi({ baseUrl, path, method, token, body })
    const text = await response.text()
    latencies.push(performance.now() - startedAt)
    if (response.status !== expected) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`)
    }
    return JSON.parse(text) as { doc?: { id: number } }
  }
  try {
    const created = await step(
      '/api/articles?draft=true&locale=vi',
      'POST',
      {
        title: `Tin thử tải ${mark}`,
        summary: 'Bản tin do phép đo tải tạo ra.',
        infoType: 'official',
        agency,
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'draft',
      },
      201,
    )
    const id = created?.doc?.id
    if (id === undefined) return 'the created article has no id'
    const item = `/api/articles/${id}`
    await step(`${item}?draft=true&locale=vi`, 'PATCH', { summary: `Bản nháp ${mark}.` }, 200)
    await step(`${item}/workflow`, 'POST', { action: 'publish', locale: 'vi' }, 200)
    await step(
      `${item}?locale=vi`,
      'PATCH',
      { summary: `Đã đính chính ${mark}.`, _status: 'published' },
      200,
    )
    await step(
      `${item}/workflow`,
      'POST',
      { action: 'withdraw', locale: 'vi', reason: 'Phép đo tải' },
      200,
    )
    return null
  } catch (error) {
    // fetch says only "fetch failed"; what failed (a reset, a timeout) is its cause.
    if (!(error instanceof Error)) return String(error)
    const { cause } = error
    return cause instanceof Error
      ? `${error.message} (${cause.name}: ${cause.message})`
      : error.message
  }
}

/** Waits for the server to answer a request behind what it accepted, then a little more. */
async function settle({ baseUrl }: { baseUrl: string }): Promise<void> {
  await (await fetch(`${baseUrl}/api/health`)).arrayBuffer()
  await new Promise((resolve) => setTimeout(resolve, 5000))
}

/** The target's live heap, said as progress; null when it has no inspector port. */
async function readLiveHeapOf({
  target,
  say,
  moment,
}: {
  target: LoadTarget
  say: (line: string) => void
  moment: 'start' | 'end'
}): Promise<LiveHeap | null> {
  if (target.inspectorPort === undefined) return null
  const live = await readLiveHeap({ port: target.inspectorPort })
  say(
    `Live heap at ${moment} (after a full garbage collection): ${live.heapUsedMb.toFixed(0)} MB ` +
      `used of ${live.heapTotalMb.toFixed(0)} MB, external ${live.externalMb.toFixed(0)} MB, ` +
      `RSS ${live.rssMb.toFixed(0)} MB`,
  )
  return live
}

function describeMemory(memory: ProcessMemory): string {
  return `RSS ${memory.rssMb.toFixed(0)} MB, heap (anonymous) ${memory.heapMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB`
}

function describeWrites(writes: WriteFigures): string {
  return `${writes.writes} writes, p50 ${formatNumber(writes.p50)} ms, p95 ${formatNumber(writes.p95)} ms, ${writes.errors} failed`
}
