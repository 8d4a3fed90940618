/**
 * `npx tsx scripts/bench/libraryReads.ts [--rounds=30 --lang=en --data=<dir> --profile=<dir>]`:
 * what the reads behind one uncached render of each library page cost, at demo scale, for an
 * anonymous reader.
 *
 * 1. Boots the app on a scratch SQLite file and data folder (never the configured database),
 *    seeds the demo library (`seed({ demo: true })`: 31 articles, 40 photos) and indexes it.
 *    With `--data=<dir>` the folder is kept, and a later run on it skips the seed.
 * 2. Runs, for each page type, the reads its render makes (the layout's and the page's, as
 *    src/app/(library)/[lang]/… call the functions of src/library/content.ts; what React's
 *    `cache` shares within one render is read once here too), `--rounds` times after a warm-up.
 * 3. Counts the SQL statements each render sends, by wrapping the libsql client's `execute` and
 *    `batch`.
 *
 * Prints one `RESULT libraryReads <page>_ms=<median> queries=<n>` line per page type: the
 * median time of the page's reads and the number of SQL statements of one render. With
 * `--profile=<dir>`, writes a CPU profile of each page's rounds there (`<page>.cpuprofile`).
 */
import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'

import { scratchAppEnv } from '../../tests/helpers/scratchEnv'
import { loadPayloadApp } from '../lib/loadPayloadApp'

const argument = (name: string, fallback: string) =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const rounds = Number(argument('rounds', '30'))
const lang = argument('lang', 'en') as 'en'
const SEARCH_QUERY = 'dong nai'

const profileDir = argument('profile', '')
const keptDir = argument('data', '')
const scratch = keptDir || fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-bench-library-'))
const isSeeded = fs.existsSync(path.join(scratch, 'ttdn.db'))
fs.mkdirSync(scratch, { recursive: true })
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir: scratch }),
  JOBS_AUTORUN: 'false',
})

const { config, getPayload } = await loadPayloadApp()
const { createLocalReq } = await import('payload')
const { seed } = await import('../../src/seed')
const { getEnv } = await import('../../src/env')
const { getSearchIndex } = await import('../../src/search/getSearchIndex')
const { reindex } = await import('../../src/search/reindex/reindex')
const { librarySearchParams } = await import('../../src/search/searchLibrary')
const { consumeRequestLimit } = await import('../../src/rateLimits/requestLimit')
const content = await import('../../src/library/content')
const { readerFor } = await import('../../src/library/reader')

const say = (line: string) => process.stdout.write(`${line}\n`)
const payload = await getPayload({ config, disableOnInit: true })

try {
  const startedAt = performance.now()
  if (!isSeeded) {
    await seed({ payload, req: await createLocalReq({}, payload), demo: true })
    await reindex({
      payload,
      index: getSearchIndex({ env: getEnv(), logger: payload.logger }),
      target: 'bench',
      checkpointFile: path.join(scratch, 'reindex.json'),
    })
  }
  const counts = await Promise.all(
    (['articles', 'media'] as const).map(
      async (collection) => (await payload.count({ collection })).totalDocs,
    ),
  )
  say(
    `Demo library: ${counts[0]} articles, ${counts[1]} media, ` +
      (isSeeded
        ? `reused from ${scratch}`
        : `seeded and indexed in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`),
  )

  const article = await sampleArticle()
  const media = await payload.find({
    collection: 'media',
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const topic = (await payload.find({ collection: 'topics', limit: 1, sort: 'id', depth: 0 }))
    .docs[0]!
  const statements = countStatements()

  /** The reads of the layout around every page: who reads, and the settings. */
  const layout = async () => {
    const reader = await readerFor({ payload, headers: new Headers() })
    await content.getSiteInfo({ reader, lang })
    return reader
  }
  const pages: Record<string, () => Promise<unknown>> = {
    home: async () => {
      const reader = await layout()
      const [, , topics] = await Promise.all([
        content.featuredCards({ reader, lang, limit: 4 }),
        content.latestCards({ reader, lang, limit: 8 }),
        content.listTopics({ reader, lang }),
      ])
      await Promise.all(
        topics
          .filter((each) => each.isTopLevel)
          .slice(0, 4)
          .map((each) => content.latestCards({ reader, lang, limit: 4, topic: [each.id] })),
      )
    },
    search: async () => {
      const reader = await layout()
      await consumeRequestLimit({ payload, user: null, headers: new Headers(), rule: 'search' })
      await content.searchCards({
        reader,
        lang,
        params: librarySearchParams({ locale: lang, query: SEARCH_QUERY }),
      })
      await Promise.all([
        content.listTopics({ reader, lang }),
        content.listAgencies({ reader, lang }),
      ])
    },
    article: async () => {
      const reader = await layout()
      const doc = await content.readItem({
        reader,
        collection: 'articles',
        id: String(article.id),
        lang,
      })
      if (!doc) throw new Error(`Article ${article.id} is not readable`)
    },
    media: async () => {
      const reader = await layout()
      await content.readItem({ reader, collection: 'media', id: String(media.docs[0]!.id), lang })
    },
    topic: async () => {
      const reader = await layout()
      const doc = await content.readByKey({
        reader,
        collection: 'topics',
        key: String(topic.slug),
        lang,
      })
      await content.latestCards({ reader, lang, limit: 24, topic: [String(doc?.id)] })
    },
  }

  say(
    `Reads of one render per page, anonymous reader, /${lang}; article ${article.id} (${article.media} media, ${article.related} related), ${rounds} rounds after a warm-up`,
  )
  for (const [name, render] of Object.entries(pages)) {
    for (let warm = 0; warm < 3; warm += 1) await render()
    statements.reset()
    await render()
    const queries = statements.reset()
    const times: number[] = []
    const profiler = profileDir ? await startProfiler() : null
    for (let round = 0; round < rounds; round += 1) {
      const start = performance.now()
      await render()
      times.push(performance.now() - start)
    }
    await profiler?.stop(path.join(profileDir, `${name}.cpuprofile`))
    say(`RESULT libraryReads ${name}_ms=${median(times).toFixed(2)} queries=${queries}`)
  }
  await stop(0)
} catch (error) {
  payload.logger.error({ msg: 'Library reads bench failed', err: error })
  await stop(1)
}

async function stop(code: number): Promise<never> {
  await payload.destroy()
  if (!keptDir) fs.rmSync(scratch, { recursive: true, force: true })
  process.exit(code)
}

/** Starts V8's CPU profiler; `stop` writes the profile to `file`. */
async function startProfiler(): Promise<{ stop: (file: string) => Promise<void> }> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return {
    stop: async (file) => {
      const { profile } = await session.post('Profiler.stop')
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
    },
  }
}

/** The article an anonymous reader may read with the most media and related articles. */
async function sampleArticle(): Promise<{ id: number; media: number; related: number }> {
  const { docs } = await payload.find({
    collection: 'articles',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { media: true, relatedArticles: true },
    overrideAccess: false,
  })
  const sized = docs.map((doc) => ({
    id: doc.id,
    media: doc.media?.length ?? 0,
    related: doc.relatedArticles?.length ?? 0,
  }))
  return sized.sort((a, b) => b.media + b.related - (a.media + a.related))[0]!
}

/** Counts the SQL statements sent through the libsql client; `reset` answers the count so far. */
function countStatements(): { reset: () => number } {
  const client = (payload.db as unknown as { client: Record<string, unknown> }).client
  let count = 0
  for (const method of ['execute', 'batch'] as const) {
    const original = client[method] as (...args: unknown[]) => Promise<unknown>
    client[method] = (...args: unknown[]) => {
      count += method === 'batch' && Array.isArray(args[0]) ? args[0].length : 1
      return original.apply(client, args)
    }
  }
  return {
    reset: () => {
      const seen = count
      count = 0
      return seen
    },
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
