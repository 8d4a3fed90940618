import type { Field, Payload, TaskConfig } from 'payload'

import { getEnv } from '../../env'
import { getSearchIndex } from '../getSearchIndex'
import { SEARCHABLE_COLLECTIONS, type SearchableCollection } from '../SearchIndex'
import { storedId, syncItems } from './syncItems'
import { pushSynonyms } from './syncSynonyms'

/** The jobs queue that carries search index updates. */
export const SEARCH_QUEUE = 'search'

export const SYNC_ITEM_TASK = 'search-sync-item'
export const SYNC_REFERENCES_TASK = 'search-sync-references'
export const SYNC_SYNONYMS_TASK = 'search-sync-synonyms'

/** Collections whose names are copied into search documents. */
export const LABEL_COLLECTIONS = ['topics', 'agencies'] as const
export type LabelCollection = (typeof LABEL_COLLECTIONS)[number]

/** An outage of a few minutes is ridden out: retries after 2, 4, 8, 16, 32, 64 s, 2 and 4 min. */
export const SEARCH_SYNC_RETRIES = {
  attempts: 8,
  backoff: { type: 'exponential' as const, delay: 2000 },
}

/** What both sync tasks are queued with: the saved document (src/search/sync/queueSearchSync.ts). */
type SyncInput = { collection: string; id: string }

const SYNC_INPUT_SCHEMA: Field[] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
]

/**
 * At most one waiting sync per document: a save queues a sync that replaces one still waiting
 * for the same document (Payload's `supersedes`, which leaves a running one alone), and two
 * syncs of the same document never run at once (`exclusive`). Correct because the task reads the
 * document as it is when it runs, not as it was queued: the newest job does all the waiting ones
 * would have done. The demo seed saves each item several times (creation, translations, steps):
 * without this it left 428 jobs for 102 documents, now one each.
 */
function oneWaitingSyncPer({ task }: { task: string }): TaskConfig<{
  input: SyncInput
  output: object
}>['concurrency'] {
  return {
    key: ({ input }) => `${task}:${input.collection}:${input.id}`,
    exclusive: true,
    supersedes: true,
  }
}

/** Rebuilds one item's search documents (or removes them, when the item is gone). */
export const syncItemTask: TaskConfig<{
  input: SyncInput
  output: { documents: number }
}> = {
  slug: SYNC_ITEM_TASK,
  label: 'Update the search index for one item',
  inputSchema: SYNC_INPUT_SCHEMA,
  outputSchema: [{ name: 'documents', type: 'number', required: true }],
  retries: SEARCH_SYNC_RETRIES,
  concurrency: oneWaitingSyncPer({ task: SYNC_ITEM_TASK }),
  handler: async ({ input, req }) => {
    const collection = searchableCollection(input.collection)
    const { documents } = await syncItems({
      payload: req.payload,
      index: getSearchIndex({ env: getEnv(), logger: req.payload.logger }),
      collection,
      ids: [input.id],
    })
    return { output: { documents } }
  },
}

/** Rebuilds the documents of every item that names a renamed topic or agency. */
export const syncReferencesTask: TaskConfig<{
  input: SyncInput
  output: { items: number }
}> = {
  slug: SYNC_REFERENCES_TASK,
  label: 'Update the search index after a topic or agency changed',
  inputSchema: SYNC_INPUT_SCHEMA,
  outputSchema: [{ name: 'items', type: 'number', required: true }],
  retries: SEARCH_SYNC_RETRIES,
  concurrency: oneWaitingSyncPer({ task: SYNC_REFERENCES_TASK }),
  handler: async ({ input, req }) => {
    const { payload } = req
    const index = getSearchIndex({ env: getEnv(), logger: payload.logger })
    const id = storedId({ payload, id: input.id })
    const field = input.collection === 'topics' ? 'topics' : 'agency'
    let items = 0
    for (const collection of SEARCHABLE_COLLECTIONS) {
      if (field === 'topics' && collection === 'media') continue
      const ids = await referencingIds({ payload, collection, field, id })
      for (let start = 0; start < ids.length; start += BATCH) {
        await syncItems({ payload, index, collection, ids: ids.slice(start, start + BATCH) })
      }
      items += ids.length
    }
    return { output: { items } }
  },
}

/**
 * Sends the whole gazetteer to the engine as synonyms after a place changed. One waiting job
 * at most, whichever place changed: it reads every place when it runs.
 */
export const syncSynonymsTask: TaskConfig<{
  input: SyncInput
  output: { groups: number }
}> = {
  slug: SYNC_SYNONYMS_TASK,
  label: 'Update the search synonyms after a place name changed',
  inputSchema: SYNC_INPUT_SCHEMA,
  outputSchema: [{ name: 'groups', type: 'number', required: true }],
  retries: SEARCH_SYNC_RETRIES,
  concurrency: { key: () => SYNC_SYNONYMS_TASK, exclusive: true, supersedes: true },
  handler: async ({ req }) => {
    const { payload } = req
    const index = getSearchIndex({ env: getEnv(), logger: payload.logger })
    return { output: await pushSynonyms({ payload, index }) }
  },
}

/** The search tasks, for `jobs.tasks` (src/jobs/index.ts). */
export const searchTasks = [syncItemTask, syncReferencesTask, syncSynonymsTask]

function searchableCollection(value: string): SearchableCollection {
  if ((SEARCHABLE_COLLECTIONS as readonly string[]).includes(value)) {
    return value as SearchableCollection
  }
  throw new Error(`"${value}" is not a searchable collection`)
}

async function referencingIds({
  payload,
  collection,
  field,
  id,
}: {
  payload: Payload
  collection: SearchableCollection
  field: 'topics' | 'agency'
  id: number | string
}): Promise<Array<number | string>> {
  const { docs } = await payload.find({
    collection,
    where: field === 'topics' ? { topics: { in: [id] } } : { agency: { equals: id } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
}

const BATCH = 100
