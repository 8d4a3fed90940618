import { createHash } from 'node:crypto'
import { createReadStream, openAsBlob } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../../src/env'
import { getS3Client, StorageUnavailableError } from '../../src/storage/s3Client'
import { PART_SIZE_BYTES } from '../../src/storage/s3MultipartUpload'
import { abortStaleMultipartUploads } from '../../src/storage/staleMultipartUploads'
import { startS3Server, type TestS3Server } from '../helpers/s3Server'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'
import { writeRawMovie } from '../helpers/rawMovie'

const MOVIE_BYTES = 30 * 1024 * 1024

type Sent = { command: string; key?: string; range?: string }

/**
 * Large files in S3 (s3rver on loopback): a video bigger than several parts goes up as a
 * multipart upload read from the temporary file, arrives intact, and comes back in ranges
 * through the download endpoint and the staff-only stock route.
 */
describe('large files in S3', () => {
  let s3: TestS3Server
  let app: TestApp
  let adminToken: string
  let journalistToken: string
  let moviePath: string
  let movieHash: string
  let video: { id: number; filename: string; prefix?: string; _objectKey?: string }
  const sent: Sent[] = []

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await startPayload({ env: s3.env })
    // Every command our S3 client sends, as the bucket receives it.
    getS3Client({ config: getEnv().s3! }).middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: string; Range?: string }
        sent.push({ command: context.commandName ?? '', key: input.Key, range: input.Range })
        return next(args)
      },
      { step: 'initialize', name: 'recordCommands' },
    )
    const agencyId = await createAgency({ app, name: 'Đài PT-TH Đồng Nai', code: 'dnrtv' })
    const admin = await signInStaff({
      app,
      email: 'kho-s3@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    adminToken = admin.token
    const journalist = await signInJournalist({
      app,
      email: 'bao-chi@ttdn.test',
      data: { outlet: 'Reuters', preferredLanguage: 'en', country: 'GB' },
    })
    journalistToken = journalist.token

    moviePath = path.join(app.dir, 'le-hoi.mov')
    await writeRawMovie({ filePath: moviePath, bytes: MOVIE_BYTES })
    movieHash = await sha256OfFile({ filePath: moviePath })
    video = await uploadAccepted<typeof video>({
      app,
      token: adminToken,
      name: 'le-hoi.mov',
      // Read from disk as the request is sent: the test holds no copy of the movie either.
      bytes: await openAsBlob(moviePath, { type: 'video/quicktime' }),
      data: {
        kind: 'video',
        agency: agencyId,
        accessTier: 'public',
        caption: 'Lễ hội Kỳ Yên',
        credit: 'Đài PT-TH Đồng Nai',
        _status: 'published',
      },
    })
  })

  afterAll(async () => {
    await app?.stop()
    await s3?.stop()
  })

  it('uploads a video larger than a part as a multipart upload that arrives intact', async () => {
    const key = (await s3.listKeys()).find((candidate) => candidate.endsWith(video.filename))
    expect(key).toBeDefined()
    const ofVideo = sent.filter((entry) => entry.key === key)
    const commands = ofVideo.map((entry) => entry.command)
    expect(commands).toContain('CreateMultipartUploadCommand')
    expect(commands).toContain('CompleteMultipartUploadCommand')
    expect(commands).not.toContain('PutObjectCommand')
    const parts = commands.filter((command) => command === 'UploadPartCommand').length
    expect(parts).toBe(Math.ceil((await fs.stat(moviePath)).size / PART_SIZE_BYTES))

    // Read back past the app, straight from the bucket.
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
      expect(object.ContentLength).toBe((await fs.stat(moviePath)).size)
      const hash = createHash('sha256')
      await pipeline(object.Body as Readable, hash)
      expect(hash.digest('hex')).toBe(movieHash)
    } finally {
      client.destroy()
    }
  })

  it('serves the video in ranges read from the bucket with a ranged GetObject', async () => {
    const url = `/library/media/${video.id}/download?rendition=original&terms=accepted&use=news`
    const size = (await fs.stat(moviePath)).size
    const start = 20 * 1024 * 1024
    sent.length = 0
    const response = await app.rest.request('GET', url, {
      token: journalistToken,
      headers: { Range: `bytes=${start}-${start + 65_535}` },
    })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${start + 65_535}/${size}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.equals(await readSlice({ filePath: moviePath, start, length: 65_536 }))).toBe(true)
    expect(sent.find((entry) => entry.command === 'GetObjectCommand')?.range).toBe(
      `bytes=${start}-${start + 65_535}`,
    )

    const beyond = await app.rest.request('GET', url, {
      token: journalistToken,
      headers: { Range: `bytes=${size}-` },
    })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`)
  })

  it('serves the original through the stock file route to staff only, in ranges', async () => {
    const url = `/${slugs.media}/file/${video.filename}`
    const anonymous = await app.rest.request('GET', url)
    expect(anonymous.status).toBe(403)
    const journalist = await app.rest.request('GET', url, { token: journalistToken })
    expect(journalist.status).toBe(403)

    const staff = await app.rest.request('GET', url, {
      token: adminToken,
      headers: { Range: 'bytes=0-1023' },
    })
    expect(staff.status).toBe(206)
    expect(staff.headers.get('accept-ranges')).toBe('bytes')
    expect(
      Buffer.from(await staff.arrayBuffer()).equals(
        await readSlice({ filePath: moviePath, start: 0, length: 1024 }),
      ),
    ).toBe(true)
  })

  it('cannot sweep stale multipart uploads on s3rver, which lacks ListMultipartUploads, and says so', async () => {
    // Real S3 and MinIO list them; src/storage/staleMultipartUploads.spec.ts covers the sweep.
    await expect(
      abortStaleMultipartUploads({
        config: getEnv().s3!,
        prefixes: [`${slugs.media}/`],
        now: new Date(),
        logger: app.payload.logger,
      }),
    ).rejects.toBeInstanceOf(StorageUnavailableError)
  })

  it('deletes the object with its item', async () => {
    const response = await app.rest.request('DELETE', `/${slugs.media}/${video.id}`, {
      token: adminToken,
    })
    expect(response.status).toBe(200)
    expect((await s3.listKeys()).some((key) => key.endsWith(video.filename))).toBe(false)
  })
})

async function sha256OfFile({ filePath }: { filePath: string }): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(filePath), hash)
  return hash.digest('hex')
}

async function readSlice({
  filePath,
  start,
  length,
}: {
  filePath: string
  start: number
  length: number
}): Promise<Buffer> {
  const handle = await fs.open(filePath)
  try {
    const buffer = Buffer.alloc(length)
    await handle.read(buffer, 0, length, start)
    return buffer
  } finally {
    await handle.close()
  }
}
