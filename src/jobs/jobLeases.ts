import type { Payload, PayloadRequest, Where } from 'payload'

import { outsideTransactions } from '../db/serializeSqliteWrites'
import { getEnv } from '../env'

/**
 * Leases on running jobs, so that a job whose process died is run again, and only then.
 *
 * Payload marks a job `processing` when a runner takes it and only takes jobs that are not: a
 * process killed in the middle of a job (a crash, an out-of-memory kill, a deploy that does not
 * wait) leaves it marked for ever. Its search sync, push or transcode never happens, and a stuck
 * `publish-due-items` job even stops scheduled publication, because Payload schedules the next
 * sweep only when none is pending or running.
 *
 * A job's `updatedAt` is its lease. Payload sets it when a runner takes the job; while the
 * handler runs, the process renews it every quarter of the lease ({@link withJobLease}). A job
 * still `processing` whose lease is older than `JOBS_LEASE_SECONDS` belongs to a process that no
 * longer runs, and {@link releaseAbandonedJobs} hands it back to the queue. Leases, rather than
 * "release everything at start-up", because the web process and `npm run worker` may both run
 * jobs on the same database: a process starting up cannot tell a dead process's job from a job
 * the other, live, process is in the middle of, but the live one keeps renewing its leases. No
 * field is added to Payload's jobs collection, so no migration, and it works alike on SQLite and
 * MongoDB (the clocks of the processes must agree to within a fraction of the lease, which NTP
 * gives).
 *
 * A released job runs again from the start, so every task is written to be repeated safely:
 * the search sync rebuilds from the database, a push carries the same `X-TTDN-Delivery` id
 * (at-least-once delivery, the receiver drops a repeat), a transcode overwrites files of fixed
 * names, and the scheduled publication publishes only what is still approved.
 */
export function withJobLease<Task extends { handler: unknown }>(task: Task): Task {
  if (typeof task.handler !== 'function') return task
  const handler = task.handler as (args: LeasedTaskArgs) => Promise<unknown>
  const leased = async (args: LeasedTaskArgs): Promise<unknown> => {
    const { payload } = args.req
    const ids = heldBy(payload)
    ids.add(args.job.id)
    startRenewing()
    try {
      return await handler(args)
    } finally {
      ids.delete(args.job.id)
      // A renewal under way may still name this job: it must land before Payload completes
      // (and deletes) the job, so that it can never write to a row that is gone.
      await renewing
    }
  }
  return { ...task, handler: leased }
}

/**
 * Hands back to their queue the jobs still marked `processing` whose lease ran out more than
 * `leaseMs` ago, and returns how many. Each is released by a conditional write (still
 * processing, lease still old) in a transaction of its own, so a lease renewed in the meantime
 * keeps its job. A job whose processes died under it again and again is probably what kills
 * them (a video that exhausts memory): past its task's retries and two more, it is failed
 * instead, with the reason, and logged.
 */
export async function releaseAbandonedJobs({
  payload,
  leaseMs,
  now = new Date(),
}: {
  payload: Payload
  leaseMs: number
  now?: Date
}): Promise<number> {
  const abandoned: Where[] = [
    { processing: { equals: true } },
    { completedAt: { exists: false } },
    { updatedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
  ]
  const { docs } = await payload.db.find<AbandonedJob>({
    collection: JOBS_COLLECTION,
    where: { and: abandoned },
    limit: RELEASE_BATCH,
    pagination: false,
    req: {},
  })
  let released = 0
  for (const job of docs) {
    const totalTried = (job.totalTried ?? 0) + 1
    const isGivenUp = totalTried > retriesOf({ payload, taskSlug: job.taskSlug }) + EXTRA_RUNS
    const updated = await inTransaction({
      payload,
      work: (req) =>
        payload.db.updateJobs({
          where: { and: [{ id: { equals: job.id } }, ...abandoned] },
          data: {
            processing: false,
            totalTried,
            ...(isGivenUp ? { hasError: true, error: { message: GIVEN_UP } } : {}),
          },
          limit: 1,
          req,
          returning: true,
        }),
    })
    if (!updated?.length) continue
    released += 1
    const what = `job ${String(job.id)} (${job.taskSlug ?? 'workflow'}, queue "${job.queue ?? ''}")`
    if (isGivenUp) payload.logger.error({ msg: `Jobs: ${what} failed: ${GIVEN_UP}` })
    else
      payload.logger.warn({ msg: `Jobs: ${what} was left running by a stopped process; requeued` })
  }
  return released
}

/**
 * {@link releaseAbandonedJobs} at most once every quarter lease per process, for callers that
 * tick more often (Payload's autorun crons, `npm run worker`). A failure is logged and the
 * caller goes on: the next tick tries again.
 */
export async function releaseAbandonedJobsNow({
  payload,
  leaseMs,
}: {
  payload: Payload
  leaseMs: number
}): Promise<void> {
  const last = lastReleaseAt.get(payload) ?? 0
  if (Date.now() - last < leaseMs / RENEWALS_PER_LEASE) return
  lastReleaseAt.set(payload, Date.now())
  try {
    await releaseAbandonedJobs({ payload, leaseMs })
  } catch (error) {
    payload.logger.error({ msg: 'Jobs: could not release abandoned jobs', err: error })
  }
}

/** How often the leases are renewed: a lease survives three missed renewals. */
export const RENEWALS_PER_LEASE = 4

/** What the lease needs of a task handler's argument. */
type LeasedTaskArgs = { job: { id: number | string }; req: { payload: Payload } }

type AbandonedJob = {
  id: number | string
  taskSlug?: string | null
  queue?: string | null
  totalTried?: number | null
}

const JOBS_COLLECTION = 'payload-jobs'
const RELEASE_BATCH = 100
/** Runs allowed beyond a task's retries when its processes keep dying under it. */
const EXTRA_RUNS = 2
const GIVEN_UP = 'Its process stopped while running it, too many times'

const held = new Map<Payload, Set<number | string>>()
const lastReleaseAt = new WeakMap<Payload, number>()
let timer: NodeJS.Timeout | null = null
let renewing: Promise<void> = Promise.resolve()

function heldBy(payload: Payload): Set<number | string> {
  let ids = held.get(payload)
  if (!ids) {
    ids = new Set()
    held.set(payload, ids)
  }
  return ids
}

/** One timer per process renews every lease it holds; it stops when it holds none. */
function startRenewing(): void {
  if (timer) return
  // Outside any transaction of the job that starts it: a renewal writes on its own, committed.
  timer = outsideTransactions(() =>
    setInterval(() => {
      renewing = renewing.then(renewLeases)
    }, getEnv().jobsLeaseMs / RENEWALS_PER_LEASE),
  )
  timer.unref()
}

async function renewLeases(): Promise<void> {
  let isHolding = false
  for (const [payload, ids] of held) {
    if (ids.size === 0) {
      held.delete(payload)
      continue
    }
    isHolding = true
    try {
      await payload.db.updateJobs({
        where: { and: [{ id: { in: [...ids] } }, { processing: { equals: true } }] },
        data: { updatedAt: new Date().toISOString() },
        limit: ids.size,
        req: {},
        returning: false,
      })
    } catch (error) {
      // The next renewal tries again; three in a row must fail before the lease runs out.
      payload.logger.warn({ msg: 'Jobs: could not renew the leases of running jobs', err: error })
    }
  }
  if (!isHolding && timer) {
    clearInterval(timer)
    timer = null
  }
}

function retriesOf({ payload, taskSlug }: { payload: Payload; taskSlug?: string | null }): number {
  const retries = payload.config.jobs.tasks?.find((task) => task.slug === taskSlug)?.retries
  if (typeof retries === 'number') return retries
  return retries?.attempts ?? 0
}

/** Runs `work` in a transaction of its own where the adapter has them (SQLite: IMMEDIATE). */
async function inTransaction<Result>({
  payload,
  work,
}: {
  payload: Payload
  work: (req: Partial<PayloadRequest>) => Promise<Result>
}): Promise<Result> {
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null) return await work({})
  try {
    const result = await work({ transactionID })
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
