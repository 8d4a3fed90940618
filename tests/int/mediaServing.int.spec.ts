import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { flushDownloadCounts } from '../../src/media/download/downloadCount'
import { plainJpeg } from '../helpers/mediaFixtures'
import { createAgency, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted, type MediaUpload } from '../helpers/uploads'
import { writeRawMovie } from '../helpers/rawMovie'

type Doc = Record<string, unknown> & { id: number; filename: string }

/**
 * Serving files from the local folder: byte ranges on the rendition and download endpoints,
 * resumable credited downloads from the download cache, and counting once per download.
 * (tests/int/s3LargeFiles.int.spec.ts does the same against S3.)
 */
describe('serving media files in ranges', () => {
  let app: TestApp
  let agencyId: number
  let adminToken: string
  let photo: Doc

  const cacheDir = () => path.join(app.dir, 'data', 'download-cache')

  async function upload({ data, ...file }: MediaUpload): Promise<Doc> {
    return uploadAccepted<Doc>({
      app,
      token: adminToken,
      ...file,
      data: { agency: agencyId, accessTier: 'public', _status: 'published', ...data },
    })
  }

  async function get(url: string, headers: Record<string, string> = {}, token = adminToken) {
    const response = await app.rest.request('GET', url, { token, headers })
    return { response, bytes: Buffer.from(await response.arrayBuffer()) }
  }

  async function downloadCount(id: number): Promise<number> {
    const item = await app.payload.findByID({ collection: slugs.media, id, depth: 0 })
    return (item.downloadCount as number | null) ?? 0
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const admin = await signInStaff({
      app,
      email: 'phuc-vu@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    adminToken = admin.token
    const jpeg = await plainJpeg({ width: 1600, height: 1200 })
    photo = await upload({
      name: 'cau-hoa-an.jpg',
      bytes: new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }),
      data: { kind: 'image', caption: 'Cầu Hóa An', credit: 'Báo Đồng Nai' },
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it("shows the admin the thumb rendition, not the original, as an item's thumbnail", async () => {
    const response = await app.rest.request('GET', `/${slugs.media}/${photo.id}?depth=0`, {
      token: adminToken,
    })
    const { thumbnailURL } = (await response.json()) as { thumbnailURL?: string }
    expect(thumbnailURL).toBe(`/api/${slugs.media}/${photo.id}/renditions/thumb.webp`)
    const thumb = await get(thumbnailURL!.replace(/^\/api/, ''))
    expect(thumb.response.status).toBe(200)
    expect(thumb.response.headers.get('content-type')).toBe('image/webp')
  })

  it('answers a range of a rendition with 206 and exactly those bytes, and 416 past the end', async () => {
    const url = `/${slugs.media}/${photo.id}/renditions/web.jpg`
    const whole = await get(url, {}, '')
    expect(whole.response.status).toBe(200)
    expect(whole.response.headers.get('accept-ranges')).toBe('bytes')
    const etag = whole.response.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    const size = whole.bytes.length
    expect(whole.response.headers.get('content-length')).toBe(String(size))

    const middle = await get(url, { Range: 'bytes=100-199' }, '')
    expect(middle.response.status).toBe(206)
    expect(middle.response.headers.get('content-range')).toBe(`bytes 100-199/${size}`)
    expect(middle.response.headers.get('content-length')).toBe('100')
    expect(middle.bytes.equals(whole.bytes.subarray(100, 200))).toBe(true)

    const tail = await get(url, { Range: 'bytes=-50' }, '')
    expect(tail.response.status).toBe(206)
    expect(tail.bytes.equals(whole.bytes.subarray(size - 50))).toBe(true)

    const beyond = await get(url, { Range: `bytes=${size}-` }, '')
    expect(beyond.response.status).toBe(416)
    expect(beyond.response.headers.get('content-range')).toBe(`bytes */${size}`)
    expect(beyond.bytes.length).toBe(0)

    const resumed = await get(url, { Range: 'bytes=10-', 'If-Range': etag }, '')
    expect(resumed.response.status).toBe(206)
    expect(resumed.bytes.equals(whole.bytes.subarray(10))).toBe(true)
    const changed = await get(url, { Range: 'bytes=10-', 'If-Range': '"another-file"' }, '')
    expect(changed.response.status).toBe(200)
    expect(changed.bytes.equals(whole.bytes)).toBe(true)
  })

  it('gives a ranged or resumed credited download the same bytes and ETag, even after the cache is emptied', async () => {
    const url = `/library/media/${photo.id}/download?rendition=web&locale=vi`
    const whole = await get(url)
    expect(whole.response.status).toBe(200)
    expect(whole.bytes.includes(Buffer.from('Báo Đồng Nai'))).toBe(true)
    const etag = whole.response.headers.get('etag')!
    const size = whole.bytes.length
    expect(whole.response.headers.get('content-length')).toBe(String(size))

    const rest = await get(url, { Range: 'bytes=1000-', 'If-Range': etag })
    expect(rest.response.status).toBe(206)
    expect(rest.response.headers.get('content-range')).toBe(`bytes 1000-${size - 1}/${size}`)
    expect(rest.bytes.equals(whole.bytes.subarray(1000))).toBe(true)

    // Written again from scratch, the file comes out byte for byte the same.
    await fs.rm(cacheDir(), { recursive: true, force: true })
    const again = await get(url, { Range: 'bytes=0-999' })
    expect(again.response.status).toBe(206)
    expect(again.response.headers.get('etag')).toBe(etag)
    expect(again.bytes.equals(whole.bytes.subarray(0, 1000))).toBe(true)

    const beyond = await get(url, { Range: `bytes=${size + 10}-` })
    expect(beyond.response.status).toBe(416)
    expect(beyond.response.headers.get('content-range')).toBe(`bytes */${size}`)
  })

  it("counts and audits a requester's download once however many ranges it takes, wherever they start", async () => {
    const memo = await upload({
      name: 'noi-bo.jpg',
      bytes: new Blob([new Uint8Array(await plainJpeg())], { type: 'image/jpeg' }),
      data: { kind: 'image', accessTier: 'internal', credit: 'Sở Ngoại vụ' },
    })
    const url = `/library/media/${memo.id}/download?rendition=web`
    const before = await downloadCount(memo.id)
    // One requester within the window (src/media/download/downloadRecords.ts): the whole file, the
    // same in three ranges, and a range that fails make one download.
    expect((await get(url)).response.status).toBe(200)
    expect((await get(url, { Range: 'bytes=0-499' })).response.status).toBe(206)
    expect((await get(url, { Range: 'bytes=500-999' })).response.status).toBe(206)
    expect((await get(url, { Range: 'bytes=1000-' })).response.status).toBe(206)
    expect((await get(url, { Range: 'bytes=99999999-' })).response.status).toBe(416)
    await flushDownloadCounts({ payload: app.payload })
    expect((await downloadCount(memo.id)) - before).toBe(1)
    const audited = await app.payload.find({
      collection: slugs.auditLog,
      where: {
        and: [{ action: { equals: 'download' } }, { targetId: { equals: String(memo.id) } }],
      },
    })
    expect(audited.totalDocs).toBe(1)
  })

  it("clears an item's cached downloads when it changes and when it is deleted", async () => {
    const item = await upload({
      name: 'song.jpg',
      bytes: new Blob([new Uint8Array(await plainJpeg())], { type: 'image/jpeg' }),
      data: { kind: 'image', caption: 'Sông Đồng Nai', credit: 'Báo Đồng Nai' },
    })
    const url = `/library/media/${item.id}/download?rendition=web&locale=vi`
    const first = await get(url)
    const itemCache = path.join(cacheDir(), String(item.id))
    expect((await fs.readdir(itemCache)).length).toBe(1)

    const edited = await app.rest.request('PATCH', `/${slugs.media}/${item.id}`, {
      token: adminToken,
      body: { caption: 'Sông Đồng Nai lúc hoàng hôn' },
    })
    expect(edited.status).toBe(200)
    await expect(fs.stat(itemCache)).rejects.toThrow()
    const second = await get(url)
    expect(second.response.headers.get('etag')).not.toBe(first.response.headers.get('etag'))
    expect(second.bytes.includes(Buffer.from('lúc hoàng hôn'))).toBe(true)

    const deleted = await app.rest.request('DELETE', `/${slugs.media}/${item.id}`, {
      token: adminToken,
    })
    expect(deleted.status).toBe(200)
    await expect(fs.stat(itemCache)).rejects.toThrow()
  })

  it('streams a video as stored, whole or in ranges, without rewriting or caching it', async () => {
    const moviePath = path.join(app.dir, 'test.mov')
    await writeRawMovie({ filePath: moviePath, bytes: 3 * 1024 * 1024 })
    const movie = await fs.readFile(moviePath)
    const video = await upload({
      name: 'le-hoi.mov',
      bytes: new Blob([new Uint8Array(movie)], { type: 'video/quicktime' }),
      data: { kind: 'video', caption: 'Lễ hội', credit: 'Báo Đồng Nai' },
    })
    const url = `/library/media/${video.id}/download?rendition=original`
    const whole = await get(url)
    expect(whole.response.status).toBe(200)
    expect(whole.response.headers.get('content-type')).toBe('video/quicktime')
    expect(sha256(whole.bytes)).toBe(sha256(movie))

    const seek = await get(url, { Range: 'bytes=2000000-2000099' })
    expect(seek.response.status).toBe(206)
    expect(seek.bytes.equals(movie.subarray(2_000_000, 2_000_100))).toBe(true)
    await expect(fs.stat(path.join(cacheDir(), String(video.id)))).rejects.toThrow()
  })
})

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
