import {
  AbortMultipartUploadCommand,
  ListMultipartUploadsCommand,
  type ListMultipartUploadsCommandOutput,
} from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import type { S3Config } from '../env'
import { getS3Client, StorageUnavailableError } from './s3Client'

/** A multipart upload the bucket still holds parts of. */
export type PendingMultipartUpload = { key: string; uploadId: string; initiated: Date | null }

export type StaleUploadsResult = { found: number; aborted: number; failed: number }

/** The longest a real upload of ours can take (5 GB at 1 MB/s is under 1.5 h); a day is safe. */
export const STALE_UPLOAD_AGE_MS = 24 * 60 * 60 * 1000

/**
 * The uploads begun more than `maxAgeMs` before `now`. An upload whose start the server did
 * not report is kept: it may be one in progress.
 */
export function selectStaleUploads({
  uploads,
  now,
  maxAgeMs,
}: {
  uploads: PendingMultipartUpload[]
  now: Date
  maxAgeMs: number
}): PendingMultipartUpload[] {
  const cutoff = now.getTime() - maxAgeMs
  return uploads.filter(
    (upload) => upload.initiated !== null && upload.initiated.getTime() < cutoff,
  )
}

/**
 * Aborts the multipart uploads under `prefixes` that were begun more than `maxAgeMs` ago and
 * never completed: parts left by a server that stopped in the middle of an upload, which S3
 * keeps (and bills) until they are aborted. One failed abort is logged and the rest go on;
 * a bucket that cannot list its uploads fails the run with {@link StorageUnavailableError}.
 */
export async function abortStaleMultipartUploads({
  config,
  prefixes,
  now,
  maxAgeMs = STALE_UPLOAD_AGE_MS,
  logger,
}: {
  config: S3Config
  prefixes: string[]
  now: Date
  maxAgeMs?: number
  logger: Payload['logger']
}): Promise<StaleUploadsResult> {
  const client = getS3Client({ config })
  const result: StaleUploadsResult = { found: 0, aborted: 0, failed: 0 }
  for (const prefix of prefixes) {
    const pending = await listMultipartUploads({ config, prefix })
    const stale = selectStaleUploads({ uploads: pending, now, maxAgeMs })
    result.found += stale.length
    for (const upload of stale) {
      try {
        await client.send(
          new AbortMultipartUploadCommand({
            Bucket: config.bucket,
            Key: upload.key,
            UploadId: upload.uploadId,
          }),
        )
        result.aborted += 1
      } catch (error) {
        result.failed += 1
        logger.error({ msg: `Could not abort the stale upload of ${upload.key}`, err: error })
      }
    }
  }
  return result
}

async function listMultipartUploads({
  config,
  prefix,
}: {
  config: S3Config
  prefix: string
}): Promise<PendingMultipartUpload[]> {
  const client = getS3Client({ config })
  const uploads: PendingMultipartUpload[] = []
  let keyMarker: string | undefined
  let uploadIdMarker: string | undefined
  for (;;) {
    let page: ListMultipartUploadsCommandOutput
    try {
      page = await client.send(
        new ListMultipartUploadsCommand({
          Bucket: config.bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      )
    } catch (error) {
      throw new StorageUnavailableError({
        message: `Could not list the unfinished uploads in bucket "${config.bucket}"`,
        cause: error,
      })
    }
    for (const upload of page.Uploads ?? []) {
      if (!upload.Key || !upload.UploadId) continue
      uploads.push({
        key: upload.Key,
        uploadId: upload.UploadId,
        initiated: upload.Initiated ?? null,
      })
    }
    if (!page.IsTruncated) return uploads
    keyMarker = page.NextKeyMarker
    uploadIdMarker = page.NextUploadIdMarker
  }
}
