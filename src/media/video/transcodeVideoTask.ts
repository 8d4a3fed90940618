import type { CollectionSlug, TaskConfig } from 'payload'

import { makeWebVideo } from './makeWebVideo'

/** The jobs queue of media processing: one job at a time, since a transcode fills the cores. */
export const MEDIA_QUEUE = 'media'

export const TRANSCODE_VIDEO_TASK = 'transcode-video'

/**
 * Makes a video's web rendition in the background (src/media/video/makeWebVideo.ts), queued by
 * queueVideoTranscode after the upload is saved. One retry covers a storage hiccup; a file
 * ffmpeg cannot transcode fails again and stays `failed` on the item with the reason.
 */
export const transcodeVideoTask: TaskConfig<{
  input: { collection: string; id: string; filename: string }
  output: { outcome: string }
}> = {
  slug: TRANSCODE_VIDEO_TASK,
  label: 'Make the web version of a video (H.264 MP4, 720p)',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 1,
  handler: async ({ input, req }) => {
    if (!(input.collection in req.payload.collections)) {
      throw new Error(`"${input.collection}" is not a collection`)
    }
    const outcome = await makeWebVideo({
      payload: req.payload,
      collection: input.collection as CollectionSlug,
      id: input.id,
      filename: input.filename,
    })
    return { output: { outcome } }
  },
}
