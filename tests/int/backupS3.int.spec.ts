import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

import {
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { restoreBucketObjects } from '../../src/backup/bucketCopy'
import { createBackup, filesUnder } from '../../src/backup/createBackup'
import { verifyArchive } from '../../src/backup/restoreBackup'
import { getEnv, type BackupCopyTarget, type Env } from '../../src/env'
import { createAgency, signInStaff } from '../helpers/accounts'
import { plainJpeg } from '../helpers/mediaFixtures'
import { S3RVER_CREDENTIALS } from '../helpers/scratchEnv'
import { useScratchFolder } from '../helpers/scratchFolder'
import { startS3Server, type TestS3Server } from '../helpers/s3Server'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

const COPY_BUCKET = 'ttdn-backup-copy'

describe('backup and restore of the S3 bucket', () => {
  const scratch = useScratchFolder({ prefix: 'backup-s3' })
  let s3: TestS3Server
  let app: TestApp
  let client: S3Client
  let adminToken: string

  /** Every object of `bucket` under `prefix`: key (without the prefix) → SHA-256 and size. */
  const objectsOf = async (
    bucket: string,
    prefix = '',
  ): Promise<Record<string, { size: number; sha256: string }>> => {
    const { Contents = [] } = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }),
    )
    const found: Record<string, { size: number; sha256: string }> = {}
    for (const { Key } of Contents) {
      const body = (await client.send(new GetObjectCommand({ Bucket: bucket, Key })))
        .Body as Readable
      const chunks: Buffer[] = []
      for await (const chunk of body) chunks.push(chunk as Buffer)
      const bytes = Buffer.concat(chunks)
      found[Key!.slice(prefix.length)] = {
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }
    }
    return found
  }
  const emptyBucket = async (bucket: string): Promise<void> => {
    const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    if (Contents.length === 0) return
    await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: Contents.map(({ Key }) => ({ Key })) },
      }),
    )
  }
  const envCopyingTo = (copyTo: BackupCopyTarget): Env => {
    const env = getEnv()
    return { ...env, backup: { ...env.backup, s3CopyTo: copyTo } }
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    })
    await client.send(new CreateBucketCommand({ Bucket: COPY_BUCKET }))
    app = await startPayload({ env: s3.env })
    const agency = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu' })
    const admin = await signInStaff({
      app,
      email: 'sao-luu-s3@ttdn.test',
      roles: ['admin'],
      agency,
    })
    adminToken = admin.token
    for (const index of [1, 2]) {
      const jpeg = await plainJpeg({ width: 320 + index, height: 240 })
      await uploadAccepted({
        app,
        token: admin.token,
        name: `song-dong-nai-${index}.jpg`,
        bytes: new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }),
        data: { agency, accessTier: 'public', _status: 'published', kind: 'image' },
      })
    }
  })

  afterAll(async () => {
    client?.destroy()
    await app?.stop()
    await s3?.stop()
  })

  it('lists every object with its size and SHA-256 and copies it to a second bucket, then restores an emptied bucket from that copy', async () => {
    const original = await objectsOf(s3.bucket)
    // The originals and their renditions.
    expect(Object.keys(original).length).toBeGreaterThan(2)
    const copyTo: BackupCopyTarget = { kind: 's3', bucket: COPY_BUCKET, prefix: 'mirror' }
    const result = await createBackup({
      payload: app.payload,
      env: envCopyingTo(copyTo),
      out: path.join(scratch(), 's3.tar.gz'),
    })
    expect(result.manifest).toMatchObject({
      storage: 's3',
      s3: {
        bucket: s3.bucket,
        objects: Object.keys(original).length,
        copiedTo: `s3://${COPY_BUCKET}/mirror`,
      },
    })
    // No media folder in an S3 archive: the objects are listed, not packed.
    expect(result.manifest.files.some((file) => file.path.startsWith('media/'))).toBe(false)
    const verified = await verifyArchive({ archive: result.path, passphrase: null })
    const listed = Object.fromEntries(
      verified.bucketObjects!.map(({ key, size, sha256 }) => [key, { size, sha256 }]),
    )
    expect(listed).toEqual(original)
    expect(await objectsOf(COPY_BUCKET, 'mirror/')).toEqual(original)

    await emptyBucket(s3.bucket)
    expect(await objectsOf(s3.bucket)).toEqual({})
    const restored = await restoreBucketObjects({
      config: getEnv().s3!,
      copyFrom: copyTo,
      objects: verified.bucketObjects!,
    })
    expect(restored.objects).toBe(Object.keys(original).length)
    expect(await objectsOf(s3.bucket)).toEqual(original)
    // The restored files are served again.
    const { docs } = await app.payload.find({ collection: slugs.media, depth: 0, limit: 1 })
    const file = await app.rest.request('GET', `/media/file/${docs[0]!.filename}`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    expect(file.status).toBe(200)
  })

  it('copies to a folder and restores from it, refusing a copy whose bytes changed before writing anything', async () => {
    const original = await objectsOf(s3.bucket)
    const folder = path.join(scratch(), 'bucket-copy')
    const copyTo: BackupCopyTarget = { kind: 'folder', path: folder }
    const result = await createBackup({
      payload: app.payload,
      env: envCopyingTo(copyTo),
      out: path.join(scratch(), 's3-folder.tar.gz'),
    })
    expect(result.manifest.s3?.copiedTo).toBe(folder)
    expect(await filesUnder({ folder })).toEqual(Object.keys(original).sort())
    const verified = await verifyArchive({ archive: result.path, passphrase: null })

    // One byte of one copied object changed: the restore names it and puts nothing back.
    const [damagedKey] = Object.keys(original)
    const damagedPath = path.join(folder, damagedKey!)
    const bytes = await fs.readFile(damagedPath)
    bytes[bytes.length >> 1]! ^= 0xff
    await fs.writeFile(damagedPath, bytes)
    await emptyBucket(s3.bucket)
    await expect(
      restoreBucketObjects({
        config: getEnv().s3!,
        copyFrom: copyTo,
        objects: verified.bucketObjects!,
      }),
    ).rejects.toThrow(`${damagedKey!}: checksum differs`)
    expect(await objectsOf(s3.bucket)).toEqual({})

    bytes[bytes.length >> 1]! ^= 0xff
    await fs.writeFile(damagedPath, bytes)
    await restoreBucketObjects({
      config: getEnv().s3!,
      copyFrom: copyTo,
      objects: verified.bucketObjects!,
    })
    expect(await objectsOf(s3.bucket)).toEqual(original)
  })

  it('names the objects a copy lacks instead of restoring part of the bucket', async () => {
    await emptyBucket(s3.bucket)
    const folder = path.join(scratch(), 'empty-copy')
    await fs.mkdir(folder, { recursive: true })
    const objects = [{ key: 'media/missing.jpg', size: 3, sha256: 'a'.repeat(64) }]
    await expect(
      restoreBucketObjects({
        config: getEnv().s3!,
        copyFrom: { kind: 'folder', path: folder },
        objects,
      }),
    ).rejects.toThrow(/media\/missing\.jpg: .*ENOENT/)
    expect(await objectsOf(s3.bucket)).toEqual({})
  })
})
