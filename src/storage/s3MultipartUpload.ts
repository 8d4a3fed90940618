import type { Readable } from 'node:stream'

import { Upload } from '@aws-sdk/lib-storage'

import type { S3Config } from '../env'
import { getS3Client, StorageUnavailableError } from './s3Client'

/**
 * The size of each part of a multipart upload. Memory held by one upload is about
 * `PART_SIZE_BYTES × PARALLEL_PARTS` (plus one part being filled), whatever the file's size:
 * 8 MB × 4 keeps a 5 GB video under ~50 MB, and 10 000 parts (S3's limit) still reach 80 GB.
 */
export const PART_SIZE_BYTES = 8 * 1024 ** 2

/** Parts sent at once: enough to fill a link to the bucket, few enough to keep memory flat. */
export const PARALLEL_PARTS = 4

/**
 * Streams `body` into the bucket as `key`. A body of at most one part goes up in one
 * `PutObject`; a larger one in parts (`CreateMultipartUpload`, `UploadPart`…,
 * `CompleteMultipartUpload`), read from the stream as it is sent, never held whole. When a part
 * fails the multipart upload is aborted (`leavePartsOnError: false`), so a failed upload leaves
 * no parts that the bucket would keep charging for; parts left by a process that died in the
 * middle are aborted by the daily `abort-stale-uploads` task.
 *
 * No ACL is sent: objects are private by default, and buckets with ACLs disabled (the AWS
 * default since 2023) refuse requests that carry one.
 */
export async function uploadInParts({
  config,
  key,
  body,
  contentType,
}: {
  config: S3Config
  key: string
  body: Readable | Buffer
  contentType: string
}): Promise<void> {
  const upload = new Upload({
    client: getS3Client({ config }),
    params: { Bucket: config.bucket, Key: key, Body: body, ContentType: contentType },
    partSize: PART_SIZE_BYTES,
    queueSize: PARALLEL_PARTS,
    leavePartsOnError: false,
  })
  try {
    await upload.done()
  } catch (error) {
    // Closes the file a failed upload was reading from.
    if (!Buffer.isBuffer(body)) body.destroy()
    throw new StorageUnavailableError({ message: `Could not store ${key}`, cause: error })
  }
}
