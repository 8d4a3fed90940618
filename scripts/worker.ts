/**
 * `npm run worker`: runs the jobs queue in a process of its own (scheduled publication,
 * embargo lifts, search sync and syndication pushes), for a production stack whose web process
 * has `JOBS_AUTORUN=false`. Stops cleanly on SIGINT/SIGTERM after the job in hand.
 */
import { loadLexicalInOrder } from './lib/loadLexicalInOrder'

// Everything that imports the Payload config loads after Lexical (see loadLexicalInOrder).
await loadLexicalInOrder()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { EDITORIAL_QUEUE } = await import('../src/jobs')
const { SEARCH_QUEUE } = await import('../src/search/sync/searchTasks')
const { SYNDICATION_QUEUE } = await import('../src/syndication/push')

const INTERVAL_MS = 15_000

const payload = await getPayload({ config })
let isStopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    isStopping = true
    payload.logger.info({ msg: `Worker: ${signal} received, stopping after the current run` })
  })
}

payload.logger.info({
  msg: `Worker: running queues "${EDITORIAL_QUEUE}", "${SEARCH_QUEUE}" and "${SYNDICATION_QUEUE}" every ${INTERVAL_MS / 1000} s`,
})
while (!isStopping) {
  try {
    await payload.jobs.handleSchedules({ queue: EDITORIAL_QUEUE })
    const result = await payload.jobs.run({ queue: EDITORIAL_QUEUE, limit: 50 })
    const search = await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    const pushes = await payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 50 })
    const ran = [result, search, pushes].reduce(
      (sum, run) => sum + Object.keys(run.jobStatus ?? {}).length,
      0,
    )
    if (ran > 0) payload.logger.info({ msg: `Worker: ran ${ran} job(s)` })
  } catch (error) {
    payload.logger.error({ msg: 'Worker: the run failed; retrying at the next tick', err: error })
  }
  await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
}
await payload.destroy()
process.exit(0)
