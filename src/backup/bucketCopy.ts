import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { type Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'

import type { BackupCopyTarget, S3Config } from '../env'
import { getS3Client } from '../storage/s3Client'
import { uploadInParts } from '../storage/s3MultipartUpload'
import type { BucketObject } from './manifest'

/**
 * Lists every object of the app's bucket and streams each through SHA-256, copying it on the way
 * to `copyTo` (a second bucket on the same server, or a folder) when one is given. The copy
 * keeps the object's key under the target's prefix and is one mirror shared by all backups:
 * objects are written once under a new key and never changed, so each archive's list of keys
 * and checksums finds its objects there, and objects deleted since stay for the older archives.
 */
export async function copyBucketObjects({
  config,
  copyTo,
}: {
  config: S3Config
  copyTo: BackupCopyTarget | null
}): Promise<BucketObject[]> {
  const objects: BucketObject[] = []
  for await (const { key } of listObjects({ config })) {
    const { body, size } = await getObject({ config, key })
    const hashing = hashingStream()
    const copied = copyTo
      ? writeCopy({ config, copyTo, key, body: hashing.stream })
      : pipeline(hashing.stream, discard())
    await Promise.all([pipeline(body, hashing.stream), copied])
    objects.push({ key, size, sha256: hashing.digest() })
  }
  return objects
}

/**
 * Restores `objects` from the copy at `copyFrom` into the app's bucket: first reads every one
 * and checks its SHA-256 (writing nothing), then copies them. Throws naming the objects missing
 * or changed in the copy.
 */
export async function restoreBucketObjects({
  config,
  copyFrom,
  objects,
}: {
  config: S3Config
  copyFrom: BackupCopyTarget
  objects: BucketObject[]
}): Promise<{ objects: number; bytes: number }> {
  const problems: string[] = []
  for (const object of objects) {
    const hashing = hashingStream()
    try {
      await pipeline(
        await readCopy({ config, copyFrom, key: object.key }),
        hashing.stream,
        discard(),
      )
    } catch (error) {
      problems.push(`${object.key}: ${(error as Error).message}`)
      continue
    }
    if (hashing.digest() !== object.sha256) problems.push(`${object.key}: checksum differs`)
  }
  if (problems.length > 0) {
    throw new Error(
      `The copy of the bucket does not match the archive:\n  ${problems.join('\n  ')}`,
    )
  }
  let bytes = 0
  for (const object of objects) {
    await uploadInParts({
      config,
      key: object.key,
      body: await readCopy({ config, copyFrom, key: object.key }),
      contentType: 'application/octet-stream',
    })
    bytes += object.size
  }
  return { objects: objects.length, bytes }
}

/** Describes a copy target for messages and the manifest. */
export function describeCopyTarget({ copyTo }: { copyTo: BackupCopyTarget }): string {
  return copyTo.kind === 'folder' ? copyTo.path : `s3://${copyTo.bucket}/${copyTo.prefix}`
}

async function* listObjects({ config }: { config: S3Config }): AsyncGenerator<{ key: string }> {
  let token: string | undefined
  do {
    const page = await getS3Client({ config }).send(
      new ListObjectsV2Command({ Bucket: config.bucket, ContinuationToken: token }),
    )
    for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
}

async function getObject({
  config,
  key,
}: {
  config: S3Config
  key: string
}): Promise<{ body: Readable; size: number }> {
  const answer = await getS3Client({ config }).send(
    new GetObjectCommand({ Bucket: config.bucket, Key: key }),
  )
  return { body: answer.Body as Readable, size: answer.ContentLength ?? 0 }
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() })
}

function hashingStream(): { stream: Transform; digest: () => string } {
  const hash = createHash('sha256')
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      callback(null, chunk)
    },
  })
  return { stream, digest: () => hash.digest('hex') }
}

function copyConfig({ config, bucket }: { config: S3Config; bucket: string }): S3Config {
  const key = `${bucket}\u0000${config.bucket}`
  let copy = copyConfigs.get(key)
  if (!copy) {
    copy = { ...config, bucket }
    copyConfigs.set(key, copy)
  }
  return copy
}

// One config object per bucket, so that getS3Client builds one client for it.
const copyConfigs = new Map<string, S3Config>()

function copyPath({ copyTo, key }: { copyTo: BackupCopyTarget; key: string }): string {
  if (key.split('/').some((part) => part === '..' || part === '')) {
    throw new Error(`Refusing to copy the object key "${key}": it is not a plain relative path`)
  }
  return copyTo.kind === 'folder'
    ? path.join(copyTo.path, key)
    : [copyTo.prefix, key].filter((part) => part !== '').join('/')
}

async function writeCopy({
  config,
  copyTo,
  key,
  body,
}: {
  config: S3Config
  copyTo: BackupCopyTarget
  key: string
  body: Readable
}): Promise<void> {
  const target = copyPath({ copyTo, key })
  if (copyTo.kind === 's3') {
    await uploadInParts({
      config: copyConfig({ config, bucket: copyTo.bucket }),
      key: target,
      body,
      contentType: 'application/octet-stream',
    })
    return
  }
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  // Written aside and renamed: a copy cut short never stands for the object.
  const partial = `${target}.partial`
  await pipeline(body, fs.createWriteStream(partial))
  await fs.promises.rename(partial, target)
}

async function readCopy({
  config,
  copyFrom,
  key,
}: {
  config: S3Config
  copyFrom: BackupCopyTarget
  key: string
}): Promise<Readable> {
  const source = copyPath({ copyTo: copyFrom, key })
  if (copyFrom.kind === 'folder') return fs.createReadStream(source)
  return (await getObject({ config: copyConfig({ config, bucket: copyFrom.bucket }), key: source }))
    .body
}
