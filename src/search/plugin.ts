import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import { getEnv } from '../env'
import { getSearchIndex } from './getSearchIndex'
import { SEARCHABLE_COLLECTIONS } from './SearchIndex'
import {
  queueItemRemoval,
  queueItemSync,
  queueReferenceSync,
  queueSynonymSync,
} from './sync/queueSearchSync'
import { LABEL_COLLECTIONS } from './sync/searchTasks'
import { pushSynonyms, SYNONYM_COLLECTIONS } from './sync/syncSynonyms'

export type SearchPluginOptions = {
  /**
   * Collections whose items are indexed: their saves and deletions queue a sync job.
   * @default ['articles', 'media']
   */
  collections?: string[]
  /**
   * Collections whose names are copied into the documents of the items that cite them: a
   * rename queues a sync of those items.
   * @default ['topics', 'agencies']
   */
  labelCollections?: string[]
  /**
   * Collections whose entries are synonym groups (the gazetteer): a change queues the push of
   * every group to the engine.
   * @default ['places']
   */
  synonymCollections?: string[]
  /**
   * Open (for the embedded engine: load from disk) the index when Payload starts, rather than
   * on the first search.
   * @default true
   */
  openOnInit?: boolean
  /**
   * Leaves the config untouched: nothing is queued, nothing opened.
   * @default false
   */
  disabled?: boolean
}

/**
 * Keeps the library's search index in step with the content. Appends hooks that queue sync
 * jobs (tasks and queue in src/jobs, see sync/searchTasks.ts) to the indexed collections and
 * opens the index at start. Never calls the engine while content is saved.
 */
export function searchPlugin(options: SearchPluginOptions = {}): Plugin {
  const settings = {
    collections: options.collections ?? [...SEARCHABLE_COLLECTIONS],
    labelCollections: options.labelCollections ?? [...LABEL_COLLECTIONS],
    synonymCollections: options.synonymCollections ?? [...SYNONYM_COLLECTIONS],
    openOnInit: options.openOnInit ?? true,
    disabled: options.disabled ?? false,
  }
  return (config: Config): Config => {
    if (settings.disabled) return config
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (settings.collections.includes(collection.slug)) {
          return withHooks({
            collection,
            afterChange: queueItemSync({ collection: collection.slug }),
            afterDelete: queueItemRemoval({ collection: collection.slug }),
          })
        }
        if (settings.labelCollections.includes(collection.slug)) {
          return withHooks({
            collection,
            afterChange: queueReferenceSync({ collection: collection.slug }),
          })
        }
        if (settings.synonymCollections.includes(collection.slug)) {
          return withHooks({ collection, ...queueSynonymSync({ collection: collection.slug }) })
        }
        return collection
      }),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (settings.openOnInit) await openSearchIndex({ payload })
      },
    }
  }
}

/**
 * Opens the index and sends it the gazetteer's synonyms (a Meilisearch index made since, or an
 * embedded one restored from a backup, has none or old ones; unchanged ones cost the embedded
 * engine nothing). A failure is logged, not thrown: the site runs while search is down.
 */
export async function openSearchIndex({ payload }: { payload: Payload }): Promise<void> {
  try {
    const index = getSearchIndex({ env: getEnv(), logger: payload.logger })
    await index.open()
    await pushSynonyms({ payload, index })
  } catch (error) {
    payload.logger.error({ msg: 'Search: the index could not be opened', err: error })
  }
}

function withHooks({
  collection,
  afterChange,
  afterDelete,
}: {
  collection: CollectionConfig
  afterChange: NonNullable<NonNullable<CollectionConfig['hooks']>['afterChange']>[number]
  afterDelete?: NonNullable<NonNullable<CollectionConfig['hooks']>['afterDelete']>[number]
}): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      ...(afterDelete ? { afterDelete: [...(hooks.afterDelete ?? []), afterDelete] } : {}),
    },
  }
}
