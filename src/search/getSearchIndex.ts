import path from 'node:path'

import type { Env } from '../env'
import { EmbeddedSearchIndex, type SearchLogger } from './embedded/EmbeddedSearchIndex'
import { MeilisearchSearchIndex } from './meilisearch/MeilisearchSearchIndex'
import type { SearchIndex } from './SearchIndex'

let current: { key: string; index: SearchIndex } | undefined

/**
 * The search index of this process: Meilisearch when `MEILI_URL` is set, otherwise the
 * embedded engine persisted under `DATA_DIR/search`. Built on first use; nothing connects or
 * loads until `open()` (the search plugin opens it when Payload starts).
 */
export function getSearchIndex({ env, logger }: { env: Env; logger: SearchLogger }): SearchIndex {
  const key = env.meilisearch
    ? `meilisearch:${env.meilisearch.url}:${env.meilisearch.indexUid}`
    : `embedded:${env.dataDir}`
  if (current?.key !== key) {
    current = {
      key,
      index: env.meilisearch
        ? new MeilisearchSearchIndex({ config: env.meilisearch })
        : new EmbeddedSearchIndex({ directory: embeddedIndexDirectory({ env }), logger }),
    }
  }
  return current.index
}

/** Where the embedded engine keeps its files. */
export function embeddedIndexDirectory({ env }: { env: Pick<Env, 'dataDir'> }): string {
  return path.join(env.dataDir, 'search')
}
