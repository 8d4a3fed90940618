import config from '@payload-config'
import { getPayload } from 'payload'

import { getEnv } from '../env'

/**
 * Boots Payload as the server starts and, unless `JOBS_AUTORUN=false`, starts its job crons
 * (scheduled publication, search sync, pushes, video). Payload only starts them for callers of
 * `getPayload({ cron: true })`, which its REST handlers are not: without this, a server that
 * only answers the API and the library would never run a job until someone opened the admin.
 */
export async function startJobsRunner(): Promise<void> {
  if (!getEnv().jobsAutorun) return
  await getPayload({ config, cron: true })
}
