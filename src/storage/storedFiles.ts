import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3'

import type { Env, S3Config } from '../env'
import { getS3Client, StorageUnavailableError } from './s3Client'
import { uploadInParts } from './s3MultipartUpload'

/** Where an item's files live: its collection and, in S3, the folder fields the plugin keeps. */
export type StoredFileOwner = {
  collection: string
  /** The document's `prefix` and `_objectKey` (S3 mode); absent for the local folder. */
  prefix?: string | null
  _objectKey?: string | null
}

/** A stored file found in the storage, described before any byte of it is read. */
export type StoredFile = {
  /** The whole file's size in bytes. */
  size: number
  /**
   * A strong entity tag, quoted: the object's ETag in S3; size and modification time for the
   * local folder (as nginx does), which is enough because stored files are written once under
   * a new name and never changed in place.
   */
  etag: string
  lastModified: Date | null
  /** The type the storage recorded (S3 only). */
  contentType: string | null
  /** Opens the file, or the bytes `start`…`end` (both included) of it, as a stream. */
  open: (args?: { range?: ByteSpan }) => Promise<Readable>
}

/** Byte offsets, both included, as in `Content-Range`. */
export type ByteSpan = { start: number; end: number }

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
  sourcePath,
  contentType,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filename: string
  contentType: string
} & (
  | { body: Buffer; sourcePath?: never }
  /**
   * A file on disk (a transcoded video, say), streamed: copied into the local folder, or sent
   * to the bucket in parts, never read into memory. The caller keeps and removes it.
   */
  | { sourcePath: string; body?: never }
)): Promise<void> {
  if (sourcePath !== undefined) {
    if (env.s3) {
      await uploadInParts({
        config: env.s3,
        key: storageKey({ owner, filename }),
        body: createReadStream(sourcePath),
        contentType,
      })
      return
    }
    const filePath = localPath({ env, owner, filename })
    await fs.mkdir(path.dirname(filePath), { recursive: true })
    await fs.copyFile(sourcePath, filePath)
    return
  }
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

/**
 * Opens a stored file (an original or one of ours) as a stream, or the bytes `range` of it;
 * `null` when it is missing. `size` is the whole file's.
 */
export async function openStoredFile({
  env,
  owner,
  filename,
  range,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filename: string
  range?: ByteSpan
}): Promise<{ stream: Readable; size: number } | null> {
  const file = await findStoredFile({ env, owner, filename })
  if (!file) return null
  return { stream: await file.open({ range }), size: file.size }
}

/** Looks a stored file up (one `stat`, or one `HeadObject`); `null` when it is missing. */
export async function findStoredFile({
  env,
  owner,
  filename,
}: {
  env: Pick<Env, 'mediaDir' | 's3'>
  owner: StoredFileOwner
  filename: string
}): Promise<StoredFile | null> {
  if (env.s3) return findS3Object({ config: env.s3, key: storageKey({ owner, filename }) })
  return findLocalFile({ filePath: localPath({ env, owner, filename }) })
}

/** Looks an object of the bucket up by its key; `null` when there is none. */
export async function findS3Object({
  config,
  key,
}: {
  config: S3Config
  key: string
}): Promise<StoredFile | null> {
  const client = getS3Client({ config })
  let head
  try {
    head = await client.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }))
  } catch (error) {
    if (isMissingObject({ error })) return null
    throw new StorageUnavailableError({ message: `Could not look up ${key}`, cause: error })
  }
  const etag = head.ETag ?? null
  return {
    size: head.ContentLength ?? 0,
    etag: etag ?? `"${(head.ContentLength ?? 0).toString(16)}"`,
    lastModified: head.LastModified ?? null,
    contentType: head.ContentType ?? null,
    open: async ({ range } = {}) => {
      try {
        const object = await client.send(
          new GetObjectCommand({
            Bucket: config.bucket,
            Key: key,
            // Only the bytes asked for leave the bucket: a seek in a 2 GB video costs a range.
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
            // The object read must be the one described: a file replaced in between fails.
            IfMatch: etag ?? undefined,
          }),
        )
        if (!(object.Body instanceof Readable)) {
          throw new Error(`The body of ${key} is not a Node.js stream`)
        }
        return object.Body
      } catch (error) {
        throw new StorageUnavailableError({ message: `Could not read ${key}`, cause: error })
      }
    },
  }
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

async function findLocalFile({ filePath }: { filePath: string }): Promise<StoredFile | null> {
  const stats = await fs.stat(filePath).catch(() => null)
  if (!stats?.isFile()) return null
  return {
    size: stats.size,
    etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
    lastModified: stats.mtime,
    contentType: null,
    open: ({ range } = {}) =>
      Promise.resolve(
        createReadStream(filePath, range ? { start: range.start, end: range.end } : undefined),
      ),
  }
}

function isMissingObject({ error }: { error: unknown }): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404
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
