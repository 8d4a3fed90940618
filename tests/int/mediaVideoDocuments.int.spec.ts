import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import type * as Unpdf from 'unpdf'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { translate } from '../../src/i18n'
import { readEmbeddedTags } from '../../src/media/metadata/exiftool'
import type { RenditionRecord } from '../../src/media/upload/uploadPipeline'
import { probeVideo, transcodeWebVideo } from '../../src/media/video/ffmpeg'
import type { TranscodeProgress } from '../../src/media/video/progress'
import { releaseAbandonedJobs } from '../../src/jobs/jobLeases'
import { MEDIA_QUEUE, TRANSCODE_VIDEO_TASK } from '../../src/media/video/transcodeVideoTask'
import { SEARCH_QUEUE } from '../../src/search/sync/searchTasks'
import { pdfWithLines } from '../helpers/documentFixtures'
import { createAgency, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import {
  postMedia,
  storedMediaFiles,
  temporaryUploadFiles,
  type MediaUpload,
} from '../helpers/uploads'
import { testVideo, topLevelBoxes } from '../helpers/videoFixtures'

/** Counts how often PDF.js opens a document: an upload should be parsed once. */
const pdfOpenings = vi.hoisted(() => ({ count: 0 }))
/** While set, drawing a PDF page fails the way a missing or broken canvas module does. */
const canvasFailure = vi.hoisted(() => ({ isOn: false }))
vi.mock('unpdf', async (importOriginal) => {
  const original = await importOriginal<typeof Unpdf>()
  return {
    ...original,
    getDocumentProxy: (...args: Parameters<typeof original.getDocumentProxy>) => {
      pdfOpenings.count += 1
      return original.getDocumentProxy(...args)
    },
    createIsomorphicCanvasFactory: (
      ...args: Parameters<typeof original.createIsomorphicCanvasFactory>
    ) =>
      canvasFailure.isOn
        ? Promise.reject(new Error('Cannot find module @napi-rs/canvas'))
        : original.createIsomorphicCanvasFactory(...args),
  }
})

/** Long enough for the transcode to be seen running. */
const SECONDS = 6

type MediaDoc = Record<string, unknown> & {
  id: number
  filename: string
  kind: string
  renditions: RenditionRecord[]
  placeholder?: string | null
  video?: Record<string, unknown>
  videoProcessing?: { status: string | null; percent: number | null; error: string | null }
  pageCount?: number | null
  documentText?: string | null
  securityHold?: { isHeld?: boolean }
}

type Json = { doc?: MediaDoc; errors?: Array<{ message: string }> }

const PRIVATE_TAG = /GPS|LocationInformation/i

describe('videos and documents in the media library', () => {
  let app: TestApp
  let agencyId: number
  let token: string

  const mediaDir = () => path.join(app.dir, 'media', 'media')
  const transcodeDir = () => path.join(app.dir, 'data', 'transcode')

  async function upload(file: MediaUpload): Promise<{ status: number; json: Json }> {
    const defaults = { agency: agencyId, accessTier: 'public', _status: 'published' }
    const response = await postMedia({
      app,
      token,
      ...file,
      language: file.language ?? 'en',
      data: { ...defaults, ...file.data },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  async function read({ id, draft }: { id: number; draft: boolean }): Promise<MediaDoc> {
    return (await app.payload.findByID({
      collection: slugs.media,
      id,
      draft,
      depth: 0,
      overrideAccess: true,
    })) as unknown as MediaDoc
  }

  async function snapshot() {
    const [media, versions, jobs] = await Promise.all([
      app.payload.count({ collection: slugs.media }),
      app.payload.countVersions({ collection: slugs.media }),
      app.payload.count({ collection: 'payload-jobs', where: { queue: { equals: MEDIA_QUEUE } } }),
    ])
    return {
      records: [media.totalDocs, versions.totalDocs, jobs.totalDocs],
      stored: await storedMediaFiles({ app }),
      temporary: await temporaryUploadFiles({ app }),
    }
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({ app, name: 'Đài Phát thanh và Truyền hình', code: 'dai-ptth' })
    const editor = await signInStaff({
      app,
      email: 'bien-tap-video@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    token = editor.token
  })

  afterAll(async () => {
    await app?.stop()
  })

  describe('a 1080p video with sound', () => {
    let item: MediaDoc

    beforeAll(async () => {
      const result = await upload({
        name: 'Lễ hội.mp4',
        type: 'video/mp4',
        bytes: await testVideo({ width: 1920, height: 1080, seconds: SECONDS, rate: 25 }),
        data: { kind: 'video', caption: 'Lễ hội đường phố' },
      })
      expect(result.status, JSON.stringify(result.json)).toBe(201)
      item = result.json.doc!
    })

    it('is probed on upload: duration, size, codecs and frame rate', () => {
      expect(item.kind).toBe('video')
      expect(item.video).toMatchObject({
        width: 1920,
        height: 1080,
        videoCodec: 'h264',
        audioCodec: 'aac',
        frameRate: 25,
      })
      expect(item.video?.durationSeconds).toBeCloseTo(SECONDS, 1)
    })

    it('gets thumb, web and large stills of its poster frame and a placeholder, like a photo', async () => {
      const stills = item.renditions.map(({ size, format, width, height }) => ({
        size,
        format,
        width,
        height,
      }))
      expect(stills).toEqual(
        expect.arrayContaining(
          ['webp', 'jpeg'].flatMap((format) => [
            { size: 'thumb', format, width: 400, height: 225 },
            { size: 'web', format, width: 1280, height: 720 },
            // Never enlarged: the frame is 1920 × 1080.
            { size: 'large', format, width: 1920, height: 1080 },
          ]),
        ),
      )
      expect(item.renditions).toHaveLength(6)
      expect(item.placeholder).toMatch(/^data:image\/webp;base64,/)
      for (const rendition of item.renditions) {
        const stat = await fs.stat(path.join(mediaDir(), rendition.filename))
        expect(stat.size).toBe(rendition.filesize)
      }
      const response = await app.rest.request(
        'GET',
        `/${slugs.media}/${item.id}/renditions/thumb.jpg`,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
    })

    it('keeps no filming place in the stored original', async () => {
      const tags = await readEmbeddedTags({ filePath: path.join(mediaDir(), item.filename) })
      expect(Object.keys(tags).filter((key) => PRIVATE_TAG.test(key))).toEqual([])
    })

    it('queues its web version instead of making it during the upload', async () => {
      expect(item.videoProcessing).toMatchObject({ status: 'queued', percent: 0 })
      const { docs } = await app.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: MEDIA_QUEUE } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({
        taskSlug: TRANSCODE_VIDEO_TASK,
        input: { collection: slugs.media, id: String(item.id), filename: item.filename },
      })
    })

    describe('once the media queue has run', () => {
      let done: MediaDoc
      let versionsBefore: number
      let latestBefore: MediaDoc
      /** The progress an editor watching the item saw while the job ran. */
      const seen: Array<NonNullable<MediaDoc['videoProcessing']>> = []

      beforeAll(async () => {
        versionsBefore = (await app.payload.countVersions({ collection: slugs.media })).totalDocs
        latestBefore = await read({ id: item.id, draft: true })
        let isRunning = true
        const run = app.payload.jobs.run({ queue: MEDIA_QUEUE }).finally(() => {
          isRunning = false
        })
        while (isRunning) {
          const { videoProcessing } = await read({ id: item.id, draft: true })
          if (videoProcessing) seen.push(videoProcessing)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        await run
        done = await read({ id: item.id, draft: false })
      })

      it('showed its progress while it ran: running, rising, then done', () => {
        expect(seen.map(({ status }) => status)).toContain('running')
        const percents = [...seen, done.videoProcessing!].map(({ percent }) => percent ?? 0)
        expect(percents).toEqual([...percents].sort((a, b) => a - b))
      })

      it('has an H.264/AAC MP4 web version of at most 720p, faststart, recorded as web/mp4', async () => {
        const web = done.renditions.find((rendition) => rendition.format === 'mp4')
        expect(web).toMatchObject({
          size: 'web',
          mimeType: 'video/mp4',
          width: 1280,
          height: 720,
        })
        const filePath = path.join(mediaDir(), web!.filename)
        expect((await fs.stat(filePath)).size).toBe(web!.filesize)
        const probe = await probeVideo({ filePath })
        expect(probe).toMatchObject({
          videoCodec: 'h264',
          audioCodec: 'aac',
          width: 1280,
          height: 720,
        })
        expect(probe.durationSeconds).toBeCloseTo(SECONDS, 0)
        const boxes = topLevelBoxes({ bytes: await fs.readFile(filePath) })
        expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'))
        const tags = await readEmbeddedTags({ filePath })
        expect(Object.keys(tags).filter((key) => PRIVATE_TAG.test(key))).toEqual([])
      })

      it('shows the progress as done, on the live item and on the version the next edit starts from', async () => {
        expect(done.videoProcessing).toMatchObject({ status: 'done', percent: 100, error: null })
        const latest = await read({ id: item.id, draft: true })
        expect(latest.videoProcessing).toMatchObject({ status: 'done', percent: 100 })
        expect(latest.renditions.map((rendition) => rendition.format)).toContain('mp4')
        // What the admin panel polls (src/components/admin/VideoProcessingStatus.tsx).
        const polled = await app.rest.request(
          'GET',
          `/${slugs.media}/${item.id}?depth=0&draft=true&select[videoProcessing]=true`,
          { token },
        )
        expect(polled.status).toBe(200)
        expect(await polled.json()).toMatchObject({
          videoProcessing: { status: 'done', percent: 100 },
        })
      })

      it('made no new version, no audit entry and no change of the item', async () => {
        expect((await app.payload.countVersions({ collection: slugs.media })).totalDocs).toBe(
          versionsBefore,
        )
        expect(done.updatedAt).toBe(item.updatedAt)
        expect((await read({ id: item.id, draft: true })).updatedAt).toBe(latestBefore.updatedAt)
        const { docs } = await app.payload.find({
          collection: 'payload-jobs',
          where: { queue: { equals: MEDIA_QUEUE } },
        })
        expect(docs).toEqual([])
      })

      it('is what a download of the web rendition gives, and plays inline', async () => {
        const download = await app.rest.request(
          'GET',
          `/library/media/${item.id}/download?rendition=web`,
        )
        expect(download.status).toBe(200)
        expect(download.headers.get('content-type')).toBe('video/mp4')
        expect(download.headers.get('content-disposition')).toMatch(/attachment.*\.mp4/)
        const body = Buffer.from(await download.arrayBuffer())
        expect(topLevelBoxes({ bytes: body })[0]).toBe('ftyp')

        const inline = await app.rest.request(
          'GET',
          `/${slugs.media}/${item.id}/renditions/web.mp4`,
        )
        expect(inline.status).toBe(200)
        expect(inline.headers.get('content-type')).toBe('video/mp4')
        await inline.arrayBuffer()

        const poster = await app.rest.request(
          'GET',
          `/library/media/${item.id}/download?rendition=web&format=jpeg`,
        )
        expect(poster.status).toBe(200)
        expect(poster.headers.get('content-type')).toBe('image/jpeg')
        await poster.arrayBuffer()
      })

      it('keeps its web version through an editor’s later save', async () => {
        const response = await app.rest.request('PATCH', `/${slugs.media}/${item.id}`, {
          token,
          body: { caption: 'Lễ hội đường phố năm 2025' },
        })
        expect(response.status).toBe(200)
        for (const draft of [false, true]) {
          const saved = await read({ id: item.id, draft })
          expect(saved.renditions.map((rendition) => rendition.format)).toContain('mp4')
          expect(saved.videoProcessing).toMatchObject({ status: 'done' })
        }
      })

      it('starts over cleanly when a run was cut off (a crash mid-transcode)', async () => {
        // What a crash leaves: a half-written output, and a job still marked as running.
        const leftover = path.join(
          transcodeDir(),
          `${path.parse(item.filename).name}-web.mp4.partial`,
        )
        await fs.mkdir(transcodeDir(), { recursive: true })
        await fs.writeFile(leftover, Buffer.alloc(1024, 7))
        const job = await app.payload.jobs.queue({
          task: TRANSCODE_VIDEO_TASK,
          queue: MEDIA_QUEUE,
          input: { collection: slugs.media, id: String(item.id), filename: item.filename },
        })
        await app.payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: { processing: true },
        })
        expect((await app.payload.jobs.run({ queue: MEDIA_QUEUE })).noJobsRemaining).toBe(true)

        // Once its lease has run out, with nobody renewing it.
        const later = new Date(Date.now() + 10 * 60_000)
        expect(
          await releaseAbandonedJobs({ payload: app.payload, leaseMs: 60_000, now: later }),
        ).toBe(1)
        await app.payload.jobs.run({ queue: MEDIA_QUEUE })
        const again = await read({ id: item.id, draft: false })
        expect(again.videoProcessing).toMatchObject({ status: 'done', percent: 100 })
        expect(again.renditions.filter((rendition) => rendition.format === 'mp4')).toHaveLength(1)
        expect(await fs.readdir(transcodeDir())).toEqual([])
        const web = again.renditions.find((rendition) => rendition.format === 'mp4')!
        expect((await probeVideo({ filePath: path.join(mediaDir(), web.filename) })).height).toBe(
          720,
        )
      })

      it('deletes the web version with the item', async () => {
        const files = (await read({ id: item.id, draft: false })).renditions.map(
          (rendition) => rendition.filename,
        )
        await app.payload.delete({ collection: slugs.media, id: item.id })
        const stored = await fs.readdir(mediaDir())
        expect(stored.filter((name) => files.includes(name) || name === item.filename)).toEqual([])
      })
    })
  })

  it('reports transcode progress from ffmpeg, up to 100 % at the end', async () => {
    const dir = await fs.mkdtemp(path.join(app.dir, 'progress-'))
    const input = path.join(dir, 'in.mp4')
    const output = path.join(dir, 'out.mp4')
    await fs.writeFile(input, await testVideo({ width: 640, height: 360, seconds: 2 }))
    const reports: TranscodeProgress[] = []
    await transcodeWebVideo({
      input,
      output,
      size: { width: 640, height: 360 },
      hasAudio: true,
      durationSeconds: 2,
      onProgress: (progress) => reports.push(progress),
    })
    expect(reports.at(-1)).toEqual({ percent: 100, isFinished: true })
    const percents = reports.map((report) => report.percent)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('makes a silent upright phone video 720 × 1280 with no sound track', async () => {
    const result = await upload({
      name: 'doc.mp4',
      type: 'video/mp4',
      bytes: await testVideo({ width: 1080, height: 1920, seconds: 2, hasAudio: false }),
    })
    expect(result.status, JSON.stringify(result.json)).toBe(201)
    const item = result.json.doc!
    expect(item.kind).toBe('video')
    expect(item.video).toMatchObject({ width: 1080, height: 1920, audioCodec: null })
    await app.payload.jobs.run({ queue: MEDIA_QUEUE })
    const web = (await read({ id: item.id, draft: false })).renditions.find(
      (rendition) => rendition.format === 'mp4',
    )!
    const probe = await probeVideo({ filePath: path.join(mediaDir(), web.filename) })
    expect(probe).toMatchObject({ width: 720, height: 1280, audioCodec: null, videoCodec: 'h264' })
    await app.payload.delete({ collection: slugs.media, id: item.id })
  })

  describe('refuses a file that is not a readable video with a 4xx, and keeps nothing', () => {
    let real: Buffer

    beforeAll(async () => {
      real = await testVideo({ width: 640, height: 360, seconds: 2 })
    })

    it.each([
      {
        title: 'an MP4 header followed by garbage (422), in the requester’s language',
        name: 'clip.mp4',
        bytes: (real: Buffer) =>
          Buffer.concat([real.subarray(0, 32), Buffer.alloc(64 * 1024, 0x5a)]),
        data: { kind: 'video' },
        language: 'vi',
        status: 422,
        messageKey: 'media.unreadableVideo',
      },
      {
        title: 'a truncated MP4 (422)',
        name: 'cut.mp4',
        bytes: (real: Buffer) => real.subarray(0, Math.floor(real.byteLength / 2)),
        data: {},
        language: 'ja',
        status: 422,
        messageKey: 'media.unreadableVideo',
      },
      {
        title: 'random bytes named .mp4 (415)',
        name: 'random.mp4',
        bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 251)),
        data: {},
        language: 'en',
        status: 415,
        messageKey: null,
      },
    ] as const)('refuses $title', async ({ bytes, status, messageKey, ...file }) => {
      const before = await snapshot()
      const result = await upload({ ...file, type: 'video/mp4', bytes: bytes(real) })
      expect(result.status).toBe(status)
      if (messageKey) {
        expect(result.json.errors?.[0]?.message).toBe(
          translate({ locale: file.language, key: messageKey }),
        )
      }
      expect(await snapshot()).toEqual(before)
    })
  })

  describe('a PDF', () => {
    let item: MediaDoc

    beforeAll(async () => {
      pdfOpenings.count = 0
      const result = await upload({
        name: 'Niên giám thống kê 2024.pdf',
        type: 'application/pdf',
        bytes: await pdfWithLines({
          pages: [
            ['NIÊN GIÁM THỐNG KÊ TỈNH', 'Dân số trung bình năm 2024'],
            ['Tổng sản phẩm trên địa bàn tăng trưởng'],
            ['Kim ngạch xuất khẩu hàng hóa'],
          ],
        }),
        data: { kind: 'document', alt: 'Niên giám thống kê' },
      })
      expect(result.status, JSON.stringify(result.json)).toBe(201)
      item = result.json.doc!
    })

    it('counts its pages and keeps its text, parsing the file once for that and the security scan', () => {
      expect(item.kind).toBe('document')
      expect(item.pageCount).toBe(3)
      expect(item.documentText).toContain('Dân số trung bình năm 2024')
      expect(item.documentText).toContain('Kim ngạch xuất khẩu hàng hóa')
      expect(item.video).toMatchObject({ width: null, videoCodec: null })
      expect(item.videoProcessing).toMatchObject({ status: null })
      expect(pdfOpenings.count).toBe(1)
    })

    it('gets thumb, web and large renditions of its first page and a placeholder, like a photo', async () => {
      // An A4 page (595 × 842 pt) is drawn 1810 × 2560 and rendered like a photo of that size.
      const sizes = item.renditions.map(({ size, format, width, height, mimeType }) => ({
        size,
        format,
        width,
        height,
        mimeType,
      }))
      expect(sizes).toEqual(
        expect.arrayContaining(
          (['webp', 'jpeg'] as const).flatMap((format) => {
            const mimeType = `image/${format}`
            return [
              { size: 'thumb', format, width: 283, height: 400, mimeType },
              { size: 'web', format, width: 905, height: 1280, mimeType },
              { size: 'large', format, width: 1810, height: 2560, mimeType },
            ]
          }),
        ),
      )
      expect(item.renditions).toHaveLength(6)
      expect(item.placeholder).toMatch(/^data:image\/webp;base64,/)
      for (const rendition of item.renditions) {
        const filePath = path.join(mediaDir(), rendition.filename)
        expect(await sharp(filePath).metadata()).toMatchObject({
          format: rendition.format,
          width: rendition.width,
          height: rendition.height,
        })
        expect((await fs.stat(filePath)).size).toBe(rendition.filesize)
      }

      const response = await app.rest.request(
        'GET',
        `/${slugs.media}/${item.id}/renditions/thumb.jpg`,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
      const thumb = sharp(Buffer.from(await response.arrayBuffer()))
      expect(await thumb.metadata()).toMatchObject({ format: 'jpeg', width: 283, height: 400 })
      // The page is not blank: its title line is drawn dark on white.
      const { channels } = await thumb.stats()
      expect(Math.max(...channels.map((channel) => channel.min))).toBeLessThan(128)
      expect(Math.min(...channels.map((channel) => channel.max))).toBe(255)
      const large = item.renditions.find(
        (rendition) => rendition.size === 'large' && rendition.format === 'webp',
      )!
      const largeStats = await sharp(path.join(mediaDir(), large.filename)).stats()
      expect(largeStats.channels[0]?.min).toBeLessThan(64)
    })

    it('is stored with its text and page count but no preview when its page cannot be drawn', async () => {
      const warn = vi.spyOn(app.payload.logger, 'warn')
      canvasFailure.isOn = true
      try {
        pdfOpenings.count = 0
        const result = await upload({
          name: 'Báo cáo.pdf',
          type: 'application/pdf',
          bytes: await pdfWithLines({ pages: [['Báo cáo kinh tế'], ['Trang hai']] }),
          data: { kind: 'document' },
        })
        expect(result.status, JSON.stringify(result.json)).toBe(201)
        const stored = result.json.doc!
        expect(stored).toMatchObject({ kind: 'document', pageCount: 2, renditions: [] })
        expect(stored.placeholder ?? null).toBeNull()
        expect((await read({ id: stored.id, draft: true })).documentText).toContain(
          'Báo cáo kinh tế',
        )
        expect(pdfOpenings.count).toBe(1)
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({ msg: expect.stringContaining('first page') as unknown }),
        )
        await app.payload.delete({ collection: slugs.media, id: stored.id })
      } finally {
        canvasFailure.isOn = false
        warn.mockRestore()
      }
    })

    it('is found by words from its text', async () => {
      for (let round = 0; round < 10; round += 1) {
        const { noJobsRemaining } = await app.payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
        if (noJobsRemaining) break
      }
      const response = await app.rest.request(
        'GET',
        `/library/search?${new URLSearchParams({ q: 'kim ngạch xuất khẩu', locale: 'vi' }).toString()}`,
      )
      expect(response.status).toBe(200)
      const body = (await response.json()) as { hits: Array<{ itemId: string }> }
      expect(body.hits.map((hit) => hit.itemId)).toContain(String(item.id))
    })

    it('does not give its text to the public', async () => {
      const response = await app.rest.request('GET', `/${slugs.media}/${item.id}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as MediaDoc
      expect(body.pageCount).toBe(3)
      expect(body).not.toHaveProperty('documentText')
    })

    it('still holds a PDF stamped Tối mật for security review', async () => {
      pdfOpenings.count = 0
      const result = await upload({
        name: 'ke-hoach.pdf',
        type: 'application/pdf',
        bytes: await pdfWithLines({ pages: [['ỦY BAN NHÂN DÂN TỈNH', 'TỐI MẬT', 'Kế hoạch']] }),
      })
      expect(result.status, JSON.stringify(result.json)).toBe(201)
      const stored = await read({ id: result.json.doc!.id, draft: true })
      expect(stored.securityHold).toMatchObject({ isHeld: true })
      expect(stored.pageCount).toBe(1)
      expect(pdfOpenings.count).toBe(1)
    })
  })
})
