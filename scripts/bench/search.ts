/**
 * `npm run bench:search [-- --documents=100000]`: the library search against Payload's own
 * `find` with `like`, on the same data, in the same run.
 *
 * 1. Boots the app on a scratch SQLite file and data folder (never the configured database).
 * 2. Generates a realistic multilingual corpus (scripts/bench/searchCorpus.ts) and bulk-inserts
 *    it (rows, not hooks) — the baseline's cost of holding the data.
 * 3. Builds the embedded index from the same items through the production code (search
 *    documents, log, snapshot), then loads it afresh as a restarted server would.
 * 4. Runs a fixed query mix (Vietnamese with and without diacritics, English, Chinese,
 *    Japanese, typos, facet filters) as anonymous, journalist and staff requesters, through
 *    `searchLibrary` (visibility filter, facets, highlights, locale fallback) and through
 *    `payload.find` on articles and media with `like` on their titles and summaries/captions
 *    (access control, localized fields), and reports latency percentiles of both.
 *
 * Ends with `RESULT search <metric>=<value> baseline=<value> ratio=<x>` lines; every ratio is
 * how many times better ours is (baseline ÷ ours for times and sizes). With MEILI_URL set, it
 * also indexes the corpus into a scratch Meilisearch index and reports its latency.
 */
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
import { generateCorpus, QUERY_MIX, type CorpusItem } from './searchCorpus'

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
  say(
    `Corpus: ${corpus.items.length} items (${corpus.items.filter((item) => item.collection === 'articles').length} articles), ` +
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
  collectGarbage()
  const before = memoryInUse()
  startedAt = performance.now()
  const index = new EmbeddedSearchIndex({ directory, logger: quietLogger })
  await index.open()
  say(
    `Embedded index: loaded from its snapshot (${megabytes(fileSize(snapshotFile(directory)))} MB) in ${seconds(startedAt)} s`,
  )
  collectGarbage()
  const indexBytes = memoryInUse() - before

  const now = new Date()
  const runs = QUERY_MIX.map((query, position) => {
    const user = users[position % users.length]!
    const searchParams = new URLSearchParams({ q: query.q, locale: query.locale, ...query.filters })
    const parsed = parseSearchParams({ searchParams, defaultLocale: query.locale })
    if ('error' in parsed) throw new Error(`Bad bench query ${searchParams.toString()}`)
    return { query, user, params: parsed.params, requester: requesterOf({ user, now }) }
  })

  const ours: number[] = []
  const oursMeilisearch: number[] = []
  let hitsSeen = 0
  for (let pass = 0; pass <= OUR_PASSES; pass += 1) {
    for (const run of runs) {
      const time = performance.now()
      const result = await searchLibrary({
        index,
        requester: run.requester,
        now,
        params: run.params,
      })
      if (pass > 0) ours.push(performance.now() - time)
      else hitsSeen += result.total
    }
  }
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

  const baseline: number[] = []
  let baselineHits = 0
  for (let pass = 0; pass < BASELINE_PASSES; pass += 1) {
    for (const run of runs) {
      const time = performance.now()
      const found = await baselineSearch({ payload, run })
      baseline.push(performance.now() - time)
      if (pass === 0) baselineHits += found
    }
  }
  say(
    `Queries: ${runs.length} in the mix; ours ${ours.length} timed runs (${hitsSeen} hits in the first pass), ` +
      `baseline ${baseline.length} timed runs (${baselineHits} hits in the first pass)`,
  )

  const p50 = percentile({ samples: ours, share: 0.5 })
  const p95 = percentile({ samples: ours, share: 0.95 })
  const baseP50 = percentile({ samples: baseline, share: 0.5 })
  const baseP95 = percentile({ samples: baseline, share: 0.95 })
  say(result({ metric: 'p50_ms', value: p50, baseline: baseP50 }))
  say(result({ metric: 'p95_ms', value: p95, baseline: baseP95 }))
  say(result({ metric: 'index_build_ms', value: buildMs, baseline: databaseLoadMs }))
  say(
    result({
      metric: 'index_memory_mb',
      value: indexBytes / 2 ** 20,
      baseline: databaseBytes / 2 ** 20,
    }),
  )
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

function result({ metric, value, baseline }: { metric: string; value: number; baseline: number }) {
  const ratio = value > 0 ? baseline / value : Number.POSITIVE_INFINITY
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

function collectGarbage() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function memoryInUse(): number {
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
