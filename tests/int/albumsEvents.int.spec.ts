import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { gatherEvent } from '../../src/library/eventGathering'
import type { Journalist } from '../../src/payload-types'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { flatImage } from '../helpers/mediaFixtures'
import { ninjsValidator, type NinjsValidator } from '../helpers/ninjsSchema'
import { searchApi, syncSearch } from '../helpers/searchEngines'
import { startPayload, type TestApp } from '../helpers/startPayload'

const DAY = 86_400_000

type Ninjs = {
  uri: string
  type: string
  headlines?: Array<{ value: string }>
  associations?: Array<{ name?: string; rel?: string; uri: string; type: string }>
}

/**
 * Albums and events (issue 18, item 3): each shows a reader only what the one visibility rule
 * lets them see — inside an album, on an event's page, through the API and in ninjs packages —
 * and both are found by search in every language.
 */
describe('albums and events', () => {
  let app: TestApp
  let ninjs: NinjsValidator
  let journalistToken: string
  let adminToken: string
  let agency: number
  let journalist: Journalist & { collection: 'journalists' }
  const ids = {} as Record<
    | 'publicPhoto'
    | 'pressPhoto'
    | 'video'
    | 'article'
    | 'pressArticle'
    | 'album'
    | 'embargoedAlbum'
    | 'event',
    number
  >

  const published = { accessTier: 'public', classification: 'unclassified', _status: 'published' }

  beforeAll(async () => {
    ninjs = await ninjsValidator()
    app = await startPayload()
    // The first staff account becomes the admin.
    adminToken = (await signInStaff({ app, email: 'admin@album.test', roles: ['admin'] })).token
    agency = await createAgency({ app, name: 'Sở Văn hóa', code: 'so-vhttdl-album' })
    const signedIn = await signInJournalist({ app, email: 'album@press.test' })
    journalistToken = signedIn.token
    journalist = {
      ...(await app.payload.findByID({ collection: slugs.journalists, id: signedIn.id })),
      collection: 'journalists',
    }
    const image = await flatImage({ width: 64, height: 48, background: '#c63', format: 'jpeg' })
    const media = async (name: string, data: Record<string, unknown>) =>
      (
        await app.payload.create({
          collection: slugs.media,
          data: { kind: 'image', agency, ...published, ...data } as never,
          file: { data: image, mimetype: 'image/jpeg', name, size: image.length },
        })
      ).id
    ids.event = (
      await app.payload.create({
        collection: slugs.events,
        data: {
          title: 'Triển lãm gốm Biên Hòa',
          kind: 'exhibition',
          startDate: new Date(Date.now() + 10 * DAY).toISOString(),
          endDate: new Date(Date.now() + 12 * DAY).toISOString(),
          place: { name: 'Biên Hòa' },
          agency,
          ...published,
        } as never,
      })
    ).id
    ids.publicPhoto = await media('gom-cong-khai.jpg', {
      headline: 'Bình gốm men xanh',
      event: ids.event,
    })
    ids.pressPhoto = await media('gom-bao-chi.jpg', {
      headline: 'Lò gốm trước giờ khai mạc',
      accessTier: 'press',
      event: ids.event,
    })
    ids.video = await media('gom-video.jpg', { headline: 'Nghệ nhân nặn gốm', event: ids.event })
    await app.payload.update({ collection: slugs.media, id: ids.video, data: { kind: 'video' } })
    ids.article = (
      await createPublishedArticle({
        app,
        agency,
        title: 'Gốm Biên Hòa đến với bạn bè quốc tế',
        data: { event: ids.event },
      })
    ).id
    ids.pressArticle = (
      await createPublishedArticle({
        app,
        agency,
        title: 'Thông cáo dành cho báo chí về triển lãm',
        data: { event: ids.event, accessTier: 'press' },
      })
    ).id
    const items = [
      { relationTo: slugs.media, value: ids.publicPhoto },
      { relationTo: slugs.media, value: ids.pressPhoto },
      { relationTo: slugs.articles, value: ids.article },
      { relationTo: slugs.articles, value: ids.pressArticle },
    ]
    ids.album = (
      await app.payload.create({
        collection: slugs.albums,
        data: {
          title: 'Gốm Biên Hòa trăm năm',
          description: 'Những chiếc bình men xanh đồng trổ bông',
          cover: ids.publicPhoto,
          items,
          event: ids.event,
          agency,
          ...published,
        } as never,
      })
    ).id
    // The Japanese text, published through the workflow fields as a translation would be.
    await app.payload.update({
      collection: slugs.albums,
      id: ids.album,
      locale: 'ja',
      data: { title: 'ビエンホア焼の百年', description: '青銅釉の花瓶と陶芸の村' },
    })
    await app.payload.update({
      collection: slugs.albums,
      id: ids.album,
      data: { publishedLocales: ['vi', 'ja'] },
      context: { workflowTransition: true },
    })
    ids.embargoedAlbum = (
      await app.payload.create({
        collection: slugs.albums,
        data: {
          title: 'Album cấm đăng',
          items,
          agency,
          ...published,
          embargoUntil: new Date(Date.now() + DAY).toISOString(),
        } as never,
      })
    ).id
    await syncSearch({ app })
  })

  afterAll(async () => {
    await app?.stop()
  })

  /** The ids of an album's items, as `GET /api/albums/:id` gives them to `token`'s holder. */
  async function albumItemIds({
    id,
    token,
    depth,
  }: {
    id: number
    token?: string
    depth: 0 | 1
  }): Promise<{ status: number; items: string[] }> {
    const response = await app.rest.request('GET', `/albums/${id}?depth=${depth}`, { token })
    if (response.status !== 200) return { status: response.status, items: [] }
    const body = (await response.json()) as {
      items: Array<{ relationTo: string; value: number | { id: number } }>
    }
    return {
      status: 200,
      items: body.items.map(
        ({ relationTo, value }) => `${relationTo}:${typeof value === 'object' ? value.id : value}`,
      ),
    }
  }

  it('gives an anonymous reader only the public items of an album, at any depth', async () => {
    for (const depth of [0, 1] as const) {
      expect(await albumItemIds({ id: ids.album, depth })).toEqual({
        status: 200,
        items: [`media:${ids.publicPhoto}`, `articles:${ids.article}`],
      })
    }
  })

  it('gives an accredited journalist the press items of an album too, in the album’s order', async () => {
    expect(await albumItemIds({ id: ids.album, depth: 1, token: journalistToken })).toEqual({
      status: 200,
      items: [
        `media:${ids.publicPhoto}`,
        `media:${ids.pressPhoto}`,
        `articles:${ids.article}`,
        `articles:${ids.pressArticle}`,
      ],
    })
  })

  it('hides an embargoed album from an anonymous reader everywhere: API, list and search', async () => {
    expect((await albumItemIds({ id: ids.embargoedAlbum, depth: 0 })).status).toBe(404)
    const list = await app.payload.find({
      collection: slugs.albums,
      overrideAccess: false,
      user: null,
      context: { isLibraryRead: true },
    })
    expect(list.docs.map((album) => album.id)).toEqual([ids.album])
    const { body } = await searchApi({ app, query: { q: 'cấm đăng', locale: 'vi', type: 'album' } })
    expect(body.hits).toEqual([])
  })

  it('finds an album by its Japanese description for a Japanese reader, filtered by type', async () => {
    const { status, body } = await searchApi({
      app,
      query: { q: '陶芸の村', locale: 'ja', type: 'album' },
    })
    expect(status).toBe(200)
    expect(body.hits.map((hit) => [hit.itemId, hit.locale, hit.title])).toEqual([
      [String(ids.album), 'ja', 'ビエンホア焼の百年'],
    ])
    expect(body.facets.type).toEqual(expect.arrayContaining([{ value: 'album', count: 1 }]))
    const events = await searchApi({ app, query: { q: 'gốm', locale: 'vi', type: 'event' } })
    expect(events.body.hits.map((hit) => hit.itemId)).toEqual([String(ids.event)])
  })

  it('gathers on the event page the articles, albums and media that name the event, as each reader may see them', async () => {
    const anonymous = await gatherEvent({
      as: { kind: 'reader', payload: app.payload, user: null },
      eventId: ids.event,
      locale: 'vi',
    })
    expect({
      articles: anonymous.articles.map((item) => item.id),
      albums: anonymous.albums.map((item) => item.id),
      photos: anonymous.photos.map((item) => item.id),
      videos: anonymous.videos.map((item) => item.id),
      publications: anonymous.publications,
    }).toEqual({
      articles: [ids.article],
      albums: [ids.album],
      photos: [ids.publicPhoto],
      videos: [ids.video],
      publications: [],
    })
    const press = await gatherEvent({
      as: { kind: 'reader', payload: app.payload, user: journalist },
      eventId: ids.event,
      locale: 'vi',
    })
    expect(press.articles.map((item) => item.id).sort()).toEqual(
      [ids.article, ids.pressArticle].sort(),
    )
    expect(press.photos.map((item) => item.id).sort()).toEqual(
      [ids.publicPhoto, ids.pressPhoto].sort(),
    )
  })

  it('syndicates an album as a valid ninjs package of its public items only', async () => {
    const response = await app.rest.request('GET', '/syndication/ninjs')
    const page = (await response.json()) as { items: Ninjs[] }
    const album = page.items.find((item) => item.uri.endsWith(`:albums:${ids.album}:vi`))
    expect(album?.type).toBe('composite')
    expect(ninjs.validate(album), JSON.stringify(ninjs.errors())).toBe(true)
    expect(
      album?.associations?.filter((association) => association.rel === 'member').map(memberOf),
    ).toEqual([
      ['item1', `media:${ids.publicPhoto}`],
      ['item2', `articles:${ids.article}`],
    ])
    // The embargoed album is not syndicated to the public at all.
    expect(page.items.some((item) => item.uri.includes(`:albums:${ids.embargoedAlbum}:`))).toBe(
      false,
    )
  })

  it('gives an accredited journalist the album and event packages with their press items', async () => {
    const album = await pressNinjs({ collection: 'albums', id: ids.album })
    expect(ninjs.validate(album), JSON.stringify(ninjs.errors())).toBe(true)
    expect(album.associations?.filter((item) => item.rel === 'member').map(memberOf)).toEqual([
      ['item1', `media:${ids.publicPhoto}`],
      ['item2', `media:${ids.pressPhoto}`],
      ['item3', `articles:${ids.article}`],
      ['item4', `articles:${ids.pressArticle}`],
    ])
    const event = await pressNinjs({ collection: 'events', id: ids.event })
    expect(event.type).toBe('composite')
    expect(ninjs.validate(event), JSON.stringify(ninjs.errors())).toBe(true)
    const members = (event.associations ?? []).filter((item) => item.rel === 'member')
    expect(members.map((member) => memberOf(member)[1]).sort()).toEqual(
      [
        `articles:${ids.article}`,
        `articles:${ids.pressArticle}`,
        `albums:${ids.album}`,
        `media:${ids.video}`,
        `media:${ids.publicPhoto}`,
        `media:${ids.pressPhoto}`,
      ].sort(),
    )
  })

  it('reads items that populate each other (a photo’s event whose cover is that photo) at every depth', async () => {
    // Failed before: the event's readability was awaited before Payload populated it, and the
    // photo and the event waited for each other in one batch of Payload's loader for ever.
    await app.payload.update({
      collection: slugs.events,
      id: ids.event,
      data: { cover: ids.publicPhoto },
    })
    await app.payload.update({
      collection: slugs.articles,
      id: ids.article,
      data: { media: [ids.publicPhoto, ids.pressPhoto] },
    })
    for (const depth of [0, 1, 2, 3]) {
      for (const collection of ['articles', 'media', 'albums', 'events']) {
        const response = await app.rest.request('GET', `/${collection}?limit=100&depth=${depth}`)
        expect(response.status, `${collection} at depth ${depth}`).toBe(200)
      }
    }
  })

  it('hides an event the reader may not see from the items that name it, as an id or populated', async () => {
    const pressEvent = await app.payload.create({
      collection: slugs.events,
      data: {
        title: 'Đoàn khách làm việc kín',
        kind: 'delegation-visit',
        startDate: new Date().toISOString(),
        agency,
        ...published,
        accessTier: 'press',
      } as never,
    })
    await app.payload.update({
      collection: slugs.media,
      id: ids.video,
      data: { event: pressEvent.id },
    })
    for (const depth of [0, 1, 2]) {
      const response = await app.rest.request('GET', `/media/${ids.video}?depth=${depth}`)
      expect(((await response.json()) as { event: unknown }).event, `depth ${depth}`).toBeNull()
      const press = await app.rest.request('GET', `/media/${ids.video}?depth=${depth}`, {
        token: journalistToken,
      })
      const event = ((await press.json()) as { event: number | { id: number } }).event
      expect(typeof event === 'object' ? event.id : event).toBe(pressEvent.id)
    }
    await app.payload.update({ collection: slugs.media, id: ids.video, data: { event: ids.event } })
  })

  it('refuses an event that ends before it starts, with a message in the editor’s language', async () => {
    const response = await app.rest.request('POST', '/events', {
      headers: { 'Accept-Language': 'en' },
      body: {
        title: 'Ngược thời gian',
        kind: 'other',
        startDate: '2026-05-02T00:00:00.000Z',
        endDate: '2026-05-01T00:00:00.000Z',
      },
      token: adminToken,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      'The end date cannot be before the start date.',
    )
  })

  it('checks an edited end date against the start date already stored', async () => {
    // The validator reads the stored start through the merged siblings, which Payload builds
    // only when a validator asks for them (patches/payload+3.90.1.patch).
    const before = await app.payload.findByID({ collection: slugs.events, id: ids.event })
    const response = await app.rest.request('PATCH', `/events/${ids.event}`, {
      headers: { 'Accept-Language': 'en' },
      body: { endDate: new Date(Date.parse(before.startDate) - DAY).toISOString() },
      token: adminToken,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      'The end date cannot be before the start date.',
    )
    const after = await app.payload.findByID({ collection: slugs.events, id: ids.event })
    expect(after.endDate).toBe(before.endDate)
  })

  async function pressNinjs({
    collection,
    id,
  }: {
    collection: 'albums' | 'events'
    id: number
  }): Promise<Ninjs> {
    const response = await app.rest.request('GET', `/library/ninjs/${collection}/${id}?locale=vi`, {
      token: journalistToken,
    })
    expect(response.status).toBe(200)
    return (await response.json()) as Ninjs
  }
})

/** An association's name and the item it stands for (`collection:id`, from its uri). */
function memberOf(association: { name?: string; uri: string }): [string, string] {
  // urn:ttdn:<host[:port]>:<collection>:<id>:<locale>
  const parts = association.uri.split(':')
  return [association.name ?? '', `${parts.at(-3)}:${parts.at(-2)}`]
}
