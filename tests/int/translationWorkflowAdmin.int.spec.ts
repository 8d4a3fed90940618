import { createLocalReq, type UIFieldServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { VietnameseSourcePanel } from '../../src/components/admin/workflow/VietnameseSourcePanel'
import { createAgency, EDITORIAL_ROLES, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Json = Record<string, unknown> & { errors?: Array<{ message: string }> }

/**
 * Translating in the admin: "start translating" is a workflow step of a translation (missing
 * or stale → in translation), and the "Vietnamese source" panel shows a translator the source
 * text beside the translation and, for a translation made from an older source, the words that
 * changed since.
 */
describe('translating an item in the admin', () => {
  let app: TestApp
  let tokens: Record<string, string>
  let contributor: object
  let articleId = 0

  async function act({
    as,
    action,
    locale,
    reason,
  }: {
    as: string
    action: string
    locale?: string
    reason?: string
  }): Promise<{ status: number; json: Json }> {
    const response = await app.rest.request('POST', `/${slugs.articles}/${articleId}/workflow`, {
      token: tokens[as],
      body: { action, locale, reason },
      headers: { 'Accept-Language': 'vi' },
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  async function renderPanel({ locale }: { locale: string }): Promise<string> {
    const req = await createLocalReq(
      { locale, user: { ...contributor, collection: slugs.users } as never },
      app.payload,
    )
    const panel = await VietnameseSourcePanel({
      id: articleId,
      collectionSlug: slugs.articles,
      req,
    } as never as UIFieldServerProps)
    return panel ? renderToStaticMarkup(panel) : ''
  }

  beforeAll(async () => {
    app = await startPayload()
    const agency = await createAgency({
      app,
      name: 'Báo và Phát thanh, Truyền hình',
      code: 'bao-dich',
    })
    const staff = await signInStaffPerRole({ app, roles: EDITORIAL_ROLES, agency })
    tokens = staff.tokens
    contributor = await app.payload.findByID({ collection: slugs.users, id: staff.ids.contributor })
    const created = await app.rest.request('POST', `/${slugs.articles}?draft=true&locale=vi`, {
      token: tokens.contributor,
      body: {
        title: 'Lễ hội Hoa Sen năm 2025',
        summary: 'Lễ hội thu hút du khách.',
        infoType: 'promotional',
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    expect(created.status).toBe(201)
    articleId = ((await created.json()) as { doc: { id: number } }).doc.id
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('lets a contributor start a missing translation from the Vietnamese text, once, and never the source', async () => {
    const started = await act({ as: 'contributor', action: 'translate', locale: 'en' })
    expect(started.status).toBe(200)
    expect(started.json.doc).toMatchObject({ translation: { status: 'in-translation' } })
    expect(started.json.transition).toMatchObject({
      action: 'translate',
      locale: 'en',
      from: 'missing',
      to: 'in-translation',
    })

    // The translation starts from the Vietnamese text, for the translator to type over.
    const english = await app.rest.request(
      'GET',
      `/${slugs.articles}/${articleId}?locale=en&draft=true&depth=0&fallback-locale=null`,
      { token: tokens.contributor },
    )
    expect(await english.json()).toMatchObject({
      title: 'Lễ hội Hoa Sen năm 2025',
      summary: 'Lễ hội thu hút du khách.',
    })

    const again = await act({ as: 'contributor', action: 'translate', locale: 'en' })
    expect(again.status).toBe(409)
    const source = await act({ as: 'contributor', action: 'translate', locale: 'vi' })
    expect(source.status).toBe(400)
  })

  it('shows the Vietnamese source beside a translation, and nothing on the Vietnamese view', async () => {
    expect(await renderPanel({ locale: 'vi' })).toBe('')
    const html = await renderPanel({ locale: 'en' })
    expect(html).toContain('Bản gốc tiếng Việt')
    expect(html).toContain('Lễ hội Hoa Sen năm 2025')
    expect(html).toContain('Lễ hội thu hút du khách.')
    expect(html).not.toContain('data-testid="source-changes"')
  })

  it('marks what changed in the source since a stale translation was approved, and lets it be taken back', async () => {
    const english = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${articleId}?draft=true&locale=en`,
      {
        token: tokens.contributor,
        body: { title: 'Lotus Festival 2025', summary: 'The festival draws visitors.' },
      },
    )
    expect(english.status).toBe(200)
    expect((await act({ as: 'contributor', action: 'submit', locale: 'en' })).status).toBe(200)
    expect((await act({ as: 'publisher', action: 'approve', locale: 'en' })).status).toBe(200)

    const changed = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${articleId}?draft=true&locale=vi`,
      { token: tokens.contributor, body: { title: 'Lễ hội Hoa Sen năm 2026 khai mạc' } },
    )
    expect(changed.status).toBe(200)

    const html = await renderPanel({ locale: 'en' })
    expect(html).toContain('data-testid="source-changes"')
    expect(html).toMatch(/<del[^>]*>2025<\/del>/)
    expect(html).toMatch(/<ins[^>]*>[^<]*2026[^<]*<\/ins>/)
    // Only the fields that changed are marked.
    const changes = html.slice(html.indexOf('source-changes'), html.indexOf('data-source-field'))
    expect(changes).not.toContain('Lễ hội thu hút du khách.')

    const retaken = await act({ as: 'contributor', action: 'translate', locale: 'en' })
    expect(retaken.status).toBe(200)
    expect(retaken.json.doc).toMatchObject({ translation: { status: 'in-translation' } })
    // Still made from the older source: the changes stay marked until it is approved again.
    expect(await renderPanel({ locale: 'en' })).toContain('data-testid="source-changes"')
  })
})
