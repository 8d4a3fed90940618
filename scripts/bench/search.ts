/**
 * `npm run bench:search [-- --documents=100000]`: the library search against Payload's own
 * `find` with `like`, on the same data, in the same run.
 *
 * 1. Boots the app on a scratch SQLite file and data folder (never the configured database).
 * 2. Generates a realistic multilingual corpus (scripts/bench/searchCorpus.ts) and bulk-inserts
 *    it (rows, not hooks) — the baseline's cost of holding the data.
 * 3. Builds the embedded index from the same items through the production code (search
 *    documents, log, snapshot), then loads it afresh as a restarted server would, and starts
 *    the app afresh in a process of its own on that database and index
 *    (scripts/bench/searchStartup.ts), timed to a healthy health check.
 * 4. Runs a fixed query mix (Vietnamese with and without diacritics, English, Chinese,
 *    Japanese, typos, facet filters) as anonymous, journalist and staff requesters, through
 *    `searchLibrary` (visibility filter, facets, highlights, locale fallback) and through
 *    `payload.find` on articles and media with `like` on their titles and summaries/captions
 *    (access control, localized fields), and reports latency percentiles of both.
 * 5. Runs the same requests on two peers built afterwards from the same search documents
 *    (scripts/bench/searchPeers.ts): SQLite's FTS5 with its unaccented tokenizer, and
 *    MiniSearch; and a fixed set of judged queries (scripts/bench/judgedQueries.ts: exact
 *    diacritics first, folded match, typo, CJK) on every engine.
 *
 * Ends with `RESULT search <metric>=<value> baseline=<value> ratio=<x>` lines; every ratio is
 * how many times better ours is (baseline ÷ ours for times and sizes, ours ÷ baseline for
 * judged queries answered). With MEILI_URL set, it also indexes the corpus into a scratch
 * Meilisearch index and reports its latency.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import type { LibrarySearchParams } from '../../src/search/searchLibrary'
import { scratchAppEnv } from '../../tests/helpers/scratchEnv'
import { loadPayloadApp } from '../lib/loadPayloadApp'
import { createBenchPublisher } from './benchAccounts'
import { insertCorpusRows } from './corpusRows'
import { countCorrect, judgedItems, JUDGED_QUERIES, type JudgedAnswer } from './judgedQueries'
import { generateCorpus, QUERY_MIX, type CorpusItem } from './searchCorpus'
import { buildFts5Peer, buildMiniSearchPeer, type PeerRun } from './searchPeers'

const documentsWanted = Number(
  process.argv.find((argument) => argument.startsWith('--documents='))?.split('=')[1] ?? 100_000,
)
const AGENCIES = [
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Tài chính',
  'Sở Ngoại vụ',
  'Ban quản lý các khu công nghiệp',
  'Báo và Phát thanh, Truyền hình Đồng Nai',
  'Phường Trấn Biên',
  'Phường Long Khánh',
  'Xã Nam Cát Tiên',
  'Xã Xuân Lộc',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Công an tỉnh',
]

const TOPICS: Array<[string, string]> = [
  ['Đầu tư', 'Investment'],
  ['Khu công nghiệp', 'Industrial parks'],
  ['Du lịch', 'Tourism'],
  ['Di sản văn hóa', 'Cultural heritage'],
  ['Nông nghiệp', 'Agriculture'],
  ['Giao thông', 'Transport'],
  ['Môi trường', 'Environment'],
  ['Giáo dục', 'Education'],
  ['Y tế', 'Health'],
  ['Đối ngoại', 'Foreign affairs'],
  ['Lễ hội', 'Festivals'],
  ['Thể thao', 'Sports'],
  ['Ẩm thực', 'Cuisine'],
  ['Xuất khẩu', 'Exports'],
  ['Logistics', 'Logistics'],
  ['Đô thị', 'Urban development'],
]

const OUR_PASSES = 5
const BASELINE_PASSES = 2
const PEER_PASSES = 2
const BATCH = 250

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-bench-search-'))
// The bench configures its own scratch environment before the app reads it (as the test
// helpers do); MEILI_URL and MEILI_MASTER_KEY are kept, to measure Meilisearch too.
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir: scratch }),
  JOBS_AUTORUN: 'false',
  MEILI_INDEX: `ttdn_bench_${randomBytes(4).toString('hex')}`,
})

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../../src/env')
const { requesterOf } = await import('../../src/access/requester')
const { buildSearchDocuments } = await import('../../src/search/documents/buildSearchDocuments')
const { EmbeddedSearchIndex } = await import('../../src/search/embedded/EmbeddedSearchIndex')
const { MeilisearchSearchIndex } = await import(
  '../../src/search/meilisearch/MeilisearchSearchIndex'
)
const { getMeilisearchClient } = await import('../../src/search/meilisearchClient')
const { parseSearchParams } = await import('../../src/search/http/parseSearchParams')
const { searchLibrary } = await import('../../src/search/searchLibrary')
const { readAllLabelNames } = await import('../../src/search/sync/syncItems')

const payload = await getPayload({ config, disableOnInit: true })
const env = getEnv()
const quietLogger = { info: () => undefined, error: payload.logger.error.bind(payload.logger) }
const say = (line: string) => process.stdout.write(`${line}\n`)

try {
  // Lists and people the corpus points to.
  const agencyIds: number[] = []
  for (const [index, name] of AGENCIES.entries()) {
    const agency = await payload.create({
      collection: 'agencies',
      data: { name, code: `agency-${index}`, kind: 'provincial-department' },
      context: { skipSearchSync: true },
    })
    agencyIds.push(agency.id)
  }
  const topicIds: number[] = []
  for (const [index, [vi, en]] of TOPICS.entries()) {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'vi',
      data: { name: vi, slug: `topic-${index}` },
      context: { skipSearchSync: true },
    })
    await payload.update({ collection: 'topics', id: topic.id, locale: 'en', data: { name: en } })
    topicIds.push(topic.id)
  }
  const staff = await createBenchPublisher({ payload, agency: agencyIds[0]! })
  const journalist = await payload.create({
    collection: 'journalists',
    data: {
      email: 'bench-journalist@ttdn.test',
      password: 'bench-password-123',
      name: 'Bench journalist',
      outlet: 'Bench Times',
      preferredLanguage: 'en',
      country: 'JP',
      accreditationStatus: 'approved',
      accreditationExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      _verified: true,
    } as never,
    disableVerificationEmail: true,
  })
  const users = [
    null,
    { ...journalist, collection: 'journalists' as const },
    { ...staff, collection: 'users' as const },
  ]

  let startedAt = performance.now()
  const corpus = generateCorpus({
    documents: documentsWanted,
    agencyIds,
    topicIds,
    staffIds: [staff.id],
  })
  const articles = corpus.items.filter((item) => item.collection === 'articles')
  const judged = judgedItems({
    template: articles[0]!,
    lastId: articles.reduce((last, item) => Math.max(last, item.data.id), 0),
  })
  corpus.items.push(...judged.items)
  say(
    `Corpus: ${corpus.items.length} items (${articles.length + judged.items.length} articles, ` +
      `${judged.items.length} of them planted for ${JUDGED_QUERIES.length} judged queries), ` +
      `${corpus.documents} search documents, generated in ${seconds(startedAt)} s`,
  )

  startedAt = performance.now()
  await insertCorpusRows({ payload, items: corpus.items })
  const databaseLoadMs = performance.now() - startedAt
  const databaseBytes = fileSize(env.database.kind === 'sqlite' ? env.database.filePath : '')
  say(`Database: bulk insert in ${seconds(startedAt)} s, ${megabytes(databaseBytes)} MB on disk`)

  const labels = await readAllLabelNames({ payload })
  const documentsOf = (item: CorpusItem) =>
    buildSearchDocuments({ collection: item.collection, item: item.data, labels })

  // Build: search documents → log → index → snapshot, as `npm run reindex` does.
  const directory = path.join(env.dataDir, 'search')
  startedAt = performance.now()
  const builder = new EmbeddedSearchIndex({
    directory,
    logger: quietLogger,
    maxLogBytes: Number.POSITIVE_INFINITY,
  })
  await builder.open()
  for (let start = 0; start < corpus.items.length; start += BATCH) {
    const batch = corpus.items.slice(start, start + BATCH)
    await builder.replaceItems({
      itemKeys: batch.map((item) => `${item.collection}-${item.data.id}`),
      documents: batch.flatMap(documentsOf),
    })
  }
  await builder.settle()
  const buildMs = performance.now() - startedAt
  say(`Embedded index: built and saved in ${seconds(startedAt)} s (${builder.size} documents)`)

  let meilisearch: InstanceType<typeof MeilisearchSearchIndex> | null = null
  if (env.meilisearch) {
    meilisearch = new MeilisearchSearchIndex({ config: env.meilisearch })
    startedAt = performance.now()
    for (let start = 0; start < corpus.items.length; start += 2000) {
      const batch = corpus.items.slice(start, start + 2000)
      await meilisearch.replaceItems({
        itemKeys: batch.map((item) => `${item.collection}-${item.data.id}`),
        documents: batch.flatMap(documentsOf),
      })
    }
    await meilisearch.settle()
    say(`Meilisearch: indexed in ${seconds(startedAt)} s`)
  }

  // Load as a restarted server would, measuring what the loaded index holds in memory.
  const before = await settledMemory()
  startedAt = performance.now()
  const index = new EmbeddedSearchIndex({ directory, logger: quietLogger })
  await index.open()
  const readyMs = performance.now() - startedAt
  say(
    `Embedded index: loaded from its snapshot (${megabytes(fileSize(snapshotFile(directory)))} MB) in ${seconds(startedAt)} s`,
  )
  const indexBytes = (await settledMemory()) - before

  // The whole app started afresh on this database and index, up to a healthy health check.
  const startup = JSON.parse(
    execFileSync(
      process.execPath,
      [...process.execArgv, path.join(import.meta.dirname, 'searchStartup.ts')],
      { env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    )
      .trim()
      .split('\n')
      .at(-1)!,
  ) as { status: string; modulesMs: number; bootMs: number; healthMs: number; totalMs: number }
  say(
    `Start-up: healthy (${startup.status}) ${(startup.totalMs / 1000).toFixed(1)} s after the process started: ` +
      `modules ${(startup.modulesMs / 1000).toFixed(1)} s, Payload with onInit and the index ${(startup.bootMs / 1000).toFixed(1)} s, ` +
      `health check ${(startup.healthMs / 1000).toFixed(1)} s (goal: under 20 s)`,
  )

  const now = new Date()
  const runs = QUERY_MIX.map((query, position) => {
    const user = users[position % users.length]!
    const searchParams = new URLSearchParams({ q: query.q, locale: query.locale, ...query.filters })
    const parsed = parseSearchParams({ searchParams, defaultLocale: query.locale })
    if ('error' in parsed) throw new Error(`Bad bench query ${searchParams.toString()}`)
    return { query, user, params: parsed.params, requester: requesterOf({ user, now }) }
  })

  // Ours and Payload's find pass by pass, so that the load of a shared machine weighs on both
  // alike, before the peers fill this process's memory (a server holds one engine, not three).
  // The first pass warms ours up and is not timed.
  const ours: number[] = []
  const baseline: number[] = []
  let hitsSeen = 0
  let baselineHits = 0
  for (let pass = 0; pass <= OUR_PASSES; pass += 1) {
    for (const run of runs) {
      const time = performance.now()
      const result = await searchLibrary({
        index,
        requester: run.requester,
        now: new Date(),
        params: run.params,
      })
      if (pass > 0) ours.push(performance.now() - time)
      else hitsSeen += result.total
    }
    if (pass >= 1 && pass <= BASELINE_PASSES) {
      for (const run of runs) {
        const time = performance.now()
        const found = await baselineSearch({ payload, run })
        baseline.push(performance.now() - time)
        if (pass === 1) baselineHits += found
      }
    }
  }

  // The peers, from the same search documents.
  const batchesOf = function* () {
    for (let start = 0; start < corpus.items.length; start += BATCH) {
      yield corpus.items.slice(start, start + BATCH).flatMap(documentsOf)
    }
  }
  const fts5File = path.join(scratch, 'fts5.db')
  let peerMemory = await settledMemory()
  startedAt = performance.now()
  const fts5 = await buildFts5Peer({ file: fts5File, batches: batchesOf() })
  const fts5Bytes = (await settledMemory()) - peerMemory
  say(
    `FTS5: built in ${seconds(startedAt)} s, ${megabytes(fileSize(fts5File))} MB on disk, ` +
      `${megabytes(fts5Bytes)} MB of this process's memory`,
  )
  peerMemory = await settledMemory()
  startedAt = performance.now()
  const { peer: miniSearch } = buildMiniSearchPeer({ batches: batchesOf() })
  const miniSearchBytes = (await settledMemory()) - peerMemory
  say(`MiniSearch: built in ${seconds(startedAt)} s, ${megabytes(miniSearchBytes)} MB in memory`)

  // Each peer in turn, pass by pass, garbage collected between them so that neither pays for
  // the other's (MiniSearch leaves hundreds of MB a pass); the first pass is not timed.
  const fts5Times: number[] = []
  const miniSearchTimes: number[] = []
  for (let pass = 0; pass <= PEER_PASSES; pass += 1) {
    for (const [peer, times] of [
      [fts5, fts5Times],
      [miniSearch, miniSearchTimes],
    ] as const) {
      await settledMemory()
      for (const run of runs) {
        const time = performance.now()
        await peer.search({ ...run, now: new Date() })
        if (pass > 0) times.push(performance.now() - time)
      }
    }
  }
  const oursMeilisearch: number[] = []
  if (meilisearch) {
    for (let pass = 0; pass <= OUR_PASSES; pass += 1) {
      for (const run of runs) {
        const time = performance.now()
        await searchLibrary({
          index: meilisearch,
          requester: run.requester,
          now,
          params: run.params,
        })
        if (pass > 0) oursMeilisearch.push(performance.now() - time)
      }
    }
  }

  // The judged queries, as an anonymous reader, on every engine.
  const judgedRuns: PeerRun[] = JUDGED_QUERIES.map((query) => {
    const searchParams = new URLSearchParams({ q: query.q, locale: query.locale })
    const parsed = parseSearchParams({ searchParams, defaultLocale: query.locale })
    if ('error' in parsed) throw new Error(`Bad judged query ${query.q}`)
    return { params: parsed.params, requester: requesterOf({ user: null, now }), now }
  })
  const judge = async (answer: (run: PeerRun) => Promise<JudgedAnswer>) => {
    const answers: JudgedAnswer[] = []
    for (const run of judgedRuns) answers.push(await answer(run))
    return countCorrect({ answers, documentIds: judged.documentIds })
  }
  const judgedOurs = await judge(async (run) => ({
    ids: (await searchLibrary({ index, ...run })).hits.map((hit) => hit.id),
  }))
  const judgedFts5 = await judge((run) => fts5.search(run))
  const judgedMiniSearch = await judge((run) => miniSearch.search(run))
  for (const [name, outcome] of [
    ['ours', judgedOurs],
    ['FTS5', judgedFts5],
    ['MiniSearch', judgedMiniSearch],
  ] as const) {
    say(
      `Judged queries, ${name}: ${outcome.correct} of ${JUDGED_QUERIES.length}` +
        (outcome.missed.length > 0 ? `; missed ${outcome.missed.join(', ')}` : ''),
    )
  }
  await fts5.close()

  say(
    `Queries: ${runs.length} in the mix; ours ${ours.length} timed runs (${hitsSeen} hits in the first pass), ` +
      `baseline ${baseline.length} timed runs (${baselineHits} hits in the first pass)`,
  )

  const p50 = percentile({ samples: ours, share: 0.5 })
  const p95 = percentile({ samples: ours, share: 0.95 })
  const baseP50 = percentile({ samples: baseline, share: 0.5 })
  const baseP95 = percentile({ samples: baseline, share: 0.95 })
  const fts5P50 = percentile({ samples: fts5Times, share: 0.5 })
  const fts5P95 = percentile({ samples: fts5Times, share: 0.95 })
  const miniSearchP50 = percentile({ samples: miniSearchTimes, share: 0.5 })
  const miniSearchP95 = percentile({ samples: miniSearchTimes, share: 0.95 })
  say(result({ metric: 'p50_ms', value: p50, baseline: baseP50 }))
  say(result({ metric: 'p95_ms', value: p95, baseline: baseP95 }))
  say(result({ metric: 'p50_vs_fts5_ms', value: p50, baseline: fts5P50 }))
  say(result({ metric: 'p95_vs_fts5_ms', value: p95, baseline: fts5P95 }))
  say(result({ metric: 'p95_vs_minisearch_ms', value: p95, baseline: miniSearchP95 }))
  say(result({ metric: 'fts5_p50_ms', value: fts5P50, baseline: baseP50 }))
  say(result({ metric: 'fts5_p95_ms', value: fts5P95, baseline: baseP95 }))
  say(result({ metric: 'minisearch_p50_ms', value: miniSearchP50, baseline: baseP50 }))
  say(result({ metric: 'minisearch_p95_ms', value: miniSearchP95, baseline: baseP95 }))
  say(result({ metric: 'index_build_ms', value: buildMs, baseline: databaseLoadMs }))
  say(result({ metric: 'index_ready_ms', value: readyMs, baseline: buildMs }))
  say(
    result({
      metric: 'index_memory_mb',
      value: indexBytes / 2 ** 20,
      baseline: databaseBytes / 2 ** 20,
    }),
  )
  say(
    result({
      metric: 'minisearch_memory_mb',
      value: miniSearchBytes / 2 ** 20,
      baseline: databaseBytes / 2 ** 20,
    }),
  )
  say(
    result({
      metric: 'fts5_disk_mb',
      value: fileSize(fts5File) / 2 ** 20,
      baseline: databaseBytes / 2 ** 20,
    }),
  )
  say(
    result({
      metric: 'judged_correct',
      value: judgedOurs.correct,
      baseline: judgedFts5.correct,
      isHigherBetter: true,
    }),
  )
  say(
    result({
      metric: 'judged_correct_vs_minisearch',
      value: judgedOurs.correct,
      baseline: judgedMiniSearch.correct,
      isHigherBetter: true,
    }),
  )
  say(result({ metric: 'startup_healthy_ms', value: startup.totalMs, baseline: buildMs }))
  if (meilisearch) {
    say(
      result({
        metric: 'meilisearch_p50_ms',
        value: percentile({ samples: oursMeilisearch, share: 0.5 }),
        baseline: baseP50,
      }),
    )
    say(
      result({
        metric: 'meilisearch_p95_ms',
        value: percentile({ samples: oursMeilisearch, share: 0.95 }),
        baseline: baseP95,
      }),
    )
    await getMeilisearchClient({ config: env.meilisearch! })
      .deleteIndex(env.meilisearch!.indexUid)
      .waitTask()
  } else {
    say('Meilisearch: skipped, MEILI_URL is not set')
  }
  await payload.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
  process.exit(0)
} catch (error) {
  payload.logger.error({ msg: 'Search bench failed', err: error })
  fs.rmSync(scratch, { recursive: true, force: true })
  process.exit(1)
}

/** Payload's own search: `find` with `like` on each collection, as the requester. */
async function baselineSearch({
  payload,
  run,
}: {
  payload: Payload
  run: {
    user: Record<string, unknown> | null
    params: LibrarySearchParams
  }
}): Promise<number> {
  const { params } = run
  const wantsArticles = params.type.length === 0 || params.type.includes('article')
  const mediaKinds = params.type.filter((type) => type !== 'article')
  const wantsMedia =
    (params.type.length === 0 || mediaKinds.length > 0) && params.infoType.length === 0
  const yearRange = (field: string): Where[] =>
    params.year.length === 0
      ? []
      : [
          {
            or: params.year.map((year) => ({
              and: [
                { [field]: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
                { [field]: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
              ],
            })),
          },
        ]
  const text = (fields: string[]): Where[] =>
    params.query === ''
      ? []
      : [{ or: fields.map((field) => ({ [field]: { like: params.query } })) }]
  const common = {
    locale: params.locale,
    limit: params.limit,
    page: params.page,
    depth: 0,
    sort: params.sort === 'oldest' ? 'createdAt' : '-createdAt',
    overrideAccess: false,
    user: run.user as never,
  } as const
  let found = 0
  if (wantsArticles) {
    const { totalDocs } = await payload.find({
      collection: 'articles',
      where: {
        and: [
          ...text(['title', 'summary']),
          ...(params.infoType.length > 0 ? [{ infoType: { in: params.infoType } }] : []),
          ...(params.topic.length > 0 ? [{ topics: { in: params.topic } }] : []),
          ...(params.agency.length > 0 ? [{ agency: { in: params.agency } }] : []),
          ...yearRange('eventDate'),
        ],
      },
      ...common,
    })
    found += totalDocs
  }
  if (wantsMedia) {
    const { totalDocs } = await payload.find({
      collection: 'media',
      where: {
        and: [
          ...text(['alt', 'caption']),
          ...(mediaKinds.length > 0 ? [{ kind: { in: mediaKinds } }] : []),
          ...(params.agency.length > 0 ? [{ agency: { in: params.agency } }] : []),
          ...yearRange('dateTaken'),
        ],
      },
      ...common,
    })
    found += totalDocs
  }
  return found
}

function result({
  metric,
  value,
  baseline,
  isHigherBetter = false,
}: {
  metric: string
  value: number
  baseline: number
  isHigherBetter?: boolean
}) {
  const [better, worse] = isHigherBetter ? [value, baseline] : [baseline, value]
  const ratio = worse > 0 ? better / worse : Number.POSITIVE_INFINITY
  return `RESULT search ${metric}=${round(value)} baseline=${round(baseline)} ratio=${round(ratio)}`
}

function percentile({ samples, share }: { samples: number[]; share: number }): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1)
}

function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1)
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}

function snapshotFile(directory: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'manifest.json'), 'utf8')) as {
    snapshot: string
  }
  return path.join(directory, manifest.snapshot)
}

/**
 * Heap and array buffers in use once garbage is collected: several collections with pauses
 * between them, since the memory of a freed ArrayBuffer (a file just read) returns only after
 * its finaliser has run.
 */
async function settledMemory(): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    ;(globalThis as { gc?: () => void }).gc?.()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
