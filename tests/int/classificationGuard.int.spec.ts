import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { docxWithParagraphs, pdfWithLines } from '../helpers/documentFixtures'
import { createAgency, EDITORIAL_ROLES, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import {
  postMedia,
  storedMediaFiles,
  temporaryUploadFiles,
  type MediaUpload,
} from '../helpers/uploads'

const REFUSED_EN =
  'State-secret material (classified Mật, Tối mật or Tuyệt mật) may not be stored on a system connected to the Internet. Nothing was saved.'

type Json = { doc?: Record<string, unknown>; errors?: Array<{ message: string }> }

describe('the state-secret guard', () => {
  let app: TestApp
  let tokens: Record<string, string>
  let agencyId: number

  async function snapshot() {
    const [articles, media, articleVersions, mediaVersions] = await Promise.all([
      app.payload.count({ collection: slugs.articles }),
      app.payload.count({ collection: slugs.media }),
      app.payload.countVersions({ collection: slugs.articles }),
      app.payload.countVersions({ collection: slugs.media }),
    ])
    return {
      records: [
        articles.totalDocs,
        media.totalDocs,
        articleVersions.totalDocs,
        mediaVersions.totalDocs,
      ],
      stored: await storedMediaFiles({ app }),
      temporary: await temporaryUploadFiles({ app }),
    }
  }

  async function upload({
    as = 'contributor',
    ...file
  }: MediaUpload & { as?: string }): Promise<{ status: number; json: Json }> {
    const response = await postMedia({
      app,
      token: tokens[as],
      query: '?draft=true',
      ...file,
      language: file.language ?? 'en',
      data: { kind: 'document', accessTier: 'public', ...file.data },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  async function createArticle({
    as = 'contributor',
    data,
    language = 'en',
  }: {
    as?: string
    data: Record<string, unknown>
    language?: string
  }): Promise<{ status: number; json: Json }> {
    const response = await app.rest.request('POST', `/${slugs.articles}?draft=true`, {
      token: tokens[as],
      body: { infoType: 'official', accessTier: 'public', classification: 'unclassified', ...data },
      headers: { 'Accept-Language': language },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({
      app,
      name: 'Công an tỉnh',
      code: 'cong-an-tinh',
      kind: 'armed-forces',
    })
    const staff = await signInStaffPerRole({ app, roles: EDITORIAL_ROLES, agency: agencyId })
    tokens = staff.tokens
  })

  afterAll(async () => {
    await app?.stop()
  })

  describe.each(['mat', 'toi-mat', 'tuyet-mat'])('classification %s', (classification) => {
    it('is refused with 422 through REST JSON, multipart upload, Local API and GraphQL, leaving nothing behind', async () => {
      const before = await snapshot()

      const json = await createArticle({ data: { title: 'Báo cáo tình hình', classification } })
      expect(json.status).toBe(422)
      expect(json.json.errors?.[0]?.message).toBe(REFUSED_EN)

      const french = await app.rest.request('POST', `/${slugs.articles}?draft=true&locale=fr`, {
        token: tokens.contributor,
        body: { title: 'Rapport', infoType: 'official', classification },
      })
      expect(french.status).toBe(422)
      expect(((await french.json()) as Json).errors?.[0]?.message).toContain('secret d’État')

      const pdf = await pdfWithLines({ pages: [['Báo cáo']] })
      const multipart = await upload({
        name: 'bao-cao.pdf',
        type: 'application/pdf',
        bytes: pdf,
        data: { classification },
      })
      expect(multipart.status).toBe(422)
      expect(multipart.json.errors?.[0]?.message).toBe(REFUSED_EN)

      await expect(
        app.payload.create({
          collection: slugs.articles,
          data: {
            title: 'Báo cáo',
            infoType: 'official',
            agency: agencyId,
            classification,
          } as never,
        }),
      ).rejects.toMatchObject({ status: 422 })

      const graphql = await app.rest.graphql({
        query: `mutation { createArticle(data: { title: "Báo cáo", infoType: official, agency: ${agencyId}, accessTier: public, classification: ${classification.replace(/-/g, '_')} }, draft: true) { id } }`,
        token: tokens.contributor,
        headers: { 'Accept-Language': 'en' },
      })
      expect(graphql.body.errors?.[0]?.message).toBe(
        'State-secret material (classified Mật, Tối mật or Tuyệt mật) may not be stored on a system connected to the Internet. Nothing was saved.',
      )
      expect(graphql.body.data?.createArticle ?? null).toBeNull()

      expect(await snapshot()).toEqual(before)
    })
  })

  it('refuses changing a stored item to a classified level, and keeps it as it was', async () => {
    const { json } = await createArticle({ data: { title: 'Tin hoạt động đối ngoại' } })
    const id = json.doc?.id as number
    const response = await app.rest.request('PATCH', `/${slugs.articles}/${id}?draft=true`, {
      token: tokens.contributor,
      body: { classification: 'toi-mat', title: 'Đổi tiêu đề' },
    })
    expect(response.status).toBe(422)
    const stored = await app.payload.findByID({ collection: slugs.articles, id, draft: true })
    expect(stored).toMatchObject({
      classification: 'unclassified',
      title: 'Tin hoạt động đối ngoại',
    })
  })

  it.each([
    ['a stand-alone MẬT line in the title', { title: 'MẬT' }],
    [
      'an “Độ mật:” line in the summary',
      { title: 'Kế hoạch làm việc', summary: 'Độ mật: Mật\nKế hoạch tiếp đoàn' },
    ],
    [
      'a TỐI MẬT stamp in the body',
      {
        title: 'Công văn số 12',
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                children: [{ type: 'text', version: 1, text: 'TỐI MẬT' }],
              },
              {
                type: 'paragraph',
                version: 1,
                children: [{ type: 'text', version: 1, text: 'Nội dung' }],
              },
            ],
          },
        },
      },
    ],
  ])('holds an article with %s for security review', async (_, data) => {
    const { status, json } = await createArticle({ data })
    expect(status).toBe(201)
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: json.doc?.id as number,
      draft: true,
    })
    expect(stored.securityHold).toMatchObject({ isHeld: true })
    expect(stored._status).toBe('draft')
  })

  it('holds a caption, a PDF and a DOCX that carry a stamp', async () => {
    const caption = await upload({
      name: 'anh.pdf',
      type: 'application/pdf',
      bytes: await pdfWithLines({ pages: [['Ảnh tư liệu']] }),
      data: { classification: 'unclassified', caption: 'TUYỆT MẬT\nẢnh hiện trường' },
    })
    const pdf = await upload({
      name: 'van-ban.pdf',
      type: 'application/pdf',
      bytes: await pdfWithLines({ pages: [['Ủy ban nhân dân tỉnh'], ['TỐI MẬT', 'Kế hoạch']] }),
      data: { classification: 'unclassified' },
    })
    const docx = await upload({
      name: 'cong-van.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await docxWithParagraphs({ paragraphs: ['Công văn về hợp tác'], header: 'MẬT' }),
      data: { classification: 'unclassified' },
    })
    for (const result of [caption, pdf, docx]) {
      expect(result.status).toBe(201)
      const stored = await app.payload.findByID({
        collection: slugs.media,
        id: result.json.doc?.id as number,
        draft: true,
      })
      expect(stored.securityHold).toMatchObject({ isHeld: true })
    }
  })

  it('does not publish a held item until an admin clears the hold, and records the clearance', async () => {
    const { json } = await createArticle({ data: { title: 'MẬT' } })
    const id = json.doc?.id as number
    const publish = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token: tokens.publisher,
      body: { action: 'publish' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(publish.status).toBe(422)
    const patchPublish = await app.rest.request('PATCH', `/${slugs.articles}/${id}`, {
      token: tokens.publisher,
      body: { _status: 'published' },
    })
    expect(patchPublish.status).toBe(422)

    const byPublisher = await app.rest.request('PATCH', `/${slugs.articles}/${id}?draft=true`, {
      token: tokens.publisher,
      body: { securityHold: { isHeld: false } },
    })
    expect(byPublisher.status).toBeLessThan(500)
    expect(
      (await app.payload.findByID({ collection: slugs.articles, id, draft: true })).securityHold,
    ).toMatchObject({
      isHeld: true,
    })

    const cleared = await app.rest.request('PATCH', `/${slugs.articles}/${id}?draft=true`, {
      token: tokens.admin,
      body: { securityHold: { isHeld: false } },
    })
    expect(cleared.status).toBe(200)
    const afterClearance = await app.payload.findByID({
      collection: slugs.articles,
      id,
      draft: true,
      depth: 0,
    })
    expect(afterClearance.securityHold).toMatchObject({ isHeld: false })
    expect(afterClearance.securityHold?.clearedAt).toBeTruthy()
    expect(afterClearance.securityHold?.clearedBy).toBeTruthy()

    const published = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token: tokens.publisher,
      body: { action: 'publish' },
    })
    expect(published.status).toBe(200)
    expect((await app.rest.request('GET', `/${slugs.articles}/${id}`)).status).toBe(200)
  })

  it.each([
    'Mật ong rừng Nam Cát Tiên',
    'Bảo vệ bí mật kinh doanh',
    'Đổi mật khẩu định kỳ',
    'Mật độ dân số tăng',
    'MẬT ONG RỪNG',
    'Phường Mật Sơn',
  ])('lets the ordinary words in “%s” through', async (title) => {
    const { status, json } = await createArticle({ data: { title, summary: title } })
    expect(status).toBe(201)
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: json.doc?.id as number,
      draft: true,
    })
    expect(stored.securityHold?.isHeld ?? false).toBe(false)
  })
})
