import { createLocalReq, type Payload } from 'payload'

import { getEnv } from '../env'
import { publishDueItems } from '../jobs/publishDueItems'
import { releaseInterruptedTranscodes } from '../media/video/transcodeVideoTask'
import { ensureFirstAdmin } from '../seed/ensureFirstAdmin'
import { seed } from '../seed'

/**
 * Runs once when Payload starts: creates the first admin when none exists and, in development
 * only, seeds the lists and the demo library. `npm start` never seeds demo content (docs/architecture.md).
 */
export async function onInit(payload: Payload): Promise<void> {
  const env = getEnv()
  await ensureFirstAdmin({ payload, env })
  // Catch up what fell due while the server was down, before the first request.
  await publishDueItems({ payload, now: new Date() })
  // This process runs the media queue: a transcode it was doing when it stopped starts over.
  if (env.jobsAutorun) await releaseInterruptedTranscodes({ payload })
  if (env.isDevelopment) {
    const req = await createLocalReq({}, payload)
    await seed({ payload, req, demo: true })
  }
}
