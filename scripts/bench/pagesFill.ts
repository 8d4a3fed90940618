/**
 * The data half of `npm run bench:pages`, run by scripts/bench/pages.ts as a child process with
 * the bench server's environment, after `npm run seed -- --lists-only` made the database (the
 * committed migrations, the province's agencies and topics, the settings):
 *
 * 1. generates `--documents=` search documents' worth of articles and media
 *    (scripts/bench/searchCorpus.ts) over the seeded agencies and topics, and inserts them as
 *    rows (scripts/bench/corpusRows.ts);
 * 2. writes the embedded search index under DATA_DIR, as `npm run reindex` would, in place of
 *    the search jobs the seed queued;
 * 3. prints one line `PAGES {json}`: the paths of a public article, a public photo, a topic and
 *    an agency that the bench requests.
 */
import path from 'node:path'

import { loadPayloadApp } from '../lib/loadPayloadApp'
import { createBenchPublisher } from './benchAccounts'
import { insertCorpusRows } from './corpusRows'
import { generateCorpus, type CorpusItem } from './searchCorpus'

const documentsWanted = Number(
  process.argv.find((argument) => argument.startsWith('--documents='))?.split('=')[1] ?? 100_000,
)
const BATCH = 250

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../../src/env')
const { buildSearchDocuments } = await import('../../src/search/documents/buildSearchDocuments')
const { EmbeddedSearchIndex } = await import('../../src/search/embedded/EmbeddedSearchIndex')
const { readAllLabelNames } = await import('../../src/search/sync/syncItems')
const { SEARCH_QUEUE } = await import('../../src/search/sync/searchTasks')

const payload = await getPayload({ config, disableOnInit: true })
const say = (line: string) => process.stdout.write(`${line}\n`)

try {
  const listed = { limit: 500, depth: 0, pagination: false } as const
  const agencies = (await payload.find({ collection: 'agencies', ...listed })).docs
  const topics = (await payload.find({ collection: 'topics', ...listed })).docs
  const staff = await createBenchPublisher({ payload, agency: agencies[0]!.id })
  let startedAt = performance.now()
  const corpus = generateCorpus({
    documents: documentsWanted,
    agencyIds: agencies.map((agency) => agency.id),
    topicIds: topics.map((topic) => topic.id),
    staffIds: [staff.id],
  })
  await insertCorpusRows({ payload, items: corpus.items })
  say(`Database: ${corpus.items.length} items inserted in ${seconds(startedAt)} s`)

  // The index is written below from every row; the syncs the seed queued for its lists have
  // nothing left to do, and the page cache keeps no page while search jobs are queued.
  await payload.delete({
    collection: 'payload-jobs',
    where: { queue: { equals: SEARCH_QUEUE } },
    overrideAccess: true,
  })
  startedAt = performance.now()
  const labels = await readAllLabelNames({ payload })
  const index = new EmbeddedSearchIndex({
    directory: path.join(getEnv().dataDir, 'search'),
    logger: { info: () => undefined, error: payload.logger.error.bind(payload.logger) },
    maxLogBytes: Number.POSITIVE_INFINITY,
  })
  await index.open()
  for (let start = 0; start < corpus.items.length; start += BATCH) {
    const batch = corpus.items.slice(start, start + BATCH)
    await index.replaceItems({
      itemKeys: batch.map((item) => `${item.collection}-${item.data.id}`),
      documents: batch.flatMap((item: CorpusItem) =>
        buildSearchDocuments({ collection: item.collection, item: item.data, labels }),
      ),
    })
  }
  await index.settle()
  say(`Search index: ${corpus.documents} documents written in ${seconds(startedAt)} s`)

  // Items every anonymous reader may open in English: public, published, not embargoed.
  const publicItem = async (collection: 'articles' | 'media') => {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { accessTier: { equals: 'public' } },
          { _status: { equals: 'published' } },
          { publishedLocales: { contains: 'en' } },
          { embargoUntil: { exists: false } },
        ],
      },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`The corpus has no public ${collection} item in English`)
    return docs[0].id
  }
  const pages = {
    article: `/en/articles/${await publicItem('articles')}`,
    media: `/en/media/${await publicItem('media')}`,
    topic: `/en/topics/${topics[0]!.slug}`,
    agency: `/en/agencies/${agencies[0]!.code}`,
  }
  say(`PAGES ${JSON.stringify(pages)}`)
} finally {
  await payload.destroy()
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1)
}
