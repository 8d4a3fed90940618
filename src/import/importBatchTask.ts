import type { TaskConfig } from 'payload'

import type { Env } from '../env'
import { commitImportBatch } from './importBatch'

/** The queue of batch imports: one batch at a time, looked for every few seconds. */
export const IMPORT_QUEUE = 'import'

export const IMPORT_TASK = 'import-batch'

/**
 * Commits one import batch (src/import/importBatch.ts). A run cut off by a crash is handed back
 * by its lease (src/jobs/jobLeases.ts) and starts again where the batch's progress says: each
 * item was written together with that progress, so none is written twice.
 */
export function importBatchTask({
  env,
}: {
  env: Pick<Env, 'dataDir' | 'mediaLimits'>
}): TaskConfig<{ input: { batchId: string }; output: { done: number; failed: number } }> {
  return {
    slug: IMPORT_TASK,
    label: 'Import a batch of articles, media, events and albums',
    inputSchema: [{ name: 'batchId', type: 'text', required: true }],
    retries: 3,
    handler: async ({ input, req }) => {
      const id = /^\d+$/.test(input.batchId) ? Number(input.batchId) : input.batchId
      const counts = await commitImportBatch({ payload: req.payload, env, id })
      return { output: { done: counts.done, failed: counts.failed } }
    },
  }
}
