import type { TaskConfig } from 'payload'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import {
  abortStaleMultipartUploads,
  type StaleUploadsResult,
} from '../storage/staleMultipartUploads'

/**
 * Daily at 03:30: aborts multipart uploads to the bucket that were begun more than a day ago
 * and never finished (src/storage/staleMultipartUploads.ts). Uploads that fail are aborted as
 * they fail; these are the parts of uploads whose server stopped mid-way. Does nothing with
 * the local folder. It rides on `queue`, which the web process and the worker already run
 * every minute, rather than on a queue of its own that both would have to learn about.
 */
export function abortStaleUploadsTask({
  queue,
}: {
  queue: string
}): TaskConfig<{ input: object; output: StaleUploadsResult }> {
  return {
    slug: 'abort-stale-uploads',
    label: 'Abort unfinished multipart uploads older than a day',
    schedule: [{ cron: '0 30 3 * * *', queue }],
    retries: 2,
    handler: async ({ req }) => {
      const env = getEnv()
      if (!env.s3) return { output: { found: 0, aborted: 0, failed: 0 } }
      const result = await abortStaleMultipartUploads({
        config: env.s3,
        // Only the folders our uploads go to: the bucket may hold other uploads of its owner.
        prefixes: [`${slugs.media}/`],
        now: new Date(),
        logger: req.payload.logger,
      })
      if (result.found > 0) {
        req.payload.logger.info({
          msg: `Storage: ${result.aborted} stale multipart upload(s) aborted, ${result.failed} failed`,
        })
      }
      return { output: result }
    },
  }
}
