/**
 * The server half of `npm run bench:feeds`. scripts/bench/feeds.ts starts it as a child process,
 * so that the server and the load generator each have a core of their own. It
 *
 * 1. boots the app on a scratch SQLite file and data folder (never the configured database);
 * 2. seeds 10,000 items (`--items=`): all but 50 as bulk rows (scripts/bench/corpusRows.ts)
 *    with their change log built by the production ninjs mapping, and 50 through the Local API
 *    with every hook, to show what the bulk path saves;
 * 3. mounts the feed and sync endpoints a second time without their response cache under
 *    `/api/bench-uncached/…` — the baseline, reachable only in this process;
 * 4. serves Payload's REST route handler over node:http on 127.0.0.1, tells the parent its port,
 *    and stops (server, Payload, scratch folder) when the parent says so or goes away.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Locale } from '../../src/i18n/locales'
import { scratchAppEnv } from '../../tests/helpers/scratchEnv'
import { loadPayloadApp } from '../lib/loadPayloadApp'
import { createBenchPublisher } from './benchAccounts'
import { insertCorpusRows, insertTableRows } from './corpusRows'
import { generateCorpus, type CorpusItem } from './searchCorpus'

/** What the server tells the bench once it listens. */
export type FeedsServerReady = {
  type: 'ready'
  port: number
  /** Where the uncached baseline endpoints are mounted, under `/api`. */
  baselinePrefix: string
  /** A cursor in the middle of the change log, for a full sync page. */
  ninjsSince: string
}

const itemsWanted = Number(
  process.argv.find((argument) => argument.startsWith('--items='))?.split('=')[1] ?? 10_000,
)
const LOCAL_API_SAMPLE = 50
const BASELINE_PREFIX = '/bench-uncached'

const AGENCIES = [
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Ngoại vụ',
  'Ban quản lý các khu công nghiệp',
  'Báo và Phát thanh, Truyền hình Đồng Nai',
  'Phường Trấn Biên',
  'Xã Nam Cát Tiên',
]
const TOPICS = ['Đầu tư', 'Khu công nghiệp', 'Du lịch', 'Di sản văn hóa', 'Nông nghiệp', 'Lễ hội']

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-bench-feeds-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir: scratch }),
  JOBS_AUTORUN: 'false',
})

const { config, getPayload } = await loadPayloadApp()
const { REST_GET } = await import('@payloadcms/next/routes')
const { getEnv } = await import('../../src/env')
const { matchesWhere } = await import('../../src/access/matchesWhere')
const { contentVisibility } = await import('../../src/access/visibility')
const { articleToNinjs, mediaToNinjs } = await import('../../src/syndication/ninjs')
const { createFeedEndpoint } = await import('../../src/syndication/feedEndpoint')
const { createNinjsSyncEndpoint } = await import('../../src/syndication/syncEndpoint')
const { syncCursor } = await import('../../src/syndication/syncParams')

// The baseline: the same handlers with no response cache. The sync path goes first, as in
// payload.config.ts, or `:format` would take it.
config.endpoints.push(
  createNinjsSyncEndpoint({ cache: null, path: `${BASELINE_PREFIX}/syndication/ninjs` }),
  createFeedEndpoint({ cache: null, path: `${BASELINE_PREFIX}/syndication/:format` }),
)
const payload = await getPayload({ config, disableOnInit: true })
const say = (line: string) => process.stdout.write(`${line}\n`)

let isStopping = false
const stop = async (code: number) => {
  if (isStopping) return
  isStopping = true
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await payload.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
  process.exit(code)
}

const handleGet = REST_GET(config)
const server = createServer((request, response) => {
  void (async () => {
    try {
      const answer = await handleGet(toRequest(request), {
        params: Promise.resolve({
          slug: new URL(request.url ?? '/', 'http://127.0.0.1').pathname
            .replace(/^\/api\//, '')
            .split('/')
            .map(decodeURIComponent),
        }),
      })
      response.writeHead(answer.status, Object.fromEntries(answer.headers))
      response.end(Buffer.from(await answer.arrayBuffer()))
    } catch (error) {
      payload.logger.error({ msg: 'Feeds bench server: request failed', err: error })
      response.writeHead(500).end()
    }
  })()
})

try {
  const seeded = await seed()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const ready: FeedsServerReady = {
    type: 'ready',
    port: (server.address() as AddressInfo).port,
    baselinePrefix: BASELINE_PREFIX,
    ninjsSince: syncCursor(seeded.middleEventId),
  }
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stop') void stop(0)
  })
  // The parent went away without a word, or Ctrl-C reached us too: clean up all the same.
  process.on('disconnect', () => void stop(0))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(1))
  process.send?.(ready)
} catch (error) {
  payload.logger.error({ msg: 'Feeds bench server failed', err: error })
  await stop(1)
}

/** Seeds the scratch database; returns the id of an event in the middle of the change log. */
async function seed(): Promise<{ middleEventId: number }> {
  const agencies: Array<{ id: number; name: string; code: string }> = []
  for (const [index, name] of AGENCIES.entries()) {
    const agency = await payload.create({
      collection: 'agencies',
      data: { name, code: `agency-${index}`, kind: 'provincial-department' },
      context: { skipSearchSync: true },
    })
    agencies.push({ id: agency.id, name, code: agency.code })
  }
  const topics: Array<{ id: number; name: string; slug: string }> = []
  for (const [index, name] of TOPICS.entries()) {
    const topic = await payload.create({
      collection: 'topics',
      data: { name, slug: `topic-${index}` },
      context: { skipSearchSync: true },
    })
    topics.push({ id: topic.id, name, slug: topic.slug })
  }
  const staff = await createBenchPublisher({ payload, agency: agencies[0]!.id })

  const bulkCount = Math.max(0, itemsWanted - LOCAL_API_SAMPLE)
  const corpus = generateCorpus({
    // Each item makes one search document per language: four per item is always enough.
    documents: itemsWanted * 4,
    agencyIds: agencies.map((agency) => agency.id),
    topicIds: topics.map((topic) => topic.id),
    staffIds: [staff.id],
  })
  const bulk = corpus.items.slice(0, bulkCount)
  let startedAt = performance.now()
  await insertCorpusRows({ payload, items: bulk })
  const events = changeLogRows({ items: bulk, agencies, topics })
  await insertTableRows({ payload, table: 'sync_events', rows: events })
  const bulkSeconds = (performance.now() - startedAt) / 1000
  const articles = bulk.filter((item) => item.collection === 'articles').length
  say(
    `Seed: ${bulk.length} items (${articles} articles, ${bulk.length - articles} media) and ` +
      `${events.length} change-log entries as bulk rows in ${bulkSeconds.toFixed(1)} s ` +
      `(${((bulkSeconds * 1000) / Math.max(1, bulk.length)).toFixed(2)} ms per item)`,
  )

  // The rest through the Local API, every hook on (workflow, audit, change log, search sync).
  const sample = corpus.items
    .slice(bulkCount)
    .filter((item) => item.collection === 'articles')
    .slice(0, itemsWanted - bulkCount)
  startedAt = performance.now()
  for (const { data } of sample) {
    const vi = (field: string) => (data[field] as Record<string, unknown>).vi as never
    await payload.create({
      collection: 'articles',
      data: {
        title: vi('title'),
        summary: vi('summary'),
        body: vi('body'),
        infoType: data.infoType as 'official',
        topics: data.topics as number[],
        agency: data.agency as number,
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
      },
    })
  }
  const localApiSeconds = (performance.now() - startedAt) / 1000
  const perItem = (localApiSeconds * 1000) / Math.max(1, sample.length)
  say(
    `Seed: ${sample.length} more articles through the Local API with every hook in ` +
      `${localApiSeconds.toFixed(1)} s (${perItem.toFixed(0)} ms per item; ` +
      `${((perItem * itemsWanted) / 1000 / 60).toFixed(1)} min for ${itemsWanted} that way)`,
  )
  const head = await payload.find({
    collection: 'sync-events',
    sort: '-id',
    limit: 1,
    depth: 0,
    select: {},
  })
  const headId = head.docs[0]?.id ?? 0
  return { middleEventId: Math.floor(headId / 2) }
}

/**
 * One change-log entry per publicly visible item and published language, built by the
 * production ninjs mapping and ordered by time, as the change log would hold after publishing
 * them one by one.
 */
function changeLogRows({
  items,
  agencies,
  topics,
}: {
  items: CorpusItem[]
  agencies: Array<{ id: number; name: string; code: string }>
  topics: Array<{ id: number; name: string; slug: string }>
}): Array<Record<string, unknown>> {
  const { publicUrl } = getEnv()
  const host = new URL(publicUrl).host
  const rule = contentVisibility({ requester: { kind: 'anonymous' }, now: new Date() })
  const rows: Array<Record<string, unknown>> = []
  const ordered = [...items].sort((a, b) =>
    String(a.data.updatedAt).localeCompare(String(b.data.updatedAt)),
  )
  for (const { collection, data } of ordered) {
    const isPublic = rule === true || (rule !== false && matchesWhere({ doc: data, where: rule }))
    if (!isPublic) continue
    const published = data.publishedLocales as Locale[]
    const agency = agencies.find((candidate) => candidate.id === data.agency) ?? null
    const itemTopics = ((data.topics as number[] | undefined) ?? []).flatMap((id) =>
      topics.filter((topic) => topic.id === id),
    )
    for (const locale of published) {
      const context = {
        host,
        publicUrl,
        locale,
        version: '1',
        siblingLocales: published.filter((other) => other !== locale),
        agency,
        topics: itemTopics,
      }
      const localized = (field: string) =>
        ((data[field] as Record<string, unknown> | undefined) ?? {})[locale] as never
      const ninjs =
        collection === 'articles'
          ? articleToNinjs({
              article: {
                ...data,
                title: localized('title'),
                summary: localized('summary'),
                body: localized('body'),
              } as never,
              media: [],
              context,
            })
          : mediaToNinjs({
              media: {
                ...data,
                alt: localized('alt'),
                caption: localized('caption'),
              } as never,
              context,
            })
      const { version: _version, versionCreated: _versionCreated, ...content } = ninjs
      rows.push({
        kind: 'upsert',
        itemCollection: collection,
        itemId: String(data.id),
        locale,
        uri: ninjs.uri,
        version: 1,
        hash: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
        topics: collection === 'articles' ? itemTopics.map((topic) => topic.slug) : [],
        infoType: collection === 'articles' ? data.infoType : null,
        ninjs,
        createdAt: data.updatedAt,
        updatedAt: data.updatedAt,
      })
    }
  }
  return rows
}

function toRequest(request: IncomingMessage): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, item)
  }
  return new Request(new URL(request.url ?? '/', 'http://127.0.0.1:3000'), {
    method: request.method,
    headers,
  })
}
