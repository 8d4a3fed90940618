import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import type { Env } from '../env'
import { importFolder, type ImportBatchRecord } from './importBatch'

/** What one sweep of abandoned batches did. */
export type ExpiredBatches = { expired: number }

/**
 * Expires the batches that were checked (dry-run) but not committed within
 * `IMPORT_ABANDONED_HOURS` of their upload: their file leaves the private imports folder and
 * they are marked `expired` (their dry-run report stays, for whoever looks for it). A batch
 * queued, running or done is left alone: its file goes when its commit is done.
 */
export async function expireAbandonedBatches({
  payload,
  env,
  now,
}: {
  payload: Payload
  env: Pick<Env, 'dataDir' | 'imports'>
  now: Date
}): Promise<ExpiredBatches> {
  const before = new Date(now.getTime() - env.imports.abandonedMs).toISOString()
  let expired = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: slugs.importBatches,
      where: { and: [{ status: { equals: 'checked' } }, { createdAt: { less_than: before } }] },
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    if (docs.length === 0) return { expired }
    for (const doc of docs as unknown as ImportBatchRecord[]) {
      // The file first: a sweep cut off between the two finds the batch again next time.
      await fs.rm(path.join(importFolder({ env }), path.basename(doc.storedFile)), { force: true })
      await payload.update({
        collection: slugs.importBatches,
        id: doc.id,
        data: { status: 'expired' } as never,
        overrideAccess: true,
        depth: 0,
      })
      expired += 1
    }
  }
}
