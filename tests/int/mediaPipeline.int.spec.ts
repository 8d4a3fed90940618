import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { translate } from '../../src/i18n'
import { flushDownloadCounts } from '../../src/media/download/downloadCount'
import { readEmbeddedTags } from '../../src/media/metadata/exiftool'
import { EMBEDDED, cameraPhoto, pixelBombPng, plainJpeg } from '../helpers/mediaFixtures'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import {
  postMedia,
  storedMediaFiles,
  temporaryUploadFiles,
  type MediaUpload,
} from '../helpers/uploads'

const IMAGE_LIMIT_MB = 8

type Json = {
  doc?: Record<string, unknown> & { id: number; filename: string }
  errors?: Array<{ message: string }>
}

type Rendition = { size: string; format: string; filename: string; width: number; height: number }

const PRIVATE_TAG = /GPS|SerialNumber|OwnerName/i

describe('the media pipeline', () => {
  let app: TestApp
  let agencyId: number
  const tokens: Record<string, string> = {}
  let photo: Buffer

  const mediaDir = () => path.join(app.dir, 'media', 'media')

  async function snapshot() {
    const [media, versions] = await Promise.all([
      app.payload.count({ collection: slugs.media }),
      app.payload.countVersions({ collection: slugs.media }),
    ])
    return {
      records: [media.totalDocs, versions.totalDocs],
      stored: await storedMediaFiles({ app }),
      temporary: await temporaryUploadFiles({ app }),
    }
  }

  async function upload(file: MediaUpload): Promise<{ status: number; json: Json }> {
    const defaults = { kind: 'image', agency: agencyId, accessTier: 'public', _status: 'published' }
    const response = await postMedia({
      app,
      token: tokens.admin,
      ...file,
      language: file.language ?? 'en',
      data: { ...defaults, ...file.data },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  async function storedTags({ filename }: { filename: string }) {
    return readEmbeddedTags({ filePath: path.join(mediaDir(), filename) })
  }

  async function tagsOf({ bytes }: { bytes: Buffer }) {
    const filePath = path.join(app.dir, `probe-${Date.now()}-${Math.random()}.bin`)
    await fs.writeFile(filePath, bytes)
    try {
      return await readEmbeddedTags({ filePath })
    } finally {
      await fs.rm(filePath, { force: true })
    }
  }

  beforeAll(async () => {
    app = await startPayload({ env: { MAX_IMAGE_UPLOAD_MB: String(IMAGE_LIMIT_MB) } })
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const admin = await signInStaff({
      app,
      email: 'tu-lieu@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    tokens.admin = admin.token
    const journalist = await signInJournalist({ app, email: 'phong-vien@ttdn.test' })
    tokens.journalist = journalist.token
    photo = await cameraPhoto()
    expect(photo.byteLength).toBeLessThan(IMAGE_LIMIT_MB * 1024 ** 2)
  })

  afterAll(async () => {
    await app?.stop()
  })

  describe('refuses bad input with a 4xx and leaves no record and no file', () => {
    const cases: Array<{
      title: string
      status: number
      file: () =>
        | Promise<{ name: string; type: string; bytes: Uint8Array }>
        | { name: string; type: string; bytes: Uint8Array }
    }> = [
      {
        title: 'an HTML page named .jpg',
        status: 415,
        file: () => ({
          name: 'anh.jpg',
          type: 'image/jpeg',
          bytes: Buffer.from('<html><body><script>alert(1)</script></body></html>'),
        }),
      },
      {
        title: 'a JPEG/HTML polyglot',
        status: 415,
        file: async () => ({
          name: 'polyglot.jpg',
          type: 'image/jpeg',
          bytes: Buffer.concat([
            await plainJpeg({ width: 64, height: 64 }),
            Buffer.from('<html><script>document.location="https://evil.test"</script>'),
          ]),
        }),
      },
      {
        title: 'a truncated JPEG',
        status: 422,
        file: async () => {
          const whole = await plainJpeg()
          return { name: 'cut.jpg', type: 'image/jpeg', bytes: whole.subarray(0, whole.length / 2) }
        },
      },
      {
        title: 'a zero-byte file',
        status: 422,
        file: () => ({ name: 'empty.jpg', type: 'image/jpeg', bytes: new Uint8Array(0) }),
      },
      {
        title: 'a pixel bomb (30 000 × 30 000 PNG)',
        status: 422,
        file: () => ({ name: 'bomb.png', type: 'image/png', bytes: pixelBombPng() }),
      },
      {
        title: 'an SVG with a script',
        status: 415,
        file: () => ({
          name: 'logo.svg',
          type: 'image/svg+xml',
          bytes: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
        }),
      },
      {
        title: 'an image over the size limit',
        status: 413,
        file: async () => ({
          name: 'huge.jpg',
          type: 'image/jpeg',
          bytes: Buffer.concat([
            await plainJpeg({ width: 64, height: 64 }),
            Buffer.alloc((IMAGE_LIMIT_MB + 1) * 1024 ** 2, 0x20),
          ]),
        }),
      },
      {
        title: 'a Windows executable named .pdf',
        status: 415,
        file: () => ({
          name: 'bao-cao.pdf',
          type: 'application/pdf',
          bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]),
        }),
      },
    ]

    it.each(cases)('$title', async ({ status, file }) => {
      const before = await snapshot()
      const { name, type, bytes } = await file()
      const result = await upload({ name, type, bytes, data: { kind: undefined } })
      expect(result.status, JSON.stringify(result.json)).toBe(status)
      expect(result.json.doc).toBeUndefined()
      expect(await snapshot()).toEqual(before)
    })

    it('says why in the requester’s language', async () => {
      const result = await upload({
        name: 'bomb.png',
        type: 'image/png',
        bytes: pixelBombPng(),
        language: 'fr',
      })
      expect(result.status).toBe(422)
      expect(result.json.errors?.[0]?.message).toBe(
        translate({
          locale: 'fr',
          key: 'media.tooManyPixels',
          params: { megapixels: 900, limit: 150 },
        }),
      )
      const large = await upload({
        name: 'huge.jpg',
        type: 'image/jpeg',
        bytes: Buffer.concat([
          await plainJpeg({ width: 64, height: 64 }),
          Buffer.alloc((IMAGE_LIMIT_MB + 1) * 1024 ** 2),
        ]),
        language: 'vi',
      })
      expect(large.json.errors?.[0]?.message).toBe(
        translate({
          locale: 'vi',
          key: 'media.tooLarge',
          params: { limit: `${IMAGE_LIMIT_MB} MB` },
        }),
      )
    })

    it('refuses a PDF uploaded as an image', async () => {
      const before = await snapshot()
      const result = await upload({
        name: 'van-ban.pdf',
        type: 'application/pdf',
        bytes: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
        data: { kind: 'image' },
      })
      expect(result.status).toBe(422)
      expect(await snapshot()).toEqual(before)
    })
  })

  describe('a camera photo', () => {
    let item: NonNullable<Json['doc']>

    beforeAll(async () => {
      const result = await upload({
        name: 'Cầu Hóa An.jpg',
        type: 'image/jpeg',
        bytes: photo,
        data: { caption: 'Chú thích của biên tập viên' },
      })
      expect(result.status, JSON.stringify(result.json)).toBe(201)
      item = result.json.doc!
    })

    it('is stored under a generated name and remembers the uploaded one', () => {
      // The caption's words, ASCII only, and a random suffix (src/media/upload/storedFilename.ts).
      expect(item.filename).toMatch(/^chu-thich-cua-bien-tap-vien-[a-z0-9]{10}\.jpg$/)
      expect(item.originalFilename).toBe('Cầu Hóa An.jpg')
    })

    it('gets thumb, web and large renditions as WebP and JPEG, oriented, beside the original', async () => {
      const renditions = item.renditions as Rendition[]
      expect(
        renditions
          .map(({ size, format, width, height }) => `${size}.${format} ${width}x${height}`)
          .sort(),
      ).toEqual([
        'large.jpeg 1920x2560',
        'large.webp 1920x2560',
        'thumb.jpeg 300x400',
        'thumb.webp 300x400',
        'web.jpeg 960x1280',
        'web.webp 960x1280',
      ])
      for (const rendition of renditions) {
        const metadata = await sharp(path.join(mediaDir(), rendition.filename)).metadata()
        expect({ width: metadata.width, height: metadata.height }).toEqual({
          width: rendition.width,
          height: rendition.height,
        })
        expect(metadata.format).toBe(rendition.format)
      }
      expect(item.placeholder).toMatch(/^data:image\/webp;base64,/)
    })

    it('keeps no GPS, serial number or owner name in the stored original or any rendition', async () => {
      const original = await storedTags({ filename: item.filename })
      expect(Object.keys(original).filter((key) => PRIVATE_TAG.test(key))).toEqual([])
      expect(original['IPTC:Credit']).toBe(EMBEDDED.credit)
      expect(original['XMP-photoshop:Credit']).toBe(EMBEDDED.credit)
      expect(original['IPTC:CopyrightNotice']).toBe(EMBEDDED.copyright)
      expect(original['IPTC:Caption-Abstract']).toBe(EMBEDDED.captionVi)
      for (const rendition of item.renditions as Rendition[]) {
        const tags = await storedTags({ filename: rendition.filename })
        expect(
          Object.keys(tags).filter((key) => PRIVATE_TAG.test(key)),
          rendition.filename,
        ).toEqual([])
      }
    })

    it('prefills embedded credit, creator, copyright, usage terms, keywords, date and place; the editor’s caption wins', () => {
      expect(item).toMatchObject({
        caption: 'Chú thích của biên tập viên',
        credit: EMBEDDED.credit,
        creator: EMBEDDED.creator,
        copyrightNotice: EMBEDDED.copyright,
        usageTerms: EMBEDDED.usageTermsVi,
        keywords: [...EMBEDDED.keywords],
        dateTaken: '2024-04-30T23:15:00.000Z',
        placeShown: `${EMBEDDED.sublocation}, ${EMBEDDED.city}, ${EMBEDDED.province}`,
      })
      expect(item.embeddedMetadata).toMatchObject({
        captions: { vi: EMBEDDED.captionVi, en: EMBEDDED.captionEn, fr: EMBEDDED.captionFr },
        usageTerms: { vi: EMBEDDED.usageTermsVi, en: EMBEDDED.usageTermsEn },
      })
    })

    it('prefills the caption when the editor gives none', async () => {
      const result = await upload({ name: 'cau.jpg', type: 'image/jpeg', bytes: photo })
      expect(result.status).toBe(201)
      expect(result.json.doc?.caption).toBe(EMBEDDED.captionVi)
    })

    it('serves renditions to whoever may see the item, with no GPS in what is served', async () => {
      const response = await app.rest.request(
        'GET',
        `/${slugs.media}/${item.id}/renditions/web.webp`,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/webp')
      const served = Buffer.from(await response.arrayBuffer())
      expect((await sharp(served).metadata()).width).toBe(960)
      const url = (item.renditions as Array<Rendition & { url: string }>).find(
        (rendition) => rendition.size === 'thumb' && rendition.format === 'jpeg',
      )?.url
      expect(url).toBe(`/api/${slugs.media}/${item.id}/renditions/thumb.jpg`)
      const large = await app.rest.request('GET', `/${slugs.media}/${item.id}/renditions/large.jpg`)
      expect(large.status).toBe(403)
    })

    it('downloads with the credit and the caption in the requested locale written in', async () => {
      const response = await app.rest.request(
        'GET',
        `/library/media/${item.id}/download?rendition=web&locale=en`,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Cau Hoa An-web.jpg"; filename*=UTF-8''C%E1%BA%A7u%20H%C3%B3a%20An-web.jpg`,
      )
      const tags = await tagsOf({ bytes: Buffer.from(await response.arrayBuffer()) })
      expect(tags['IPTC:Credit']).toBe('Báo Đồng Nai')
      expect(tags['XMP-photoshop:Credit']).toBe('Báo Đồng Nai')
      expect(tags['IPTC:CodedCharacterSet']).toBe('UTF8')
      expect(tags['IPTC:CopyrightNotice']).toBe(EMBEDDED.copyright)
      expect(Object.keys(tags).filter((key) => PRIVATE_TAG.test(key))).toEqual([])
    })
  })

  describe('downloads', () => {
    let item: NonNullable<Json['doc']>

    beforeAll(async () => {
      const result = await upload({
        name: 'song-dong-nai.jpg',
        type: 'image/jpeg',
        bytes: await plainJpeg({ width: 1600, height: 1200 }),
        data: {
          caption: 'Sông Đồng Nai',
          credit: 'Báo Đồng Nai',
          usageTerms: 'Ghi nguồn Báo Đồng Nai',
        },
      })
      expect(result.status).toBe(201)
      item = result.json.doc!
      const english = await app.rest.request('PATCH', `/${slugs.media}/${item.id}?locale=en`, {
        token: tokens.admin,
        body: { caption: 'The Dong Nai river', usageTerms: 'Credit Dong Nai Newspaper' },
      })
      expect(english.status).toBe(200)
      // A translation reaches the public only once it is published in its own right.
      for (const action of ['submit', 'approve', 'publish']) {
        const step = await app.rest.request('POST', `/${slugs.media}/${item.id}/workflow`, {
          token: tokens.admin,
          body: { action, locale: 'en' },
        })
        expect(step.status, `${action}: ${await step.clone().text()}`).toBe(200)
      }
    })

    async function download({
      query,
      token,
    }: {
      query: string
      token?: string
    }): Promise<{ response: Response; tags: Record<string, unknown> }> {
      const response = await app.rest.request(
        'GET',
        `/library/media/${item.id}/download?${query}`,
        {
          token,
        },
      )
      const bytes = Buffer.from(await response.arrayBuffer())
      return { response, tags: response.ok ? await tagsOf({ bytes }) : {} }
    }

    it('writes the caption and usage terms in the requested locale, falling back to English', async () => {
      const vietnamese = await download({ query: 'rendition=web&locale=vi' })
      expect(vietnamese.tags['XMP-dc:Description-vi-VN']).toBe('Sông Đồng Nai')
      expect(vietnamese.tags['IPTC:Caption-Abstract']).toBe('Sông Đồng Nai')
      expect(vietnamese.tags['XMP-xmpRights:UsageTerms']).toBe('Ghi nguồn Báo Đồng Nai')

      const japanese = await download({ query: 'rendition=thumb&format=webp&locale=ja' })
      expect(japanese.response.headers.get('content-type')).toBe('image/webp')
      expect(japanese.response.headers.get('content-language')).toBe('en')
      expect(japanese.tags['XMP-dc:Description-en']).toBe('The Dong Nai river')
      expect(japanese.tags['XMP-xmpRights:UsageTerms']).toBe('Credit Dong Nai Newspaper')
      // WebP has no IPTC IIM block: XMP carries the credit.
      expect(japanese.tags['XMP-photoshop:Credit']).toBe('Báo Đồng Nai')
    })

    it('gives the public web sizes, accredited journalists the original, and counts downloads', async () => {
      // Counts are written in batches: what earlier tests gathered is written first.
      await flushDownloadCounts({ payload: app.payload })
      const before = (await app.payload.findByID({ collection: slugs.media, id: item.id }))
        .downloadCount as number
      expect((await download({ query: 'rendition=large' })).response.status).toBe(403)
      expect((await download({ query: 'rendition=original' })).response.status).toBe(403)
      // A journalist takes a press size only with the usage terms accepted and a stated use.
      const withoutTerms = await download({ query: 'rendition=original', token: tokens.journalist })
      expect(withoutTerms.response.status).toBe(403)
      const journalist = await download({
        query: 'rendition=original&terms=accepted&use=news&useDetails=Tu%E1%BB%95i%20Tr%E1%BA%BB',
        token: tokens.journalist,
      })
      expect(journalist.response.status).toBe(200)
      const { docs: history } = await app.payload.find({
        collection: slugs.mediaDownloads,
        where: { media: { equals: item.id } },
        depth: 0,
      })
      expect(history).toMatchObject([
        {
          variant: 'original',
          termsAccepted: true,
          intendedUse: 'news',
          intendedUseDetails: 'Tuổi Trẻ',
        },
      ])
      expect(journalist.response.headers.get('content-disposition')).toContain(
        'attachment; filename=song-dong-nai.jpg',
      )
      expect(
        (await download({ query: 'rendition=large', token: tokens.admin })).response.status,
      ).toBe(200)
      await flushDownloadCounts({ payload: app.payload })
      const after = (await app.payload.findByID({ collection: slugs.media, id: item.id }))
        .downloadCount as number
      expect(after - before).toBe(2)
    })

    it('keeps its download count through an editor’s later save', async () => {
      const result = await upload({
        name: 'cho-noi.jpg',
        type: 'image/jpeg',
        bytes: await plainJpeg({ width: 800, height: 600 }),
        data: { caption: 'Chợ nổi' },
      })
      expect(result.status).toBe(201)
      const id = result.json.doc!.id
      /** The count on the live item and on the latest version, which the next save starts from. */
      const counts = async () => {
        const live = await app.payload.findByID({ collection: slugs.media, id, depth: 0 })
        const { docs } = await app.payload.findVersions({
          collection: slugs.media,
          where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
          depth: 0,
        })
        return [live.downloadCount, ...docs.map((latest) => latest.version.downloadCount)]
      }
      const versionsBefore = (await app.payload.countVersions({ collection: slugs.media }))
        .totalDocs
      // Two requesters: one requester's repeats within the window count once.
      for (const token of [undefined, tokens.admin]) {
        const response = await app.rest.request(
          'GET',
          `/library/media/${id}/download?rendition=web`,
          { token },
        )
        expect(response.status).toBe(200)
        await response.arrayBuffer()
      }
      await flushDownloadCounts({ payload: app.payload })
      expect(await counts()).toEqual([2, 2])
      // A download is not an edit: no version comes of it.
      expect((await app.payload.countVersions({ collection: slugs.media })).totalDocs).toBe(
        versionsBefore,
      )

      const save = await app.rest.request('PATCH', `/${slugs.media}/${id}`, {
        token: tokens.admin,
        body: { caption: 'Chợ nổi Cái Răng' },
      })
      expect(save.status).toBe(200)
      expect((await save.json()) as { doc: Record<string, unknown> }).toMatchObject({
        doc: { caption: 'Chợ nổi Cái Răng', downloadCount: 2 },
      })
      expect(await counts()).toEqual([2, 2])

      // Counted on from there, and kept by the save after that as well.
      const third = await app.rest.request('GET', `/library/media/${id}/download?rendition=web`, {
        token: tokens.journalist,
      })
      expect(third.status).toBe(200)
      await third.arrayBuffer()
      await flushDownloadCounts({ payload: app.payload })
      const again = await app.rest.request('PATCH', `/${slugs.media}/${id}`, {
        token: tokens.admin,
        body: { alt: 'Thuyền trên sông' },
      })
      expect(again.status).toBe(200)
      expect(await counts()).toEqual([3, 3])

      await app.payload.delete({ collection: slugs.media, id })
    })

    it('answers 404 for an item the requester may not see, and audits non-public downloads', async () => {
      await app.rest.request('PATCH', `/${slugs.media}/${item.id}`, {
        token: tokens.admin,
        body: { accessTier: 'internal' },
      })
      expect((await download({ query: 'rendition=web' })).response.status).toBe(404)
      expect(
        (await download({ query: 'rendition=web', token: tokens.journalist })).response.status,
      ).toBe(404)
      const staff = await download({ query: 'rendition=web', token: tokens.admin })
      expect(staff.response.status).toBe(200)
      const audit = await app.payload.find({
        collection: slugs.auditLog,
        where: {
          and: [{ action: { equals: 'download' } }, { targetId: { equals: String(item.id) } }],
        },
      })
      expect(audit.totalDocs).toBe(1)
    })

    it('refuses unknown renditions and locales with 400', async () => {
      expect((await download({ query: 'rendition=huge' })).response.status).toBe(400)
      expect((await download({ query: 'rendition=web&locale=de' })).response.status).toBe(400)
    })

    it('deletes the renditions with the item', async () => {
      const renditions = (
        await app.payload.findByID({ collection: slugs.media, id: item.id, depth: 0 })
      ).renditions as Rendition[]
      expect(renditions.length).toBe(6)
      const response = await app.rest.request('DELETE', `/${slugs.media}/${item.id}`, {
        token: tokens.admin,
      })
      expect(response.status).toBe(200)
      const stored = await fs.readdir(mediaDir())
      for (const rendition of renditions) expect(stored).not.toContain(rendition.filename)
      expect(stored).not.toContain(item.filename)
    })
  })
})
