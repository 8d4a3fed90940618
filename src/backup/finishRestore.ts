import type { Payload } from 'payload'

import { applyMigrations, type MigrationState } from '../db/applyMigrations'
import type { Env } from '../env'
import { getSearchIndex } from '../search/getSearchIndex'
import { reindex, reindexCheckpointFile, type ReindexSummary } from '../search/reindex/reindex'
import type { BackupManifest } from './manifest'

/** What a restore did once the files were in place. */
export type RestoreReport = {
  /** What happened to the SQL schema. */
  migrations: MigrationState
  /** Documents per collection now, next to the archive's count. */
  counts: Record<string, { restored: number; archived: number | null }>
  search: ReindexSummary
}

/**
 * Brings a freshly restored database up to this version of the app and rebuilds what derives
 * from it: applies pending SQL migrations as `npm start` does (an archive of an older version
 * gets the newer schema; src/db/applyMigrations.ts), rebuilds the search index, and counts the
 * documents of each collection against the manifest.
 */
export async function finishRestore({
  payload,
  env,
  manifest,
}: {
  payload: Payload
  env: Env
  manifest: BackupManifest
}): Promise<RestoreReport> {
  const migrationState = await applyMigrations({ payload, env })

  const index = getSearchIndex({ env, logger: payload.logger })
  const search = await reindex({
    payload,
    index,
    target: env.meilisearch
      ? `meilisearch ${env.meilisearch.url} ${env.meilisearch.indexUid}`
      : `embedded ${env.dataDir}`,
    checkpointFile: reindexCheckpointFile({ dataDir: env.dataDir }),
  })

  const counts: RestoreReport['counts'] = {}
  for (const slug of Object.keys(payload.collections)) {
    const { totalDocs } = await payload.count({ collection: slug as never, overrideAccess: true })
    counts[slug] = { restored: totalDocs, archived: manifest.counts[slug] ?? null }
  }
  return { migrations: migrationState, counts, search }
}
