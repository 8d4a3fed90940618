/**
 * `npm run worker`: runs the jobs queue in a process of its own (scheduled publication,
 * embargo lifts, search sync, syndication pushes, mail, video transcodes and feed polls), for a
 * production stack whose web process has `JOBS_AUTORUN=false`. Stops cleanly on SIGINT/SIGTERM after the
 * job in hand; a transcode in hand is not waited for (it can take an hour): its lease runs out
 * and its job goes back to the queue (src/jobs/jobLeases.ts), here or in another runner. Jobs
 * left running by any process that died are handed back the same way, never those of a live one.
 */
import { loadPayloadApp } from './lib/loadPayloadApp'

const { config, getPayload } = await loadPayloadApp()
const { EDITORIAL_QUEUE } = await import('../src/jobs')
const { SEARCH_QUEUE } = await import('../src/search/sync/searchTasks')
const { SYNDICATION_QUEUE } = await import('../src/syndication/push')
const { MEDIA_QUEUE } = await import('../src/media/video/transcodeVideoTask')
const { EMAIL_QUEUE } = await import('../src/email/sendEmailTask')
const { HARVEST_QUEUE } = await import('../src/harvest/harvestTasks')
const { releaseAbandonedJobsNow } = await import('../src/jobs/jobLeases')
const { getEnv } = await import('../src/env')

const INTERVAL_MS = 15_000

const payload = await getPayload({ config })
let isStopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    isStopping = true
    payload.logger.info({ msg: `Worker: ${signal} received, stopping after the current run` })
  })
}

const { jobsLeaseMs } = getEnv()
payload.logger.info({
  msg: `Worker: running queues "${EDITORIAL_QUEUE}", "${SEARCH_QUEUE}", "${SYNDICATION_QUEUE}", "${EMAIL_QUEUE}", "${MEDIA_QUEUE}" and "${HARVEST_QUEUE}" every ${INTERVAL_MS / 1000} s`,
})
// Transcodes have a loop of their own, so that a long one does not hold up publication,
// search and pushes.
void runEveryInterval({ run: async () => await payload.jobs.run({ queue: MEDIA_QUEUE, limit: 1 }) })
// Feed polls too: each waits on an agency's portal, up to HARVEST_TIMEOUT_SECONDS per request.
void runEveryInterval({
  run: async () => await payload.jobs.run({ queue: HARVEST_QUEUE, limit: 5 }),
})
await runEveryInterval({
  run: async () => {
    await releaseAbandonedJobsNow({ payload, leaseMs: jobsLeaseMs })
    await payload.jobs.handleSchedules({ queue: EDITORIAL_QUEUE })
    const result = await payload.jobs.run({ queue: EDITORIAL_QUEUE, limit: 50 })
    const search = await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    const pushes = await payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 50 })
    const mail = await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 50 })
    return {
      jobStatus: {
        ...result.jobStatus,
        ...search.jobStatus,
        ...pushes.jobStatus,
        ...mail.jobStatus,
      },
    }
  },
})
await payload.destroy()
process.exit(0)

async function runEveryInterval({
  run,
}: {
  run: () => Promise<{ jobStatus?: Record<string, unknown> }>
}): Promise<void> {
  while (!isStopping) {
    try {
      const ran = Object.keys((await run()).jobStatus ?? {}).length
      if (ran > 0) payload.logger.info({ msg: `Worker: ran ${ran} job(s)` })
    } catch (error) {
      payload.logger.error({ msg: 'Worker: the run failed; retrying at the next tick', err: error })
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
  }
}
