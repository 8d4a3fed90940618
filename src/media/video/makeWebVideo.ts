import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { CollectionSlug, Payload } from 'payload'

import { getEnv } from '../../env'
import { openStoredFile, putStoredFile } from '../../storage/storedFiles'
import type { VideoProcessing } from '../item/kindFields'
import { patchServerOwnedFields } from '../item/patchServerOwnedFields'
import { ownerOf, renditionsOf, type RenditionRecord } from '../upload/uploadPipeline'
import { probeVideo, transcodeWebVideo } from './ffmpeg'
import type { VideoProbe } from './probe'
import type { TranscodeProgress } from './progress'
import { WEB_VIDEO_RENDITION, webVideoFilename, webVideoSize } from './webVideo'

/** The least time between two progress writes to the item. */
export const PROGRESS_INTERVAL_MS = 2000

/** What became of a request to make a web rendition. */
export type WebVideoOutcome = 'done' | 'skipped'

/** The item whose web rendition is made, and the stored file the job was queued for. */
export type WebVideoJob = {
  payload: Payload
  collection: CollectionSlug
  id: string
  /** The stored file the job was queued for. */
  filename: string
}

/**
 * Makes the web rendition of a stored video (H.264 MP4, 720p at most, AAC, faststart) and
 * records it in the item's renditions as `web`/`mp4`, writing progress to `videoProcessing`
 * as it goes (at most every {@link PROGRESS_INTERVAL_MS}). The item is patched, not edited
 * (see patchServerOwnedFields).
 *
 * Safe to run again after a crash or a failure: it works on files of fixed names in the data
 * folder, overwritten by each run and removed at its end, and stores the result under a fixed
 * name that replaces the one before. An item that is gone, or whose file was replaced since
 * the job was queued, is skipped: the new file has a job of its own.
 */
export async function makeWebVideo({
  payload,
  collection,
  id,
  filename,
}: WebVideoJob): Promise<WebVideoOutcome> {
  const env = getEnv()
  const workDir = path.join(env.dataDir, 'transcode')
  const sourcePath = path.join(workDir, `source-${path.basename(filename)}`)
  const outputPath = path.join(workDir, `${webVideoFilename({ filename })}.partial`)
  const removeWorkFiles = async (): Promise<void> => {
    await Promise.all([sourcePath, outputPath].map((file) => fs.rm(file, { force: true })))
  }

  const item = await readItem({ payload, collection, id })
  // What ffprobe read on upload (src/media/upload/uploadPipeline.ts).
  const video = item?.video as Partial<VideoProbe> | undefined
  if (!item || item.filename !== filename || !video?.width || !video.height) {
    // A run of this job cut off by a crash may have left its files: nothing else will use them.
    await removeWorkFiles()
    return 'skipped'
  }
  const progress = progressRecorder({ payload, collection, id, filename })
  try {
    await progress.write({ status: 'running', percent: 0 })
    await fs.mkdir(workDir, { recursive: true })
    const owner = ownerOf({ collection, doc: item })
    const original = await openStoredFile({ env, owner, filename })
    if (!original) throw new Error(`The original ${filename} is missing from the storage`)
    await pipeline(original.stream, createWriteStream(sourcePath))

    await transcodeWebVideo({
      input: sourcePath,
      output: outputPath,
      size: webVideoSize({ width: video.width, height: video.height }),
      hasAudio: Boolean(video.audioCodec),
      durationSeconds: video.durationSeconds ?? null,
      onProgress: (report) => progress.report(report),
    })
    const made = await probeVideo({ filePath: outputPath })
    const { size: filesize } = await fs.stat(outputPath)

    // The file may have been replaced while this ran; then this result belongs to nothing.
    const current = await readItem({ payload, collection, id })
    if (!current || current.filename !== filename) return 'skipped'
    const rendition: RenditionRecord = {
      size: WEB_VIDEO_RENDITION.size,
      format: WEB_VIDEO_RENDITION.format,
      filename: webVideoFilename({ filename }),
      mimeType: WEB_VIDEO_RENDITION.mimeType,
      width: made.width,
      height: made.height,
      filesize,
    }
    await putStoredFile({
      env,
      owner: ownerOf({ collection, doc: current }),
      filename: rendition.filename,
      sourcePath: outputPath,
      contentType: rendition.mimeType,
    })
    const renditions = [
      ...renditionsOf({ doc: current })
        .filter((other) => other.filename !== rendition.filename)
        // `url` is computed on read, not stored.
        .map(({ url: _url, ...stored }: RenditionRecord & { url?: unknown }) => stored),
      // Array rows need the id Payload's hooks would give them (an ObjectId's 24 hex digits).
      { id: randomBytes(12).toString('hex'), ...rendition },
    ]
    await progress.settle()
    await patchServerOwnedFields({
      payload,
      collection,
      id,
      filename,
      data: { renditions, videoProcessing: processing({ status: 'done', percent: 100 }) },
      versions: 'all',
    })
    return 'done'
  } catch (error) {
    await progress.settle()
    await progress.write({
      status: 'failed',
      percent: progress.lastPercent(),
      error: error instanceof Error ? error.message.slice(0, 1000) : String(error),
    })
    throw error
  } finally {
    await removeWorkFiles()
  }
}

async function readItem({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: CollectionSlug
  id: string
}): Promise<Record<string, unknown> | null> {
  // The latest version: the one the next save starts from.
  const item = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })
  return (item as Record<string, unknown> | null) ?? null
}

/**
 * Writes progress to the item one write at a time, at most every
 * {@link PROGRESS_INTERVAL_MS}. A progress write that fails is logged and the transcode goes
 * on: the figure is for people watching, the result is what counts.
 */
function progressRecorder({ payload, collection, id, filename }: WebVideoJob) {
  let writing: Promise<void> = Promise.resolve()
  let lastWrittenAt = 0
  let lastPercent = 0
  const write = (values: Partial<VideoProcessing>): Promise<void> => {
    if (typeof values.percent === 'number') lastPercent = values.percent
    lastWrittenAt = Date.now()
    writing = writing
      .then(() =>
        patchServerOwnedFields({
          payload,
          collection,
          id,
          filename,
          data: { videoProcessing: processing(values) },
          versions: 'latest',
        }),
      )
      .catch((error: unknown) => {
        payload.logger.warn({ msg: 'Could not record transcode progress', err: error })
      })
    return writing
  }
  return {
    write,
    report: ({ percent, isFinished }: TranscodeProgress): void => {
      if (isFinished || percent === lastPercent) return
      if (Date.now() - lastWrittenAt < PROGRESS_INTERVAL_MS) return
      void write({ status: 'running', percent })
    },
    lastPercent: (): number => lastPercent,
    settle: (): Promise<void> => writing,
  }
}

function processing(values: Partial<VideoProcessing>): VideoProcessing {
  return {
    status: values.status ?? null,
    percent: values.percent ?? null,
    error: values.error ?? null,
    updatedAt: new Date().toISOString(),
  }
}
