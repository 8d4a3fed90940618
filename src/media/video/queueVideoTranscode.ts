import type { CollectionAfterChangeHook } from 'payload'

import { uploadedKindOf } from '../upload/uploadPipeline'
import { MEDIA_QUEUE, TRANSCODE_VIDEO_TASK } from './transcodeVideoTask'

/**
 * `afterChange`: queues the web rendition of a video uploaded in this save. The job is created
 * in the save's transaction (a save that rolls back queues nothing) and runs later, on the
 * `media` queue, so the upload never waits for a transcode.
 */
export const queueVideoTranscode: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  const record = doc as { id: number | string; filename?: string | null }
  if (uploadedKindOf({ context }) !== 'video' || !record.filename) return record
  // Per file, not per request: one request may upload several videos (the demo seed does), and
  // a flag for the whole request queued only the first.
  const queuedKey = `videoTranscodeQueued:${collection.slug}:${String(record.id)}:${record.filename}`
  if (context[queuedKey] === true) return record
  context[queuedKey] = true
  try {
    await req.payload.jobs.queue({
      task: TRANSCODE_VIDEO_TASK,
      queue: MEDIA_QUEUE,
      input: { collection: collection.slug, id: String(record.id), filename: record.filename },
      req,
    })
  } catch (error) {
    // The upload stands; the item shows "queued" until the video is uploaded again.
    req.payload.logger.error({
      msg: `Could not queue the web version of ${collection.slug} ${String(record.id)}`,
      err: error,
    })
  }
  return record
}
