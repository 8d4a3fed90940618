import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { createAgency, EDITORIAL_ROLES, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Json = Record<string, unknown> & { errors?: Array<{ message: string }> }

describe('the editorial workflow through the REST API, as the real roles use it', () => {
  let app: TestApp
  let tokens: Record<string, string>
  let articleId: number

  async function act({
    as,
    action,
    locale,
    reason,
    language = 'vi',
    id = articleId,
  }: {
    as: string
    action: string
    locale?: string
    reason?: string
    language?: string
    id?: number
  }): Promise<{ status: number; json: Json }> {
    const response = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token: tokens[as],
      body: { action, locale, reason },
      headers: { 'Accept-Language': language },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  async function read({ locale, as }: { locale: string; as?: string }) {
    // Staff work on the latest version, drafts included, as the admin panel does.
    const draft = as ? '&draft=true' : ''
    const path = `/${slugs.articles}/${articleId}?locale=${locale}&depth=0${draft}`
    const response = await app.rest.request('GET', path, { token: as ? tokens[as] : undefined })
    return { status: response.status, json: (await response.json()) as Json }
  }

  beforeAll(async () => {
    app = await startPayload()
    const agency = await createAgency({
      app,
      name: 'Báo và Phát thanh, Truyền hình Đồng Nai',
      code: 'bao-dong-nai',
    })
    const staff = await signInStaffPerRole({ app, roles: EDITORIAL_ROLES, agency })
    tokens = staff.tokens
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('a contributor writes a draft and submits it; publishers are told by e-mail', async () => {
    const created = await app.rest.request('POST', `/${slugs.articles}?draft=true&locale=vi`, {
      token: tokens.contributor,
      body: {
        title: 'Đồng Nai khởi công khu công nghiệp công nghệ cao',
        summary: 'Khu công nghiệp rộng 500 ha ở xã Long Thành.',
        infoType: 'official',
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    expect(created.status).toBe(201)
    articleId = ((await created.json()) as { doc: { id: number } }).doc.id

    const submitted = await act({ as: 'contributor', action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.json.doc).toMatchObject({ workflowState: 'submitted' })
    const mail = capturedEmails({ to: 'publisher@ttdn.test' }).at(-1)
    expect(mail?.subject).toBe(
      'Có nội dung chờ duyệt: Đồng Nai khởi công khu công nghiệp công nghệ cao',
    )
  })

  it('refuses a contributor approving or publishing, in their language, and changes nothing', async () => {
    const approve = await act({ as: 'contributor', action: 'approve', language: 'en' })
    expect(approve.status).toBe(403)
    expect(approve.json.errors?.[0]?.message).toBe('Your role may not take this action.')
    const publish = await act({ as: 'contributor', action: 'publish', language: 'vi' })
    expect(publish.status).toBe(403)
    expect(publish.json.errors?.[0]?.message).toBe(
      'Vai trò của bạn không được thực hiện thao tác này.',
    )
    const viaPatch = await app.rest.request('PATCH', `/${slugs.articles}/${articleId}`, {
      token: tokens.contributor,
      body: { _status: 'published' },
    })
    expect(viaPatch.status).toBe(403)
    expect((await read({ locale: 'vi' })).status).toBe(404)
  })

  it('refuses steps the state does not allow, and unknown actions', async () => {
    const withdraw = await act({
      as: 'publisher',
      action: 'withdraw',
      reason: 'Thử',
      language: 'fr',
    })
    expect(withdraw.status).toBe(409)
    expect(withdraw.json.errors?.[0]?.message).toBe(
      'Cette action est impossible tant que l’élément est « submitted ».',
    )
    const unknown = await act({ as: 'publisher', action: 'archive', language: 'en' })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors?.[0]?.message).toBe(
      'Invalid parameter “action”: expected one of submit, approve, reject, publish, unpublish, withdraw, translate.',
    )
    const notJson = await app.rest.request('POST', `/${slugs.articles}/${articleId}/workflow`, {
      token: tokens.publisher,
      body: '{"action":',
      headers: { 'Accept-Language': 'en', 'Content-Type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as Json).errors?.[0]?.message).toBe(
      'The request body could not be read: please send a valid JSON object.',
    )
    const anonymous = await app.rest.request('POST', `/${slugs.articles}/${articleId}/workflow`, {
      body: { action: 'approve' },
    })
    expect(anonymous.status).toBe(401)
  })

  it('a publisher approves and publishes the Vietnamese source; the public reads it', async () => {
    expect((await act({ as: 'publisher', action: 'approve' })).json.doc).toMatchObject({
      workflowState: 'approved',
    })
    const published = await act({ as: 'publisher', action: 'publish' })
    expect(published.status).toBe(200)
    expect(published.json.doc).toMatchObject({
      workflowState: 'published',
      publishedLocales: ['vi'],
    })
    const publicRead = await read({ locale: 'vi' })
    expect(publicRead.status).toBe(200)
    expect(publicRead.json).toMatchObject({
      title: 'Đồng Nai khởi công khu công nghiệp công nghệ cao',
      servedLocale: 'vi',
    })
    expect(publicRead.json.workflowState).toBeUndefined()
    expect(publicRead.json.transitions ?? []).toEqual([])
    expect(publicRead.json.edNote).toBeUndefined()
  })

  it('does not let a contributor change published text in place', async () => {
    const live = await app.rest.request('PATCH', `/${slugs.articles}/${articleId}?locale=vi`, {
      token: tokens.contributor,
      body: { title: 'Sửa trực tiếp bản đã xuất bản' },
    })
    expect(live.status).toBe(403)
    expect((await read({ locale: 'vi' })).json.title).toBe(
      'Đồng Nai khởi công khu công nghiệp công nghệ cao',
    )
  })

  it('an English translation is written, reviewed, approved and published; other languages fall back to it and say so', async () => {
    const draft = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${articleId}?locale=en&draft=true`,
      {
        token: tokens.contributor,
        body: {
          title: 'Dong Nai breaks ground on a high-tech industrial park',
          summary: 'The 500-hectare park is in Long Thanh commune.',
        },
      },
    )
    expect(draft.status).toBe(200)
    const staffView = await read({ locale: 'en', as: 'publisher' })
    expect(staffView.json.translation).toMatchObject({ status: 'in-translation', isStale: false })

    const tooEarly = await act({ as: 'publisher', action: 'publish', locale: 'en', language: 'en' })
    expect(tooEarly.status).toBe(409)
    expect(tooEarly.json.errors?.[0]?.message).toBe(
      'The translation has not been approved, so it cannot be published.',
    )

    expect(
      (await act({ as: 'contributor', action: 'submit', locale: 'en' })).json.doc,
    ).toMatchObject({
      translation: { status: 'in-review' },
    })
    expect(
      (await act({ as: 'publisher', action: 'approve', locale: 'en' })).json.doc,
    ).toMatchObject({
      translation: { status: 'approved', translatedFromRevision: 1 },
    })
    // Publishing the translation makes the reviewed draft text the live English text.
    const published = await act({ as: 'publisher', action: 'publish', locale: 'en' })
    expect(published.status).toBe(200)
    expect(published.json.doc).toMatchObject({ publishedLocales: ['vi', 'en'] })

    const english = await read({ locale: 'en' })
    expect(english.json).toMatchObject({
      title: 'Dong Nai breaks ground on a high-tech industrial park',
      servedLocale: 'en',
    })
    const japanese = await read({ locale: 'ja' })
    expect(japanese.json).toMatchObject({
      title: 'Dong Nai breaks ground on a high-tech industrial park',
      servedLocale: 'en',
    })
  })

  it('flags the English translation stale when the Vietnamese text changes, until it is approved again', async () => {
    const changed = await app.rest.request('PATCH', `/${slugs.articles}/${articleId}?locale=vi`, {
      token: tokens.publisher,
      body: {
        title: 'Đồng Nai khởi công khu công nghiệp công nghệ cao 500 ha',
        _status: 'published',
      },
    })
    expect(changed.status).toBe(200)
    const staffView = await read({ locale: 'en', as: 'publisher' })
    expect(staffView.json.sourceRevision).toBe(2)
    expect(staffView.json.translation).toMatchObject({
      status: 'approved',
      translatedFromRevision: 1,
      isStale: true,
    })

    await act({ as: 'publisher', action: 'unpublish', locale: 'en' })
    const stale = await act({ as: 'publisher', action: 'publish', locale: 'en', language: 'vi' })
    expect(stale.status).toBe(409)
    expect(stale.json.errors?.[0]?.message).toBe(
      'Bản gốc tiếng Việt đã thay đổi sau khi bản dịch được duyệt; cần duyệt lại bản dịch.',
    )
    // While English is unpublished, an English reader gets the Vietnamese source, and is told.
    expect((await read({ locale: 'en' })).json).toMatchObject({ servedLocale: 'vi' })

    await act({ as: 'publisher', action: 'approve', locale: 'en' })
    expect((await act({ as: 'publisher', action: 'publish', locale: 'en' })).status).toBe(200)
    expect((await read({ locale: 'en', as: 'publisher' })).json.translation).toMatchObject({
      isStale: false,
    })
  })

  it('withdrawal needs a reason and hides the item from the public at once', async () => {
    const noReason = await act({ as: 'publisher', action: 'withdraw', language: 'en' })
    expect(noReason.status).toBe(400)
    expect(noReason.json.errors?.[0]?.message).toBe('Please give a reason for this action.')
    const withdrawn = await act({
      as: 'publisher',
      action: 'withdraw',
      reason: 'Số liệu cần đính chính',
    })
    expect(withdrawn.status).toBe(200)
    expect((await read({ locale: 'vi' })).status).toBe(404)
    expect((await read({ locale: 'en' })).status).toBe(404)
    const staff = await read({ locale: 'vi', as: 'publisher' })
    expect(staff.json).toMatchObject({
      workflowState: 'withdrawn',
      withdrawalReason: 'Số liệu cần đính chính',
    })
  })

  it('keeps a timeline of every step with who, when, which locale and which version', async () => {
    const { json } = await read({ locale: 'vi', as: 'publisher' })
    const steps = (json.transitions as Array<Record<string, unknown>>).map((step) => [
      step.action,
      step.locale,
      step.to,
    ])
    expect(steps).toEqual([
      ['submit', 'vi', 'submitted'],
      ['approve', 'vi', 'approved'],
      ['publish', 'vi', 'published'],
      ['submit', 'en', 'in-review'],
      ['approve', 'en', 'approved'],
      ['publish', 'en', 'published'],
      ['unpublish', 'en', 'unpublished'],
      ['approve', 'en', 'approved'],
      ['publish', 'en', 'published'],
      ['withdraw', 'vi', 'withdrawn'],
    ])
    for (const step of json.transitions as Array<Record<string, unknown>>) {
      expect(step.by).toBeTruthy()
      expect(new Date(String(step.at)).getTime()).toBeGreaterThan(Date.now() - 120_000)
      expect(step.version).toBeTruthy()
    }
  })

  it('a rejection needs a reason, returns the item and tells the submitter', async () => {
    const created = await app.rest.request('POST', `/${slugs.articles}?draft=true`, {
      token: tokens.contributor,
      body: {
        title: 'Lễ hội văn hóa dân tộc Chơro',
        infoType: 'promotional',
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await act({ as: 'contributor', action: 'submit', id })
    const rejected = await act({
      as: 'publisher',
      action: 'reject',
      reason: 'Thiếu ảnh và nguồn tin',
      id,
    })
    expect(rejected.json.doc).toMatchObject({ workflowState: 'rejected' })
    expect(capturedEmails({ to: 'contributor@ttdn.test' }).at(-1)?.text).toContain(
      'Thiếu ảnh và nguồn tin',
    )
    expect((await act({ as: 'contributor', action: 'submit', id })).json.doc).toMatchObject({
      workflowState: 'submitted',
    })
  })
})
