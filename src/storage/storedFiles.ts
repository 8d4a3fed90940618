import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'

import type { Env } from '../env'
import { getS3Client, StorageUnavailableError } from './s3Client'

/** Where an item's files live: its collection and, in S3, the folder fields the plugin keeps. */
export type StoredFileOwner = {
  collection: string
  /** The document's `prefix` and `_objectKey` (S3 mode); absent for the local folder. */
  prefix?: string | null
  _objectKey?: string | null
}

/**
 * Files of our own (renditions) written beside an item's original in the configured storage:
 * `<mediaDir>/<collection>/<filename>` locally, or the original's folder in the bucket (the
 * same key rule as `@payloadcms/storage-s3`). They are served only by endpoints that check the
 * item's read access first; the stock file route refuses them to everyone but admins.
 */
export async function putStoredFile({
  env,
  owner,
  filename,
  body,
  contentType,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filename: string
  body: Buffer
  contentType: string
}): Promise<void> {
  if (env.s3) {
    try {
      await getS3Client({ config: env.s3 }).send(
        new PutObjectCommand({
          Bucket: env.s3.bucket,
          Key: storageKey({ owner, filename }),
          Body: body,
          ContentType: contentType,
        }),
      )
    } catch (error) {
      throw new StorageUnavailableError({ message: `Could not store ${filename}`, cause: error })
    }
    return
  }
  const filePath = localPath({ env, owner, filename })
  await fs.mkdir(path.dirname(filePath), { recursive: true })
  await fs.writeFile(filePath, body)
}

/** Opens a stored file (an original or one of ours) as a stream; `null` when it is missing. */
export async function openStoredFile({
  env,
  owner,
  filename,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filename: string
}): Promise<{ stream: Readable; size: number } | null> {
  if (env.s3) {
    try {
      const object = await getS3Client({ config: env.s3 }).send(
        new GetObjectCommand({ Bucket: env.s3.bucket, Key: storageKey({ owner, filename }) }),
      )
      if (!(object.Body instanceof Readable)) return null
      return { stream: object.Body, size: object.ContentLength ?? 0 }
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null
      throw new StorageUnavailableError({ message: `Could not read ${filename}`, cause: error })
    }
  }
  const filePath = localPath({ env, owner, filename })
  const stats = await fs.stat(filePath).catch(() => null)
  if (!stats?.isFile()) return null
  return { stream: createReadStream(filePath), size: stats.size }
}

/** Deletes stored files of ours; a file already gone is not an error. */
export async function deleteStoredFiles({
  env,
  owner,
  filenames,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filenames: string[]
}): Promise<void> {
  if (filenames.length === 0) return
  if (env.s3) {
    try {
      await getS3Client({ config: env.s3 }).send(
        new DeleteObjectsCommand({
          Bucket: env.s3.bucket,
          Delete: {
            Objects: filenames.map((filename) => ({ Key: storageKey({ owner, filename }) })),
          },
        }),
      )
    } catch (error) {
      throw new StorageUnavailableError({ message: 'Could not delete stored files', cause: error })
    }
    return
  }
  await Promise.all(
    filenames.map((filename) => fs.rm(localPath({ env, owner, filename }), { force: true })),
  )
}

/**
 * The bucket key of `filename` in the folder of its owner, as `@payloadcms/storage-s3` builds
 * it for the original: `<prefix>/<_objectKey>/<filename>`, or `<collection>/<filename>`.
 */
export function storageKey({
  owner,
  filename,
}: {
  owner: StoredFileOwner
  filename: string
}): string {
  const folder = [owner.prefix, owner._objectKey]
    .map((part) => sanitizeSegment({ value: part ?? '' }))
    .filter((part) => part !== '')
    .join('/')
  return `${folder || owner.collection}/${path.posix.basename(filename)}`
}

function localPath({
  env,
  owner,
  filename,
}: {
  env: Pick<Env, 'mediaDir'>
  owner: StoredFileOwner
  filename: string
}): string {
  // The same folder `src/storage` gives Payload as the collection's `staticDir`.
  return path.join(env.mediaDir, owner.collection, path.basename(filename))
}

function sanitizeSegment({ value }: { value: string }): string {
  return value
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('/')
}
