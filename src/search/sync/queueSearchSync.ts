import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import {
  SEARCH_QUEUE,
  SYNC_ITEM_TASK,
  SYNC_REFERENCES_TASK,
  SYNC_SYNONYMS_TASK,
} from './searchTasks'

/**
 * `afterChange` for articles and media: queues a sync of the item. Runs on every save —
 * publication, update, withdrawal, tier change and the sweep's `embargoLiftedAt` alike —
 * because the task rebuilds the item from the database whatever changed. The job is created
 * in the save's transaction, so a save that rolls back queues nothing; the engine is never
 * called here, so a search outage never blocks saving.
 */
export function queueItemSync({ collection }: { collection: string }): CollectionAfterChangeHook {
  return queueAfterChange({ collection, task: SYNC_ITEM_TASK, operations: ['create', 'update'] })
}

/** `afterDelete` for articles and media: queues the removal of the item's documents. */
export function queueItemRemoval({
  collection,
}: {
  collection: string
}): CollectionAfterDeleteHook {
  return async ({ id, req, context }) => {
    if (context.skipSearchSync !== true) await queue({ req, task: SYNC_ITEM_TASK, collection, id })
  }
}

/** `afterChange` for topics and agencies: their names are part of the documents that cite them. */
export function queueReferenceSync({
  collection,
}: {
  collection: string
}): CollectionAfterChangeHook {
  // A new topic or agency is cited by nothing yet.
  return queueAfterChange({ collection, task: SYNC_REFERENCES_TASK, operations: ['update'] })
}

/**
 * `afterChange` and `afterDelete` for the gazetteer: queues the push of every place's names to
 * the engine as synonyms, so a changed name takes effect without a reindex.
 */
export function queueSynonymSync({ collection }: { collection: string }): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: queueAfterChange({
      collection,
      task: SYNC_SYNONYMS_TASK,
      operations: ['create', 'update'],
    }),
    afterDelete: async ({ id, req, context }) => {
      if (context.skipSearchSync !== true)
        await queue({ req, task: SYNC_SYNONYMS_TASK, collection, id })
    },
  }
}

/** Queues `task` for the saved document after the `operations` given, unless told to skip. */
function queueAfterChange({
  collection,
  task,
  operations,
}: {
  collection: string
  task: SyncTask
  operations: Array<'create' | 'update'>
}): CollectionAfterChangeHook {
  return async ({ doc, operation, req, context }) => {
    if (operations.includes(operation) && context.skipSearchSync !== true) {
      await queue({ req, task, collection, id: (doc as { id: number | string }).id })
    }
    return doc as unknown
  }
}

type SyncTask = typeof SYNC_ITEM_TASK | typeof SYNC_REFERENCES_TASK | typeof SYNC_SYNONYMS_TASK

async function queue({
  req,
  task,
  collection,
  id,
}: {
  req: PayloadRequest
  task: SyncTask
  collection: string
  id: number | string
}): Promise<void> {
  try {
    await req.payload.jobs.queue({
      task,
      queue: SEARCH_QUEUE,
      input: { collection, id: String(id) },
      req,
    })
  } catch (error) {
    // `npm run reindex -- --check` finds what a lost job left behind.
    req.payload.logger.error({
      msg: `Search: could not queue the sync of ${collection} ${String(id)}`,
      err: error,
    })
  }
}
