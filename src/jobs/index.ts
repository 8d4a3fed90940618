import type { JobsConfig, TaskConfig } from 'payload'

import { sendAlertDigestsTask } from '../alerts/sendDigestsTask'
import { scheduledBackupTask } from '../backup/scheduledBackup'
import { EMAIL_QUEUE, sendEmailTask } from '../email/sendEmailTask'
import type { Env } from '../env'
import { HARVEST_QUEUE, harvestDueFeedsTask, harvestFeedTask } from '../harvest/harvestTasks'
import { expireAbandonedBatchesTask } from '../import/expireAbandonedBatchesTask'
import { IMPORT_QUEUE, importBatchTask } from '../import/importBatchTask'
import { MEDIA_QUEUE, transcodeVideoTask } from '../media/video/transcodeVideoTask'
import { SEARCH_QUEUE, searchTasks } from '../search/sync/searchTasks'
import { SYNDICATION_QUEUE, deliverSyndicationTask } from '../syndication/push'
import { abortStaleUploadsTask } from './abortStaleUploads'
import { deleteUnverifiedAccountsTask } from './deleteUnverifiedAccounts'
import { releaseAbandonedJobsNow, withJobLease } from './jobLeases'
import { publishDueItems } from './publishDueItems'
import { sendReportRemindersTask } from './sendReportReminders'

/** The queue of editorial jobs (scheduled publication, embargo lifts) and daily upkeep. */
export const EDITORIAL_QUEUE = 'editorial'

const publishDueItemsTask: TaskConfig<{
  input: object
  output: { published: number; pressAccessOpened: number; embargoesLifted: number }
}> = {
  slug: 'publish-due-items',
  label: 'Publish scheduled items, open embargoed items to the press, lift ended embargoes',
  // Every minute; a schedule that fell due while nothing ran is caught up on the next sweep.
  schedule: [{ cron: '0 * * * * *', queue: EDITORIAL_QUEUE }],
  retries: 3,
  handler: async ({ req }) => {
    const { published, pressAccessOpened, embargoesLifted, failed } = await publishDueItems({
      payload: req.payload,
      now: new Date(),
    })
    if (failed > 0)
      throw new Error(`${failed} scheduled item(s) could not be processed; the job will retry`)
    return { output: { published, pressAccessOpened, embargoesLifted } }
  },
}

/**
 * Payload's jobs queue. The web process runs the editorial queue itself every minute unless
 * `JOBS_AUTORUN=false`, which a production stack sets when `npm run worker` runs it instead.
 * Every task holds a lease while it runs, and before each run the jobs whose process died are
 * handed back (src/jobs/jobLeases.ts).
 */
export function jobsConfig({ env }: { env: Env }): JobsConfig {
  return {
    tasks: [
      publishDueItemsTask,
      ...searchTasks,
      deliverSyndicationTask,
      transcodeVideoTask,
      sendEmailTask({ env }),
      abortStaleUploadsTask({ queue: EDITORIAL_QUEUE }),
      deleteUnverifiedAccountsTask({ queue: EDITORIAL_QUEUE }),
      scheduledBackupTask({ queue: EDITORIAL_QUEUE, env }),
      sendReportRemindersTask({ queue: EDITORIAL_QUEUE }),
      sendAlertDigestsTask({ queue: EDITORIAL_QUEUE, env }),
      harvestDueFeedsTask({ queue: EDITORIAL_QUEUE }),
      harvestFeedTask,
      importBatchTask({ env }),
      expireAbandonedBatchesTask({ queue: EDITORIAL_QUEUE }),
    ].map(withJobLease),
    // The search sync keeps one waiting job per document (src/search/sync/searchTasks.ts).
    enableConcurrencyControl: true,
    shouldAutoRun: async (payload) => {
      await releaseAbandonedJobsNow({ payload, leaseMs: env.jobsLeaseMs })
      return true
    },
    autoRun: env.jobsAutorun
      ? [
          { cron: '* * * * *', queue: EDITORIAL_QUEUE, limit: 20 },
          // Search sync every 10 s: a change is findable (or gone) within seconds.
          { cron: '*/10 * * * * *', queue: SEARCH_QUEUE, limit: 100 },
          // Pushes every 10 s; failed ones come back on their own back-off schedule.
          { cron: '*/10 * * * * *', queue: SYNDICATION_QUEUE, limit: 50 },
          // Video transcodes one at a time (each fills both cores), looked for every 10 s; a
          // run still going when the next tick comes is left to finish (Payload's `protect`).
          { cron: '*/10 * * * * *', queue: MEDIA_QUEUE, limit: 1 },
          // Mail every 5 s: a password-reset link should not wait.
          { cron: '*/5 * * * * *', queue: EMAIL_QUEUE, limit: 20 },
          // Feed polls every 15 s, a few at a time: each waits on a portal (timeouts cap it).
          { cron: '*/15 * * * * *', queue: HARVEST_QUEUE, limit: 5 },
          // Batch imports one at a time, looked for every 5 s; a long one is left to finish.
          { cron: '*/5 * * * * *', queue: IMPORT_QUEUE, limit: 1 },
        ]
      : [],
    deleteJobOnComplete: true,
  }
}
