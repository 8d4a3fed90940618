import type { Metadata } from 'next'
import type { ReactElement } from 'react'
import { renderToReadableStream } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { flatImage } from '../helpers/mediaFixtures'
import {
  missingRichResultFields,
  schemaOrgProblems,
  SCHEMA_ORG_VERSION,
  type JsonLdNode,
} from '../helpers/schemaOrg'
import { startPayload, type TestApp } from '../helpers/startPayload'

// The library's pages read the request through next/headers (who is reading) and answer 404
// through next/navigation; here they get the test's headers and a notFound that throws.
const request = vi.hoisted(() => ({ headers: new Headers() }))
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}))
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND')
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`)
  },
}))

/** Where the suite says the library is served: every absolute URL must start with it. */
const PUBLIC_URL = 'http://127.0.0.1:4173'

const CC_LICENCES = 'https://creativecommons.org/'

/** The library's page modules the suite renders, by route. */
const PAGES = {
  'articles/[id]': () => import('../../src/app/(library)/[lang]/articles/[id]/page'),
  'media/[id]': () => import('../../src/app/(library)/[lang]/media/[id]/page'),
  'topics/[slug]': () => import('../../src/app/(library)/[lang]/topics/[slug]/page'),
  'agencies/[code]': () => import('../../src/app/(library)/[lang]/agencies/[code]/page'),
  'albums/[id]': () => import('../../src/app/(library)/[lang]/albums/[id]/page'),
  'events/[id]': () => import('../../src/app/(library)/[lang]/events/[id]/page'),
}

type PageModule = {
  generateMetadata: (props: PageProps) => Promise<Metadata>
  default: (props: PageProps) => Promise<ReactElement>
}
type PageProps = {
  params: Promise<Record<string, string>>
  searchParams: Promise<Record<string, string>>
}

describe('what search engines and link previews read of the library', () => {
  let app: TestApp
  let journalistToken: string
  const ids = {} as Record<
    | 'photo'
    | 'pressPhoto'
    | 'article'
    | 'pressArticle'
    | 'internalArticle'
    | 'embargoedArticle'
    | 'album'
    | 'event',
    number
  >
  let topicSlug: string
  let agencyCode: string
  let agency: number

  beforeAll(async () => {
    app = await startPayload({ env: { PUBLIC_URL } })
    // The first staff account becomes the admin; the journalist is accredited for the press tier.
    await signInStaff({ app, email: 'admin@seo.test', roles: ['admin'] })
    journalistToken = (await signInJournalist({ app, email: 'reporter@seo.test' })).token
    agencyCode = 'bao-dn-seo'
    agency = await createAgency({ app, name: 'Báo Đồng Nai', code: agencyCode })
    topicSlug = 'du-lich-seo'
    const topic = await app.payload.create({
      collection: slugs.topics,
      data: { name: 'Du lịch', slug: topicSlug, description: 'Điểm đến của tỉnh' },
    })
    const image = await flatImage({ width: 2400, height: 1600, background: '#3a7', format: 'jpeg' })
    const photo = (tier: 'public' | 'press', name: string) =>
      app.payload.create({
        collection: slugs.media,
        data: {
          kind: 'image',
          alt: `Chợ nổi ${tier}`,
          caption: `Chợ nổi trên sông Đồng Nai (${tier})`,
          credit: 'Báo Đồng Nai',
          creator: 'Nguyễn Văn A',
          copyrightNotice: '© Báo Đồng Nai 2026',
          licence: 'cc-by-4.0',
          placeShown: 'Biên Hòa',
          keywords: ['chợ nổi', 'sông'],
          agency,
          accessTier: tier,
          classification: 'unclassified',
          _status: 'published',
        },
        file: { data: image, mimetype: 'image/jpeg', name, size: image.length },
      })
    ids.photo = (await photo('public', 'cho-noi.jpg')).id
    ids.pressPhoto = (await photo('press', 'cho-noi-bao-chi.jpg')).id
    const article = await createPublishedArticle({
      app,
      agency,
      title: 'Lễ hội trên sông Đồng Nai',
      data: {
        summary: 'Tóm tắt lễ hội',
        topics: [topic.id],
        media: [ids.photo, ids.pressPhoto],
        place: { name: 'Biên Hòa', latitude: 10.95, longitude: 106.82 },
      },
    })
    await app.payload.update({
      collection: slugs.articles,
      id: article.id,
      locale: 'ja',
      data: { title: 'ドンナイ川の祭り', summary: '祭りの概要' },
    })
    // Publishing a translation is a workflow step; here the system records it directly.
    await app.payload.update({
      collection: slugs.articles,
      id: article.id,
      data: { publishedLocales: ['vi', 'ja'] },
      context: { workflowTransition: true },
    })
    ids.article = article.id
    ids.pressArticle = (
      await createPublishedArticle({
        app,
        agency,
        title: 'Tin chỉ dành cho báo chí',
        data: { accessTier: 'press', summary: 'Bí mật báo chí' },
      })
    ).id
    // In its press window: journalists read it from the press time, the public at the later one.
    ids.embargoedArticle = (
      await createPublishedArticle({
        app,
        agency,
        title: 'Tin cấm đăng đến mai',
        data: {
          summary: 'Nội dung cấm đăng',
          embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
          pressReleaseAt: new Date(Date.now() - 3_600_000).toISOString(),
        } as never,
      })
    ).id
    ids.internalArticle = (
      await createPublishedArticle({
        app,
        agency,
        title: 'Tin nội bộ',
        data: { accessTier: 'internal' },
      })
    ).id
    const published = {
      agency,
      accessTier: 'public',
      classification: 'unclassified',
      _status: 'published',
    } as const
    ids.event = (
      await app.payload.create({
        collection: slugs.events,
        data: {
          ...published,
          title: 'Lễ hội sông nước',
          description: 'Ba ngày lễ hội trên sông Đồng Nai',
          kind: 'festival',
          startDate: '2026-03-28T01:00:00.000Z',
          endDate: '2026-03-30T10:00:00.000Z',
          place: { name: 'Biên Hòa', latitude: 10.95, longitude: 106.82 },
          cover: ids.photo,
        },
      })
    ).id
    ids.album = (
      await app.payload.create({
        collection: slugs.albums,
        data: {
          ...published,
          title: 'Chợ nổi qua ống kính',
          description: 'Ảnh chợ nổi',
          cover: ids.photo,
          event: ids.event,
          items: [
            { relationTo: slugs.media, value: ids.photo },
            { relationTo: slugs.media, value: ids.pressPhoto },
          ],
        },
      })
    ).id
    for (const [collection, id, title] of [
      [slugs.albums, ids.album, '水上市場の写真'],
      [slugs.events, ids.event, '川の祭り'],
    ] as const) {
      await app.payload.update({ collection, id, locale: 'ja', data: { title } })
      await app.payload.update({
        collection,
        id,
        data: { publishedLocales: ['vi', 'ja'] },
        context: { workflowTransition: true },
      })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  /** A library page's metadata and rendered HTML, as `reader` would get it. */
  async function renderPage({
    page,
    params,
    reader = 'anonymous',
  }: {
    page: keyof typeof PAGES
    params: Record<string, string>
    reader?: 'anonymous' | 'journalist'
  }): Promise<{ metadata: Metadata; html: string; jsonLd: JsonLdNode[] }> {
    request.headers = new Headers(
      reader === 'journalist' ? { Authorization: `JWT ${journalistToken}` } : {},
    )
    const module = (await PAGES[page]()) as unknown as PageModule
    const props: PageProps = { params: Promise.resolve(params), searchParams: Promise.resolve({}) }
    const metadata = await module.generateMetadata(props)
    // Rendered to the end as Next.js does on the server, Suspense boundaries included.
    const stream = await renderToReadableStream(await module.default(props))
    await stream.allReady
    const html = await new Response(stream).text()
    const jsonLd = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((match) => JSON.parse(match[1]!) as JsonLdNode)
    return { metadata, html, jsonLd }
  }

  describe(`JSON-LD against the schema.org vocabulary ${SCHEMA_ORG_VERSION}`, () => {
    it.each([
      ['an article', 'articles/[id]', 'NewsArticle'],
      ['a photo', 'media/[id]', 'ImageObject'],
      ['a topic', 'topics/[slug]', 'CollectionPage'],
      ['an agency', 'agencies/[code]', 'Organization'],
      ['an album', 'albums/[id]', 'ImageGallery'],
      ['an event', 'events/[id]', 'Event'],
    ] as const)(
      'gives %s one node whose types and properties schema.org defines, with the rich-result fields',
      async (_name, page, type) => {
        const { jsonLd } = await renderPage({ page, params: paramsOf(page) })
        expect(jsonLd).toHaveLength(1)
        const [node] = jsonLd as [JsonLdNode]
        expect(node['@type']).toBe(type)
        expect(schemaOrgProblems(node)).toEqual([])
        expect(missingRichResultFields(node)).toEqual([])
        // The library's own URLs come from the configured address (a licence's is its own).
        for (const url of urlsIn(node).filter((url) => !url.startsWith(CC_LICENCES))) {
          expect(url.startsWith(`${PUBLIC_URL}/`), url).toBe(true)
        }
      },
    )

    it('shows an anonymous reader an album’s public photos only, a journalist its press photos too', async () => {
      const params = paramsOf('albums/[id]')
      const anonymous = await renderPage({ page: 'albums/[id]', params })
      expect(anonymous.html).toContain(`href="/ja/media/${ids.photo}"`)
      expect(anonymous.html).not.toContain(`/media/${ids.pressPhoto}`)
      expect(anonymous.html).toContain(`href="/ja/events/${ids.event}"`)
      const journalist = await renderPage({ page: 'albums/[id]', params, reader: 'journalist' })
      expect(journalist.html).toContain(`href="/ja/media/${ids.pressPhoto}"`)
      expect(journalist.html).toContain('すべてをバスケットに追加')
      // What search engines read stays the public view.
      expect(JSON.stringify(journalist.jsonLd)).not.toContain(`/media/${ids.pressPhoto}/`)
    })

    it('gives the home page a WebSite with its search, by the vocabulary', async () => {
      const { homeShareData } = await import('../../src/library/seo/publicView')
      request.headers = new Headers()
      const { jsonLd, metadata } = await homeShareData({ lang: 'ja' })
      expect(schemaOrgProblems(jsonLd)).toEqual([])
      expect(missingRichResultFields(jsonLd)).toEqual([])
      expect(metadata.alternates?.canonical).toBe(`${PUBLIC_URL}/ja`)
    })

    it('catches what the vocabulary does not allow (the check itself works)', () => {
      expect(
        schemaOrgProblems({
          '@context': 'https://schema.org',
          '@type': 'ImageObject',
          headline: 'allowed: ImageObject is a CreativeWork',
          acquireLicencePage: 'British spelling: no such property',
          founder: { '@type': 'Person', name: 'an Organization property' },
          creator: { '@type': 'Place', name: 'not a Person or an Organization' },
        }),
      ).toEqual([
        'acquireLicencePage: no schema.org property "acquireLicencePage"',
        'founder: "founder" is not a property of ImageObject (only of Organization)',
        'creator: a Place where Organization or Person is expected',
      ])
    })
  })

  describe('Open Graph, Twitter and alternates', () => {
    it('gives a photo page its web rendition, never the press-sized one, as the shared image', async () => {
      const { metadata, jsonLd } = await renderPage({
        page: 'media/[id]',
        params: { lang: 'en', id: String(ids.photo) },
      })
      const webRendition = `${PUBLIC_URL}/api/media/${ids.photo}/renditions/web.jpg`
      expect(metadata.openGraph).toMatchObject({
        url: `${PUBLIC_URL}/vi/media/${ids.photo}`,
        images: [{ url: webRendition }],
      })
      expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
      expect(jsonLd[0]).toMatchObject({
        contentUrl: webRendition,
        license: 'https://creativecommons.org/licenses/by/4.0/',
        acquireLicensePage: `${PUBLIC_URL}/vi/media/${ids.photo}`,
        creditText: 'Báo Đồng Nai',
        copyrightNotice: '© Báo Đồng Nai 2026',
        creator: [{ '@type': 'Person', name: 'Nguyễn Văn A' }],
      })
      expect(JSON.stringify([metadata, jsonLd])).not.toMatch(/renditions\/large|\/file\//)
    })

    it('links an article to its published languages only, with the served language as canonical', async () => {
      const { metadata } = await renderPage({
        page: 'articles/[id]',
        params: { lang: 'en', id: String(ids.article) },
      })
      // English is not published: the page serves the Vietnamese text, whose URL is canonical.
      expect(metadata.alternates).toEqual({
        canonical: `${PUBLIC_URL}/vi/articles/${ids.article}`,
        languages: {
          'vi-VN': `${PUBLIC_URL}/vi/articles/${ids.article}`,
          ja: `${PUBLIC_URL}/ja/articles/${ids.article}`,
        },
      })
      expect(metadata.openGraph).toMatchObject({
        type: 'article',
        locale: 'vi_VN',
        alternateLocale: ['ja_JP'],
      })
      const japanese = await renderPage({
        page: 'articles/[id]',
        params: { lang: 'ja', id: String(ids.article) },
      })
      expect(japanese.metadata.openGraph).toMatchObject({
        title: 'ドンナイ川の祭り',
        locale: 'ja_JP',
      })
      expect(japanese.jsonLd[0]).toMatchObject({ headline: 'ドンナイ川の祭り', inLanguage: 'ja' })
    })
  })

  describe('nothing above the public tier', () => {
    it('gives a journalist the same tags and JSON-LD of a public item as an anonymous reader', async () => {
      const page = 'articles/[id]'
      const params = { lang: 'vi', id: String(ids.article) }
      const anonymous = await renderPage({ page, params })
      const journalist = await renderPage({ page, params, reader: 'journalist' })
      expect(journalist.metadata).toEqual(anonymous.metadata)
      expect(journalist.jsonLd).toEqual(anonymous.jsonLd)
      // The journalist's page shows the press photo in the gallery; the tags do not name it.
      expect(journalist.html).toContain(`/media/${ids.pressPhoto}`)
      expect(JSON.stringify([journalist.metadata, journalist.jsonLd])).not.toContain(
        `/media/${ids.pressPhoto}/`,
      )
    })

    it('gives a journalist reading a press-only or embargoed item its title and no tags, JSON-LD or index', async () => {
      for (const [page, id] of [
        ['articles/[id]', ids.pressArticle],
        ['articles/[id]', ids.embargoedArticle],
        ['media/[id]', ids.pressPhoto],
      ] as const) {
        const { metadata, jsonLd, html } = await renderPage({
          page,
          params: { lang: 'vi', id: String(id) },
          reader: 'journalist',
        })
        expect(html).toContain('<h1')
        expect(Object.keys(metadata).sort()).toEqual(['robots', 'title'])
        expect(metadata.robots).toEqual({ index: false, follow: false })
        expect(jsonLd).toEqual([])
      }
    })

    it('answers 404 to an anonymous reader of a press-only, embargoed or internal item', async () => {
      for (const id of [ids.pressArticle, ids.embargoedArticle, ids.internalArticle]) {
        await expect(
          renderPage({ page: 'articles/[id]', params: { lang: 'vi', id: String(id) } }),
        ).rejects.toThrow('NEXT_NOT_FOUND')
      }
    })
  })

  describe('sitemaps', () => {
    async function readSitemap(lang: string, file: string): Promise<Response> {
      const { GET } = await import('../../src/app/(library)/sitemaps/[lang]/[file]/route')
      return GET(new Request(`${PUBLIC_URL}/sitemaps/${lang}/${file}`), {
        params: Promise.resolve({ lang, file }),
      })
    }

    it('indexes one set of files per language', async () => {
      const { GET } = await import('../../src/app/(library)/sitemap.xml/route')
      const response = await GET()
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
      const xml = await response.text()
      for (const lang of ['vi', 'en', 'ja', 'km']) {
        for (const file of ['pages.xml', 'articles-1.xml', 'media-1.xml']) {
          expect(xml).toContain(`<loc>${PUBLIC_URL}/sitemaps/${lang}/${file}</loc>`)
        }
      }
    })

    it('lists public items only, in the languages they are published in, with hreflang alternates', async () => {
      const vietnamese = await (await readSitemap('vi', 'articles-1.xml')).text()
      expect(vietnamese).toContain(
        `<url><loc>${PUBLIC_URL}/vi/articles/${ids.article}</loc><lastmod>`,
      )
      expect(vietnamese).toContain(
        `<xhtml:link rel="alternate" hreflang="ja" href="${PUBLIC_URL}/ja/articles/${ids.article}"/>`,
      )
      for (const hidden of [ids.pressArticle, ids.embargoedArticle, ids.internalArticle]) {
        expect(vietnamese).not.toContain(`/articles/${hidden}<`)
      }
      // Not published in English: not in the English sitemap.
      const english = await (await readSitemap('en', 'articles-1.xml')).text()
      expect(english).not.toContain(`/articles/${ids.article}<`)
      const photos = await (await readSitemap('vi', 'media-1.xml')).text()
      expect(photos).toContain(`/vi/media/${ids.photo}<`)
      expect(photos).not.toContain(`/media/${ids.pressPhoto}<`)
    })

    it('lists public albums and events in the languages they are published in, and their lists', async () => {
      for (const [collection, id] of [
        ['albums', ids.album],
        ['events', ids.event],
      ] as const) {
        // Published in Vietnamese and Japanese: listed in both, each the other's alternate.
        const xml = await (await readSitemap('ja', `${collection}-1.xml`)).text()
        expect(xml).toContain(`<loc>${PUBLIC_URL}/ja/${collection}/${id}</loc>`)
        expect(xml).toContain(`hreflang="vi-VN" href="${PUBLIC_URL}/vi/${collection}/${id}"`)
        const french = await (await readSitemap('fr', `${collection}-1.xml`)).text()
        expect(french).not.toContain(`/${collection}/${id}<`)
      }
      const pages = await (await readSitemap('ja', 'pages.xml')).text()
      expect(pages).toContain(`<loc>${PUBLIC_URL}/ja/albums</loc>`)
      expect(pages).toContain(`<loc>${PUBLIC_URL}/ja/events</loc>`)
    })

    it('lists every language’s home, search, accessibility, topic and agency pages', async () => {
      const xml = await (await readSitemap('ko', 'pages.xml')).text()
      const paths = [
        '',
        '/search',
        '/accessibility',
        `/topics/${topicSlug}`,
        `/agencies/${agencyCode}`,
      ]
      for (const path of paths) {
        expect(xml).toContain(`<loc>${PUBLIC_URL}/ko${path}</loc>`)
      }
      expect(xml).toContain(`hreflang="km" href="${PUBLIC_URL}/km/topics/${topicSlug}"`)
    })

    it('splits the items into files of at most perFile, read in chunks, each listed once', async () => {
      const { sitemapFile, sitemapIndex } = await import('../../src/library/seo/sitemap')
      for (const n of [1, 2, 3, 4]) {
        await createPublishedArticle({ app, agency, title: `Bài phân trang ${n}` })
      }
      // What an anonymous reader may read, by the visibility rule itself.
      const visible = await app.payload.count({ collection: slugs.articles, overrideAccess: false })
      const index = await sitemapIndex({ payload: app.payload, baseUrl: PUBLIC_URL, perFile: 2 })
      const files = Math.ceil(visible.totalDocs / 2)
      expect(index).toContain(`/sitemaps/vi/articles-${files}.xml`)
      expect(index).not.toContain(`/sitemaps/vi/articles-${files + 1}.xml`)
      const listed: string[] = []
      for (let number = 1; number <= files; number += 1) {
        const stream = await sitemapFile({
          payload: app.payload,
          baseUrl: PUBLIC_URL,
          lang: 'vi',
          file: { kind: 'items', collection: 'articles', number },
          perFile: 2,
          chunk: 1,
        })
        const xml = await new Response(stream).text()
        const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
        expect(urls.length).toBeLessThanOrEqual(2)
        listed.push(...urls)
      }
      expect(new Set(listed).size).toBe(listed.length)
      expect(listed).toHaveLength(visible.totalDocs)
      const past = await sitemapFile({
        payload: app.payload,
        baseUrl: PUBLIC_URL,
        lang: 'vi',
        file: { kind: 'items', collection: 'articles', number: files + 1 },
        perFile: 2,
      })
      expect(past).toBeNull()
      expect((await readSitemap('vi', 'articles-0.xml')).status).toBe(404)
      expect((await readSitemap('xx', 'pages.xml')).status).toBe(404)
    })
  })

  it('writes robots.txt that keeps crawlers out of the admin, the API and the account pages', async () => {
    const { default: robots } = await import('../../src/app/robots')
    const { resolveRobots } = (await import(
      'next/dist/build/webpack/loaders/metadata/resolve-route-data.js'
    )) as { resolveRobots: (data: unknown) => string }
    const text = resolveRobots(robots())
    expect(text).toContain('User-Agent: *\nAllow: /\nAllow: /api/media/*/renditions/\n')
    for (const path of ['/admin', '/api/', '/vi/account', '/ja/account']) {
      expect(text).toContain(`Disallow: ${path}\n`)
    }
    expect(text).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`)
  })

  function paramsOf(page: keyof typeof PAGES): Record<string, string> {
    if (page.startsWith('articles')) return { lang: 'vi', id: String(ids.article) }
    if (page.startsWith('media')) return { lang: 'vi', id: String(ids.photo) }
    if (page.startsWith('topics')) return { lang: 'en', slug: topicSlug }
    if (page.startsWith('albums')) return { lang: 'ja', id: String(ids.album) }
    if (page.startsWith('events')) return { lang: 'ko', id: String(ids.event) }
    return { lang: 'fr', code: agencyCode }
  }
})

/** Every string in a JSON-LD node that looks like an absolute URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : []
  if (Array.isArray(value)) return value.flatMap(urlsIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === '@context' ? [] : urlsIn(inner),
    )
  }
  return []
}
