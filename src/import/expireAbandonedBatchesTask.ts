import type { TaskConfig } from 'payload'

import { getEnv } from '../env'
import { expireAbandonedBatches, type ExpiredBatches } from './expireAbandonedBatches'

/**
 * Hourly: expires the import batches checked but never committed (src/import/
 * expireAbandonedBatches.ts), so an abandoned dry run does not keep its file in the private
 * imports folder for ever. Rides on `queue`, which the web process and the worker already run.
 */
export function expireAbandonedBatchesTask({
  queue,
}: {
  queue: string
}): TaskConfig<{ input: object; output: ExpiredBatches }> {
  return {
    slug: 'expire-import-batches',
    label: 'Expire import batches checked but not committed in time',
    schedule: [{ cron: '0 15 * * * *', queue }],
    retries: 2,
    handler: async ({ req }) => {
      const result = await expireAbandonedBatches({
        payload: req.payload,
        env: getEnv(),
        now: new Date(),
      })
      if (result.expired > 0)
        req.payload.logger.info({ msg: `Import: ${result.expired} abandoned batch(es) expired` })
      return { output: result }
    },
  }
}
