import { createLocalReq, type Payload } from 'payload'

import { getEnv } from '../env'
import { publishDueItems } from '../jobs/publishDueItems'
import { sweepUploadTempFiles } from '../media/upload/uploadTempFiles'
import { ensureFirstAdmin } from '../seed/ensureFirstAdmin'
import { seed } from '../seed'
import { processStartTime } from '../storage/removeEntriesWrittenBefore'
import { sweepOrphanMediaFiles } from '../storage/sweepOrphanMediaFiles'

/**
 * Runs once when Payload starts: creates the first admin when none exists, removes the upload
 * temp files and the media files no record references that an interrupted run left and, in
 * development only, seeds the lists and the demo library. `npm start` never seeds demo content
 * (docs/architecture.md).
 */
export async function onInit(payload: Payload): Promise<void> {
  const env = getEnv()
  await ensureFirstAdmin({ payload, env })
  // Uploads cut off when the last run stopped (a crash, a kill) left their temp files behind.
  const swept = await sweepUploadTempFiles({ env })
  if (swept.length > 0) {
    payload.logger.info({
      msg: `Removed ${swept.length} upload temp file(s) left by an earlier run`,
    })
  }
  // Saves cut off after their files reached the media folder left files no record names.
  const orphans = await sweepOrphanMediaFiles({
    payload,
    env,
    writtenBefore: processStartTime(),
  })
  for (const [collection, names] of Object.entries(orphans)) {
    payload.logger.warn({
      msg: `Removed ${names.length} file(s) of ${collection} no record references, left by an earlier run: ${names.join(', ')}`,
    })
  }
  // Catch up what fell due while the server was down, before the first request.
  await publishDueItems({ payload, now: new Date() })
  if (env.isDevelopment) {
    const req = await createLocalReq({}, payload)
    await seed({ payload, req, demo: true })
  }
}
