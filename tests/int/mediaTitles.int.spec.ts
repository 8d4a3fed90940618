import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { plainJpeg } from '../helpers/mediaFixtures'
import { createAgency, EDITORIAL_ROLES, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { postMedia } from '../helpers/uploads'

/** A stored name: the title as ASCII words, then a random suffix. */
const storedName = (words: string): RegExp => new RegExp(`^${words}-[a-z0-9]{10}\\.jpg$`)

type MediaDoc = {
  id: number
  filename: string
  originalFilename?: string
  displayTitle?: string | null
  caption?: string | null
  credit?: string | null
  topics?: number[]
  renditions?: unknown[]
}

type Json = { doc?: MediaDoc; docs?: MediaDoc[]; errors?: Array<{ message: string }> }

describe('media named by headline, caption or uploaded file name, and found by them', () => {
  let app: TestApp
  let agencyId: number
  let photo: Buffer
  let tokens: Record<string, string>
  const created: number[] = []

  /** One file as Payload's bulk upload sends it: its own POST, shared fields in `_payload`. */
  async function upload({
    name,
    data = {},
    as = 'contributor',
    asDraft = true,
  }: {
    name: string
    data?: Record<string, unknown>
    as?: string
    /** As the admin saves a draft (`?draft=true`); without it, as its publish button. */
    asDraft?: boolean
  }): Promise<{ status: number; json: Json }> {
    const response = await postMedia({
      app,
      token: tokens[as],
      query: `?draft=${asDraft}&locale=vi`,
      name,
      type: 'image/jpeg',
      bytes: photo,
      data: { kind: 'image', accessTier: 'public', classification: 'unclassified', ...data },
      language: 'vi',
    })
    const json = (await response.json()) as Json
    if (json.doc) created.push(json.doc.id)
    return { status: response.status, json }
  }

  async function edit({ id, locale, data }: { id: number; locale: string; data: object }) {
    const response = await app.rest.request(
      'PATCH',
      `/${slugs.media}/${id}?draft=true&locale=${locale}`,
      { token: tokens.contributor, body: data },
    )
    expect(response.status).toBe(200)
  }

  async function read({ id, locale }: { id: number; locale: string }): Promise<MediaDoc> {
    const response = await app.rest.request(
      'GET',
      `/${slugs.media}/${id}?draft=true&depth=0&locale=${locale}`,
      { token: tokens.contributor },
    )
    expect(response.status).toBe(200)
    return (await response.json()) as MediaDoc
  }

  /** The admin list's (and the upload pickers') search box: `or` of `like` over listSearchableFields. */
  async function search({ text, locale }: { text: string; locale: string }): Promise<number[]> {
    const fields = app.config.collections.find((c) => c.slug === slugs.media)?.admin
      .listSearchableFields
    expect(fields).toEqual(expect.arrayContaining(['caption', 'alt', 'credit', 'originalFilename']))
    const query = stringify(
      {
        where: { or: (fields ?? []).map((field) => ({ [field]: { like: text } })) },
        draft: true,
        depth: 0,
        limit: 100,
        locale,
      },
      { addQueryPrefix: true },
    )
    const response = await app.rest.request('GET', `/${slugs.media}${query}`, {
      token: tokens.contributor,
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as Json).docs!.map((doc) => doc.id)
  }

  beforeAll(async () => {
    app = await startPayload()
    photo = await plainJpeg({ width: 320, height: 240 })
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai-tieu-de' })
    const staff = await signInStaffPerRole({ app, roles: EDITORIAL_ROLES, agency: agencyId })
    tokens = staff.tokens
  })

  afterAll(async () => {
    for (const id of created) {
      await app?.payload.delete({ collection: slugs.media, id }).catch((error: unknown) => {
        app.payload.logger.warn({ msg: `Could not remove test media ${id}`, err: error })
      })
    }
    await app?.stop()
  })

  it('is titled by its uploaded file name, not its generated stored name, until text is written', async () => {
    const { status, json } = await upload({ name: 'le-hoi-hoa-xuan-2026.jpg' })
    expect(status).toBe(201)
    const doc = json.doc!
    // Named by what it shows, so staff recognise it wherever Payload prints a file name.
    expect(doc.filename).toMatch(storedName('le-hoi-hoa-xuan-2026'))
    expect(doc.originalFilename).toBe('le-hoi-hoa-xuan-2026.jpg')
    expect(doc.displayTitle).toBe('le-hoi-hoa-xuan-2026.jpg')
    // English has no text of its own yet: it falls back to the Vietnamese title.
    expect((await read({ id: doc.id, locale: 'en' })).displayTitle).toBe('le-hoi-hoa-xuan-2026.jpg')
  })

  it('is titled per language by its caption’s first line, and by its headline (alt) first', async () => {
    const { json } = await upload({ name: 'DSC_0412.jpg' })
    const id = json.doc!.id
    await edit({
      id,
      locale: 'vi',
      data: { caption: 'Khai mạc Lễ hội hoa xuân Biên Hòa\nẢnh: Báo Đồng Nai' },
    })
    expect((await read({ id, locale: 'vi' })).displayTitle).toBe(
      'Khai mạc Lễ hội hoa xuân Biên Hòa',
    )
    await edit({ id, locale: 'en', data: { caption: 'Bien Hoa spring flower festival opens' } })
    expect((await read({ id, locale: 'en' })).displayTitle).toBe(
      'Bien Hoa spring flower festival opens',
    )
    expect((await read({ id, locale: 'vi' })).displayTitle).toBe(
      'Khai mạc Lễ hội hoa xuân Biên Hòa',
    )
    await edit({ id, locale: 'vi', data: { alt: 'Lễ hội hoa xuân Biên Hòa 2026' } })
    expect((await read({ id, locale: 'vi' })).displayTitle).toBe('Lễ hội hoa xuân Biên Hòa 2026')
    // A title sent by a client is not kept: it is derived on every save.
    await edit({ id, locale: 'vi', data: { displayTitle: 'Tên tự đặt' } })
    expect((await read({ id, locale: 'vi' })).displayTitle).toBe('Lễ hội hoa xuân Biên Hòa 2026')
  })

  it('is found by caption, credit and original file name with the admin list search', async () => {
    const { json } = await upload({
      name: 'cau-hoa-an-IMG_7781.jpg',
      data: { caption: 'Cầu Hóa An về đêm', credit: 'Nguyễn Văn Sáu / Báo Đồng Nai' },
    })
    const id = json.doc!.id
    await edit({ id, locale: 'en', data: { caption: 'Hoa An bridge at night' } })
    expect(await search({ text: 'IMG_7781', locale: 'vi' })).toEqual([id])
    expect(await search({ text: 'Hóa An về', locale: 'vi' })).toEqual([id])
    expect(await search({ text: 'Văn Sáu', locale: 'vi' })).toEqual([id])
    expect(await search({ text: 'bridge at night', locale: 'en' })).toEqual([id])
    expect(await search({ text: 'không có ảnh nào như thế', locale: 'vi' })).toEqual([])
  })

  it('names the photo by its title in the publisher’s notification e-mail', async () => {
    const { json } = await upload({
      name: 'a1b2c3.jpg',
      data: { caption: 'Đoàn doanh nghiệp Hàn Quốc thăm Đồng Nai' },
    })
    const id = json.doc!.id
    const response = await app.rest.request('POST', `/${slugs.media}/${id}/workflow`, {
      token: tokens.contributor,
      body: { action: 'submit' },
    })
    expect(response.status).toBe(200)
    const mail = capturedEmails({ to: 'publisher@ttdn.test' }).at(-1)
    expect(mail?.subject).toBe('Có nội dung chờ duyệt: Đoàn doanh nghiệp Hàn Quốc thăm Đồng Nai')
  })

  it('takes shared caption, credit and topics for several files, each through the pipeline and the guard', async () => {
    const topic = await app.payload.create({
      collection: slugs.topics,
      data: { name: 'Lễ hội', slug: 'le-hoi-tieu-de' },
    })
    const shared = {
      caption: 'Lễ hội đường hoa Tết Bính Ngọ',
      credit: 'Trung tâm Văn hóa tỉnh',
      topics: [topic.id],
    }
    const results = []
    for (const name of ['hoa-1.jpg', 'hoa-2.jpg', 'hoa-3.jpg']) {
      results.push(await upload({ name, data: shared }))
    }
    expect(results.map((result) => result.status)).toEqual([201, 201, 201])
    for (const [index, { json }] of results.entries()) {
      expect(json.doc).toMatchObject({
        originalFilename: `hoa-${index + 1}.jpg`,
        displayTitle: 'Lễ hội đường hoa Tết Bính Ngọ',
        credit: 'Trung tâm Văn hóa tỉnh',
      })
      expect(json.doc!.filename).toMatch(storedName('le-hoi-duong-hoa-tet-binh-ngo'))
      expect(json.doc!.renditions?.length).toBeGreaterThan(0)
      const topics = json.doc!.topics as unknown[]
      expect(
        topics.map((value) => (typeof value === 'object' ? (value as { id: number }).id : value)),
      ).toEqual([topic.id])
    }
    // The state-secret guard still refuses a file of the batch marked classified.
    const before = await app.payload.count({ collection: slugs.media })
    const refused = await upload({
      name: 'hoa-4.jpg',
      data: { ...shared, classification: 'mat' },
    })
    expect(refused.status).toBe(422)
    expect((await app.payload.count({ collection: slugs.media })).totalDocs).toBe(before.totalDocs)
    await app.payload.delete({ collection: slugs.topics, id: topic.id })
  })

  it('offers publishing a batch only to publishers: the access the bulk upload asks refuses contributors', async () => {
    // The admin's bulk upload shows its "Xuất bản" button when this answer allows an update
    // with `_status: 'published'`.
    const offersPublish = async (as: string): Promise<boolean> => {
      const response = await app.rest.request('POST', `/${slugs.media}/access?locale=vi`, {
        token: tokens[as],
        body: { _status: 'published' },
      })
      // What the bulk upload's FormsManager reads: `update` present and granted.
      const json = (await response.json()) as { update?: { permission?: boolean } }
      return json.update?.permission === true
    }
    expect(await offersPublish('contributor')).toBe(false)
    expect(await offersPublish('publisher')).toBe(true)

    const before = await app.payload.count({ collection: slugs.media })
    const refused = await upload({
      name: 'hoa-xuat-ban.jpg',
      data: { _status: 'published' },
      asDraft: false,
    })
    expect(refused.status).toBe(403)
    expect((await app.payload.count({ collection: slugs.media })).totalDocs).toBe(before.totalDocs)
  })
})
