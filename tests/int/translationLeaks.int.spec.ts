import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, EDITORIAL_ROLES, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Json = Record<string, unknown> & { errors?: Array<{ message: string }> }
type List = { docs: Array<Record<string, unknown>>; totalDocs: number }

/**
 * Issue 12, item 3: readers outside the staff get only the published languages of an item,
 * whatever `locale`, `fallback-locale`, `where` or `select` they send, over REST and GraphQL; and
 * the live document never carries a translation that was not published, whichever way the
 * item is published (Payload's own publish or the workflow endpoint).
 */
describe('unpublished translations stay out of public reads and of the live document', () => {
  let app: TestApp
  let tokens: Record<string, string>
  /** Published in Vietnamese; an English draft is saved, then Vietnamese is republished. */
  let draftedId: number
  /** English was approved, published and unpublished again: the live document still holds it. */
  let unpublishedId: number

  async function act({
    id,
    as,
    action,
    locale,
  }: {
    id: number
    as: string
    action: string
    locale?: string
  }): Promise<void> {
    const response = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token: tokens[as],
      body: { action, locale },
    })
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
  }

  async function save({
    id,
    locale,
    data,
    draft = true,
    as = 'contributor',
  }: {
    id: number
    locale: string
    data: Record<string, unknown>
    draft?: boolean
    as?: string
  }): Promise<void> {
    const query = draft ? `locale=${locale}&draft=true` : `locale=${locale}`
    const response = await app.rest.request('PATCH', `/${slugs.articles}/${id}?${query}`, {
      token: tokens[as],
      body: data,
    })
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
  }

  async function publicGet(path: string): Promise<{ status: number; json: Json; text: string }> {
    const response = await app.rest.request('GET', path)
    const text = await response.text()
    return { status: response.status, json: JSON.parse(text) as Json, text }
  }

  async function publishedArticle({ title }: { title: string }): Promise<number> {
    const created = await app.rest.request('POST', `/${slugs.articles}?draft=true&locale=vi`, {
      token: tokens.contributor,
      body: { title, infoType: 'official', accessTier: 'public', classification: 'unclassified' },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await act({ id, as: 'contributor', action: 'submit' })
    await act({ id, as: 'publisher', action: 'approve' })
    await act({ id, as: 'publisher', action: 'publish' })
    return id
  }

  /** The published version as stored, every locale side by side. */
  async function publishedInAllLocales({ id }: { id: number }) {
    return (await app.payload.findByID({
      collection: slugs.articles,
      id,
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, Record<string, unknown>>
  }

  beforeAll(async () => {
    app = await startPayload()
    const agency = await createAgency({
      app,
      name: 'Sở Du lịch',
      code: 'so-du-lich',
      kind: 'provincial-department',
    })
    const staff = await signInStaffPerRole({ app, roles: EDITORIAL_ROLES, agency })
    tokens = staff.tokens

    // Article 1: a contributor's English draft, then the publisher republishes the Vietnamese.
    draftedId = await publishedArticle({ title: 'Lễ hội trái cây Long Khánh' })
    await save({
      id: draftedId,
      locale: 'en',
      data: { title: 'SECRETDRAFT fruit festival', summary: 'SECRETDRAFT unreviewed summary' },
    })
    await save({
      id: draftedId,
      locale: 'vi',
      as: 'publisher',
      draft: false,
      data: { summary: 'Lễ hội diễn ra vào tháng Sáu.', _status: 'published' },
    })

    // Article 2: English approved, published, then unpublished (the text stays in the database).
    unpublishedId = await publishedArticle({ title: 'Vườn quốc gia Cát Tiên' })
    await save({
      id: unpublishedId,
      locale: 'en',
      data: { title: 'WITHDRAWNENGLISH Cat Tien park', summary: 'WITHDRAWNENGLISH summary' },
    })
    await act({ id: unpublishedId, as: 'contributor', action: 'submit', locale: 'en' })
    await act({ id: unpublishedId, as: 'publisher', action: 'approve', locale: 'en' })
    await act({ id: unpublishedId, as: 'publisher', action: 'publish', locale: 'en' })
    await act({ id: unpublishedId, as: 'publisher', action: 'unpublish', locale: 'en' })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('republishing the Vietnamese text does not make a contributor’s English draft live', async () => {
    const english = await publicGet(`/${slugs.articles}/${draftedId}?locale=en&depth=0`)
    expect(english.status).toBe(200)
    expect(english.json).toMatchObject({ title: 'Lễ hội trái cây Long Khánh', servedLocale: 'vi' })
    expect(english.text).not.toContain('SECRETDRAFT')
    const all = await publicGet(`/${slugs.articles}/${draftedId}?locale=all&depth=0`)
    expect(all.status).toBe(200)
    expect(all.text).not.toContain('SECRETDRAFT')

    const live = await publishedInAllLocales({ id: draftedId })
    expect(JSON.stringify(live)).not.toContain('SECRETDRAFT')
    expect(live.summary?.vi).toBe('Lễ hội diễn ra vào tháng Sáu.')

    // The draft is not lost: the staff keep working on it.
    const staff = await app.rest.request(
      'GET',
      `/${slugs.articles}/${draftedId}?locale=en&draft=true&depth=0`,
      { token: tokens.contributor },
    )
    expect(((await staff.json()) as Json).title).toBe('SECRETDRAFT fruit festival')
    const staffVi = await app.rest.request(
      'GET',
      `/${slugs.articles}/${draftedId}?locale=vi&draft=true&depth=0`,
      { token: tokens.contributor },
    )
    expect(((await staffVi.json()) as Json).summary).toBe('Lễ hội diễn ra vào tháng Sáu.')
  })

  it('publishing another translation through the workflow does not make the English draft live either', async () => {
    await save({ id: draftedId, locale: 'fr', data: { title: 'Fête des fruits de Long Khanh' } })
    await act({ id: draftedId, as: 'contributor', action: 'submit', locale: 'fr' })
    await act({ id: draftedId, as: 'publisher', action: 'approve', locale: 'fr' })
    await act({ id: draftedId, as: 'publisher', action: 'publish', locale: 'fr' })

    const french = await publicGet(`/${slugs.articles}/${draftedId}?locale=fr&depth=0`)
    expect(french.json).toMatchObject({
      title: 'Fête des fruits de Long Khanh',
      servedLocale: 'fr',
    })
    expect(french.text).not.toContain('SECRETDRAFT')
    const english = await publicGet(`/${slugs.articles}/${draftedId}?locale=en&depth=0`)
    expect(english.text).not.toContain('SECRETDRAFT')
    const live = await publishedInAllLocales({ id: draftedId })
    expect(JSON.stringify(live)).not.toContain('SECRETDRAFT')
  })

  it('locale=all, select and fallback-locale show anonymous readers only published languages', async () => {
    const all = await publicGet(`/${slugs.articles}/${unpublishedId}?locale=all&depth=0`)
    expect(all.status).toBe(200)
    expect(all.text).not.toContain('WITHDRAWNENGLISH')
    expect(all.json.title).toEqual({ vi: 'Vườn quốc gia Cát Tiên' })
    const list = await publicGet(`/${slugs.articles}?locale=all&depth=0&limit=10`)
    expect(list.text).not.toContain('WITHDRAWNENGLISH')

    const selected = await publicGet(
      `/${slugs.articles}/${unpublishedId}?locale=en&select[title]=true&depth=0`,
    )
    expect(selected.text).not.toContain('WITHDRAWNENGLISH')
    expect(selected.json.title).toBe('Vườn quốc gia Cát Tiên')
    const selectedList = await publicGet(
      `/${slugs.articles}?locale=en&select[title]=true&select[summary]=true&depth=0`,
    )
    expect(selectedList.text).not.toContain('WITHDRAWNENGLISH')

    // Vietnamese has no summary: a fallback to the unpublished English must not fill it.
    const fallback = await publicGet(
      `/${slugs.articles}/${unpublishedId}?locale=vi&fallback-locale=en&depth=0`,
    )
    expect(fallback.text).not.toContain('WITHDRAWNENGLISH')
    const japanese = await publicGet(`/${slugs.articles}/${unpublishedId}?locale=ja&depth=0`)
    expect(japanese.text).not.toContain('WITHDRAWNENGLISH')
  })

  it('a where on an unpublished language cannot match, so it is no oracle', async () => {
    const control = await publicGet(
      `/${slugs.articles}?locale=vi&where[title][like]=Cát Tiên&depth=0`,
    )
    expect((control.json as unknown as List).totalDocs).toBe(1)

    for (const path of [
      `/${slugs.articles}?locale=en&where[title][like]=WITHDRAWNENGLISH&depth=0`,
      `/${slugs.articles}?where[title.en][like]=WITHDRAWNENGLISH&depth=0`,
      `/${slugs.articles}?locale=all&where[title][like]=WITHDRAWNENGLISH&depth=0`,
      `/${slugs.articles}?locale=en&where[or][0][summary][like]=WITHDRAWNENGLISH&where[or][1][id][equals]=-1`,
      `/${slugs.articles}?locale=en&where[title][like]=SECRETDRAFT&depth=0`,
      `/${slugs.articles}?locale=all&where[title][like]=SECRETDRAFT&depth=0`,
    ]) {
      const answer = await publicGet(path)
      expect(answer.status, path).toBe(200)
      expect((answer.json as unknown as List).totalDocs, path).toBe(0)
    }
    const count = await publicGet(
      `/${slugs.articles}/count?locale=en&where[title][like]=WITHDRAWNENGLISH`,
    )
    expect(count.json.totalDocs).toBe(0)

    // The staff still search every language.
    const staff = await app.rest.request(
      'GET',
      `/${slugs.articles}?locale=en&where[title][like]=WITHDRAWNENGLISH&depth=0`,
      { token: tokens.publisher },
    )
    expect(((await staff.json()) as List).totalDocs).toBe(1)
  })

  it('a sort on a translated field is refused outside Vietnamese, so the order is no oracle', async () => {
    for (const path of [
      `/${slugs.articles}?locale=en&sort=title&depth=0`,
      `/${slugs.articles}?locale=en&sort=-summary&depth=0`,
      `/${slugs.articles}?locale=all&sort=title&depth=0`,
      `/${slugs.articles}?sort=title.en&depth=0`,
      `/${slugs.articles}?locale=en&sort=id,title&depth=0`,
    ]) {
      const response = await app.rest.request('GET', path, {
        headers: { 'Accept-Language': 'vi' },
      })
      const body = (await response.json()) as { errors?: Array<{ message: string }> }
      expect(response.status, path).toBe(400)
      expect(body.errors?.[0]?.message, path).toMatch(/“sort”/)
    }
    const vietnamese = await publicGet(`/${slugs.articles}?locale=vi&sort=-title&depth=0`)
    expect(vietnamese.status).toBe(200)
    const byDate = await publicGet(`/${slugs.articles}?locale=en&sort=-publishedAt&depth=0`)
    expect(byDate.status).toBe(200)

    // The staff sort by any language.
    const staff = await app.rest.request('GET', `/${slugs.articles}?locale=en&sort=title&depth=0`, {
      token: tokens.publisher,
    })
    expect(staff.status).toBe(200)
  })

  it('GraphQL answers anonymous readers in published languages only', async () => {
    const single = await app.rest.graphql({
      query: `query { Article(id: ${unpublishedId}, locale: en) { title summary } }`,
    })
    expect(JSON.stringify(single.body)).not.toContain('WITHDRAWNENGLISH')
    expect((single.body.data?.Article as { title: string }).title).toBe('Vườn quốc gia Cát Tiên')
    const search = await app.rest.graphql({
      query: `query { Articles(locale: en, where: { title: { like: "WITHDRAWNENGLISH" } }) { totalDocs docs { title } } }`,
    })
    expect(JSON.stringify(search.body)).not.toContain('WITHDRAWNENGLISH')
    expect((search.body.data?.Articles as { totalDocs: number }).totalDocs).toBe(0)
    const drafted = await app.rest.graphql({
      query: `query { Article(id: ${draftedId}, locale: en) { title summary } }`,
    })
    expect(JSON.stringify(drafted.body)).not.toContain('SECRETDRAFT')
  })
})
