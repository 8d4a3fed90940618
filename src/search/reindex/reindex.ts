import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { buildSearchDocuments, type LabelNames } from '../documents/buildSearchDocuments'
import {
  SEARCHABLE_COLLECTIONS,
  type SearchableCollection,
  type SearchDocument,
  type SearchIndex,
} from '../SearchIndex'
import { readAllLabelNames } from '../sync/syncItems'

/** Where a rebuild stands, saved after every batch so that an interrupted run resumes. */
export type ReindexCheckpoint = {
  version: 1
  /** The index being rebuilt: a checkpoint of another engine or index is not resumed. */
  target: string
  startedAt: string
  collection: SearchableCollection
  afterId: number | string | null
  done: number
  documents: number
}

export type ReindexProgress = { done: number; total: number; documents: number }

export type ReindexSummary = {
  items: number
  documents: number
  removed: number
  /** Whether the run continued an interrupted one. */
  resumed: boolean
}

/** The rebuild was stopped on request; the checkpoint holds where to continue. */
export class ReindexInterruptedError extends Error {
  constructor() {
    super('Reindex interrupted; run it again to continue from the checkpoint')
    this.name = 'ReindexInterruptedError'
  }
}

/**
 * Rebuilds `index` from the database: every article and media item, in id order, a batch at a
 * time, each item's documents replaced whole. After each batch the position is saved to
 * `checkpointFile`; a run that finds a checkpoint of the same index continues from it. At the
 * end, documents of items no longer in the database are removed, the index is settled and the
 * checkpoint deleted. The index stays searchable throughout: nothing is cleared first.
 */
export async function reindex({
  payload,
  index,
  target,
  checkpointFile,
  batchSize = 250,
  onProgress,
  shouldStop = () => false,
}: {
  payload: Payload
  index: SearchIndex
  /** Names the index (engine and location), to match a checkpoint with it. */
  target: string
  checkpointFile: string
  batchSize?: number
  onProgress?: (progress: ReindexProgress) => void
  /** Asked between batches; `true` saves the checkpoint and throws {@link ReindexInterruptedError}. */
  shouldStop?: () => boolean
}): Promise<ReindexSummary> {
  await index.open()
  const saved = await readCheckpoint({ file: checkpointFile, target })
  const checkpoint: ReindexCheckpoint = saved ?? {
    version: 1,
    target,
    startedAt: new Date().toISOString(),
    collection: SEARCHABLE_COLLECTIONS[0],
    afterId: null,
    done: 0,
    documents: 0,
  }
  const total = await countItems({ payload })
  const labels = await readAllLabelNames({ payload })
  onProgress?.({ done: checkpoint.done, total, documents: checkpoint.documents })

  const start = SEARCHABLE_COLLECTIONS.indexOf(checkpoint.collection)
  for (const collection of SEARCHABLE_COLLECTIONS.slice(start)) {
    if (collection !== checkpoint.collection) {
      checkpoint.collection = collection
      checkpoint.afterId = null
    }
    for (;;) {
      if (shouldStop()) throw new ReindexInterruptedError()
      const { items, documents } = await readBatch({
        payload,
        collection,
        afterId: checkpoint.afterId,
        batchSize,
        labels,
      })
      if (items.length === 0) break
      await index.replaceItems({
        itemKeys: items.map((item) => `${collection}-${String(item.id)}`),
        documents,
      })
      checkpoint.afterId = items.at(-1)!.id
      checkpoint.done += items.length
      checkpoint.documents += documents.length
      await writeCheckpoint({ file: checkpointFile, checkpoint })
      onProgress?.({ done: checkpoint.done, total, documents: checkpoint.documents })
      if (items.length < batchSize) break
    }
  }

  const stored = await storedItemKeys({ payload })
  const orphans = new Set<string>()
  for await (const document of index.listDocuments()) {
    if (!stored.has(document.itemKey)) orphans.add(document.itemKey)
  }
  await index.deleteItems({ itemKeys: [...orphans] })
  await index.settle()
  await fs.rm(checkpointFile, { force: true })
  return {
    items: checkpoint.done,
    documents: checkpoint.documents,
    removed: orphans.size,
    resumed: saved !== null,
  }
}

/** How the index differs from what the database says it should hold. */
export type DriftReport = {
  /** Documents per collection: expected from the database, and found in the index. */
  counts: Record<SearchableCollection, { database: number; index: number }>
  /** Documents the index lacks. */
  missing: string[]
  /** Documents the index has but should not (deleted items, dropped locales). */
  extra: string[]
  /** Documents whose content differs from the database's (a sync that did not happen). */
  stale: string[]
  isInSync: boolean
}

/** Compares every document the database implies with what the index holds. */
export async function checkDrift({
  payload,
  index,
  batchSize = 500,
}: {
  payload: Payload
  index: SearchIndex
  batchSize?: number
}): Promise<DriftReport> {
  await index.open()
  const labels = await readAllLabelNames({ payload })
  const expected = new Map<string, string>()
  for (const collection of SEARCHABLE_COLLECTIONS) {
    let afterId: number | string | null = null
    for (;;) {
      const { items, documents } = await readBatch({
        payload,
        collection,
        afterId,
        batchSize,
        labels,
      })
      for (const document of documents) expected.set(document.id, document.fingerprint)
      if (items.length < batchSize) break
      afterId = items.at(-1)!.id
    }
  }
  const counts = Object.fromEntries(
    SEARCHABLE_COLLECTIONS.map((collection) => [collection, { database: 0, index: 0 }]),
  ) as DriftReport['counts']
  for (const id of expected.keys()) counts[collectionOf(id)].database += 1

  const seen = new Set<string>()
  const extra: string[] = []
  const stale: string[] = []
  for await (const document of index.listDocuments()) {
    seen.add(document.id)
    const collection = collectionOf(document.id)
    if (counts[collection]) counts[collection].index += 1
    const fingerprint = expected.get(document.id)
    if (fingerprint === undefined) extra.push(document.id)
    else if (fingerprint !== document.fingerprint) stale.push(document.id)
  }
  const missing = [...expected.keys()].filter((id) => !seen.has(id))
  return {
    counts,
    missing,
    extra,
    stale,
    isInSync: missing.length === 0 && extra.length === 0 && stale.length === 0,
  }
}

/** Where `npm run reindex` keeps its checkpoint. */
export function reindexCheckpointFile({ dataDir }: { dataDir: string }): string {
  return path.join(dataDir, 'search-reindex.checkpoint.json')
}

async function readBatch({
  payload,
  collection,
  afterId,
  batchSize,
  labels,
}: {
  payload: Payload
  collection: SearchableCollection
  afterId: number | string | null
  batchSize: number
  labels: LabelNames
}): Promise<{ items: Array<{ id: number | string }>; documents: SearchDocument[] }> {
  const where: Where = afterId === null ? {} : { id: { greater_than: afterId } }
  const { docs } = await payload.find({
    collection,
    where,
    sort: 'id',
    locale: 'all',
    draft: false,
    depth: 0,
    limit: batchSize,
    pagination: false,
    overrideAccess: true,
  })
  const items = docs as unknown as Array<Record<string, unknown> & { id: number | string }>
  return {
    items,
    documents: items.flatMap((item) => buildSearchDocuments({ collection, item, labels })),
  }
}

async function countItems({ payload }: { payload: Payload }): Promise<number> {
  let total = 0
  for (const collection of SEARCHABLE_COLLECTIONS) {
    total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return total
}

async function storedItemKeys({ payload }: { payload: Payload }): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) keys.add(`${collection}-${String(doc.id)}`)
  }
  return keys
}

function collectionOf(documentId: string): SearchableCollection {
  return SEARCHABLE_COLLECTIONS.find((collection) => documentId.startsWith(`${collection}-`))!
}

async function readCheckpoint({
  file,
  target,
}: {
  file: string
  target: string
}): Promise<ReindexCheckpoint | null> {
  try {
    const checkpoint = JSON.parse(await fs.readFile(file, 'utf8')) as ReindexCheckpoint
    return checkpoint.version === 1 && checkpoint.target === target ? checkpoint : null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function writeCheckpoint({
  file,
  checkpoint,
}: {
  file: string
  checkpoint: ReindexCheckpoint
}): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  await fs.writeFile(temporary, JSON.stringify(checkpoint))
  await fs.rename(temporary, file)
}
