import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { ACCESS_TIERS } from '../../src/access/tiers'
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales'
import { seed, type SeedSummary } from '../../src/seed'
import { demoArticles, type DemoArticle } from '../../src/seed/data/demoArticles'
import { demoPhotos } from '../../src/seed/data/demoPhotos'
import { demoArticleSlug, demoPhotoFilename } from '../../src/seed/demo'
import { DEMO_PHOTO_SIZE } from '../../src/seed/demoImages'
import { demoPhotoTitles } from '../../src/seed/data/demoPhotoHeadlines'
import { demoPublicationEditions } from '../../src/seed/data/demoPublication'
import { demoVideos } from '../../src/seed/data/demoVideos'
import { demoPublicationFilename } from '../../src/seed/demoPublication'
import { DEMO_VIDEO_FORMAT, demoVideoFilename } from '../../src/seed/demoVideos'
import { DEMO_ALBUM, DEMO_EVENT } from '../../src/seed/demoAlbums'
import { gatherEvent } from '../../src/library/eventGathering'
import { startPayload, type TestApp } from '../helpers/startPayload'

const ADMIN = { email: 'quantri.demo@ttdn.test', password: 'mat-khau-demo-12345' }

/** What an anonymous reader may see: published, public, not embargoed, not withdrawn. */
const isPublicNow = (article: DemoArticle) =>
  article.status === 'published' &&
  article.accessTier === 'public' &&
  article.embargoDaysAfterSeeding === undefined &&
  article.withdrawalReason === undefined

type ListedArticle = { id: number; title: string; slug: string; servedLocale?: string }

describe('the demo seed', () => {
  let app: TestApp
  let first: SeedSummary
  let second: SeedSummary

  beforeAll(async () => {
    app = await startPayload({
      env: { SEED_ADMIN_EMAIL: ADMIN.email, SEED_ADMIN_PASSWORD: ADMIN.password },
    })
    const req = await createLocalReq({}, app.payload)
    const startedAt = performance.now()
    first = await seed({ payload: app.payload, req, demo: true })
    const firstRun = performance.now()
    second = await seed({ payload: app.payload, req, demo: true })
    const secondRun = performance.now()
    process.stdout.write(
      `[demo seed] first run ${((firstRun - startedAt) / 1000).toFixed(1)} s, second run ${((secondRun - firstRun) / 1000).toFixed(1)} s\n`,
    )
    // Two full seeds: 40 photos drawn and rendered, 31 articles taken through the workflow,
    // 3 videos filmed and transcoded, 2 PDF editions drawn. About 90 s on a quiet 2-core
    // machine; a busy one needs the margin.
  }, 360_000)

  afterAll(async () => {
    await app?.stop()
  })

  /** The id of a demo article, found by its Vietnamese slug. */
  async function articleId({ article }: { article: DemoArticle }): Promise<number> {
    const { docs } = await app.payload.find({
      collection: slugs.articles,
      where: { slug: { equals: demoArticleSlug({ article }) } },
      locale: DEFAULT_LOCALE,
      depth: 0,
      limit: 1,
    })
    return docs[0]!.id
  }

  it('creates every demo photo and article on the first run and nothing on the second', () => {
    expect(first.demo).toEqual({
      articles: { created: demoArticles.length, existing: 0 },
      photos: { created: demoPhotos.length, existing: 0 },
      videos: { created: demoVideos.length, existing: 0 },
      publications: { created: demoPublicationEditions.length, existing: 0 },
      events: { created: 1, existing: 0 },
      albums: { created: 1, existing: 0 },
    })
    expect(second.demo).toEqual({
      articles: { created: 0, existing: demoArticles.length },
      photos: { created: 0, existing: demoPhotos.length },
      videos: { created: 0, existing: demoVideos.length },
      publications: { created: 0, existing: demoPublicationEditions.length },
      events: { created: 0, existing: 1 },
      albums: { created: 0, existing: 1 },
    })
  })

  it('stores articles in at least four languages besides Vietnamese, each as its data says', async () => {
    const localesWithArticles: string[] = []
    for (const locale of LOCALES.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
      // The latest version of each article, so drafts' translations count too.
      const { docs } = await app.payload.find({
        collection: slugs.articles,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        limit: 100,
      })
      const stored = docs.flatMap((doc) => (doc.title ? [doc.title] : [])).sort()
      const expected = demoArticles.flatMap((article) => article.text[locale]?.title ?? []).sort()
      expect(stored, locale).toEqual(expected)
      if (stored.length > 0) localesWithArticles.push(locale)
    }
    expect(localesWithArticles.length).toBeGreaterThanOrEqual(4)
  })

  it('files articles at every access tier and photos at public, press and internal', async () => {
    const articles = await app.payload.find({
      collection: slugs.articles,
      draft: true,
      depth: 0,
      limit: 100,
    })
    expect(new Set(articles.docs.map((doc) => doc.accessTier))).toEqual(new Set(ACCESS_TIERS))
    const photos = await app.payload.find({ collection: slugs.media, depth: 0, limit: 100 })
    expect(new Set(photos.docs.map((doc) => doc.accessTier))).toEqual(
      new Set(['public', 'press', 'internal']),
    )
  })

  it('shows anonymous readers only the published, public, current articles, without editorial notes', async () => {
    const response = await app.rest.request('GET', '/articles?limit=100')
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: Array<Record<string, unknown>> }
    const expected = demoArticles.filter(isPublicNow).map((article) => demoArticleSlug({ article }))
    expect(docs.map((doc) => doc.slug).sort()).toEqual(expected.sort())
    expect(docs.filter((doc) => 'edNote' in doc || 'withdrawalReason' in doc)).toEqual([])
  })

  it('serves anonymous readers the French text of the articles translated into French', async () => {
    const response = await app.rest.request('GET', '/articles?limit=100&depth=0&locale=fr')
    const { docs } = (await response.json()) as { docs: ListedArticle[] }
    const visible = demoArticles.filter(isPublicNow)
    const inFrench = docs.filter((doc) => doc.servedLocale === 'fr').map((doc) => doc.title)
    expect(inFrench.sort()).toEqual(
      visible.flatMap((article) => article.text.fr?.title ?? []).sort(),
    )
    const englishTitles = new Set(visible.flatMap((article) => article.text.en?.title ?? []))
    for (const doc of docs.filter((candidate) => candidate.servedLocale === 'en')) {
      expect(englishTitles).toContain(doc.title)
    }
  })

  it('leaves the workflow record a publisher would: translations published, drafts in translation', async () => {
    const guide = demoArticles.find((article) => article.key === 'foreign-journalists-guide')!
    const draft = demoArticles.find((article) => article.status === 'draft' && article.text.en)!
    const published = await app.payload.findByID({
      collection: slugs.articles,
      id: await articleId({ article: guide }),
      locale: 'km',
      depth: 0,
    })
    expect(published).toMatchObject({
      _status: 'published',
      workflowState: 'published',
      translation: { status: 'approved', translatedFromRevision: 1, isStale: false },
    })
    const guideLocales = LOCALES.filter((locale) => guide.text[locale])
    expect(guideLocales).toHaveLength(LOCALES.length)
    expect(published.publishedLocales).toEqual(guideLocales)
    // As the workflow records it: the source published, each translation submitted, approved
    // and published.
    expect(published.transitions?.map((step) => `${step.action}:${step.locale}`)).toEqual(
      guideLocales.flatMap((locale) =>
        locale === DEFAULT_LOCALE
          ? [`publish:${locale}`]
          : [`submit:${locale}`, `approve:${locale}`, `publish:${locale}`],
      ),
    )
    const inTranslation = await app.payload.findByID({
      collection: slugs.articles,
      id: await articleId({ article: draft }),
      locale: 'en',
      draft: true,
      depth: 0,
    })
    expect(inTranslation).toMatchObject({
      _status: 'draft',
      workflowState: 'draft',
      title: draft.text.en?.title,
      translation: { status: 'in-translation' },
      publishedLocales: [],
    })
    const [photo] = (
      await app.payload.find({
        collection: slugs.media,
        where: { filename: { equals: demoPhotoFilename({ key: 'press-centre' }) } },
        locale: 'km',
        depth: 0,
      })
    ).docs
    expect(photo?.publishedLocales).toEqual(LOCALES)
    expect(photo?.caption).toBe(
      demoPhotos.find((entry) => entry.key === 'press-centre')?.caption.km,
    )
  })

  it('records the withdrawal with its reason and keeps the embargo in the future', async () => {
    const withdrawn = demoArticles.find((article) => article.withdrawalReason)!
    const embargoed = demoArticles.find((article) => article.embargoDaysAfterSeeding)!
    const { docs } = await app.payload.find({
      collection: slugs.articles,
      where: {
        slug: {
          in: [demoArticleSlug({ article: withdrawn }), demoArticleSlug({ article: embargoed })],
        },
      },
      locale: DEFAULT_LOCALE,
      depth: 0,
    })
    const stored = new Map(docs.map((doc) => [doc.slug, doc]))
    expect(stored.get(demoArticleSlug({ article: withdrawn }))).toMatchObject({
      workflowState: 'withdrawn',
      withdrawalReason: withdrawn.withdrawalReason,
    })
    expect(stored.get(demoArticleSlug({ article: withdrawn }))?.withdrawnAt).toBeTruthy()
    const embargoUntil = stored.get(demoArticleSlug({ article: embargoed }))?.embargoUntil
    expect(new Date(embargoUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
  })

  it('stores each photo as a JPEG of the demo size that an admin can download', async () => {
    const token = await app.rest.login({ collection: slugs.users, ...ADMIN })
    for (const photo of demoPhotos) {
      const filename = demoPhotoFilename({ key: photo.key })
      const response = await app.rest.request('GET', `/media/file/${filename}`, { token })
      expect(response.status, filename).toBe(200)
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect(
        { format: metadata.format, width: metadata.width, height: metadata.height },
        filename,
      ).toEqual({ format: 'jpeg', ...DEMO_PHOTO_SIZE })
    }
    const internal = demoPhotos.find((photo) => photo.accessTier === 'internal')!
    const anonymous = await app.rest.request(
      'GET',
      `/media/file/${demoPhotoFilename({ key: internal.key })}`,
    )
    expect([403, 404]).toContain(anonymous.status)
  })

  it('stores the renditions of every photo, though the seed makes them all in one request', async () => {
    const token = await app.rest.login({ collection: slugs.users, ...ADMIN })
    const { docs } = await app.payload.find({
      collection: slugs.media,
      where: { kind: { equals: 'image' } },
      limit: demoPhotos.length + 1,
      depth: 0,
    })
    expect(docs).toHaveLength(demoPhotos.length)
    for (const photo of docs) {
      const sizes = (photo.renditions ?? []).map(
        (rendition) => `${rendition.size}.${rendition.format}`,
      )
      expect(sizes.sort(), photo.filename ?? '').toEqual([
        'large.jpeg',
        'large.webp',
        'thumb.jpeg',
        'thumb.webp',
        'web.jpeg',
        'web.webp',
      ])
      const response = await app.rest.request('GET', `/media/${photo.id}/renditions/thumb.jpg`, {
        token,
      })
      expect(response.status, photo.filename ?? '').toBe(200)
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect(Math.max(metadata.width ?? 0, metadata.height ?? 0)).toBe(400)
    }
  })

  it('films every demo video with a poster, a web rendition and its duration, in all eight languages', async () => {
    const token = await app.rest.login({ collection: slugs.users, ...ADMIN })
    const { docs } = await app.payload.find({
      collection: slugs.media,
      where: { kind: { equals: 'video' } },
      locale: 'ja',
      depth: 0,
      limit: 100,
    })
    expect(docs.map((doc) => doc.filename).sort()).toEqual(
      demoVideos.map((video) => demoVideoFilename({ key: video.key })).sort(),
    )
    for (const doc of docs) {
      const video = demoVideos.find(
        (entry) => demoVideoFilename({ key: entry.key }) === doc.filename,
      )!
      expect(doc, video.key).toMatchObject({
        headline: video.headline.ja,
        publishedLocales: [...LOCALES],
        video: {
          durationSeconds: DEMO_VIDEO_FORMAT.seconds,
          width: DEMO_VIDEO_FORMAT.width,
          height: DEMO_VIDEO_FORMAT.height,
          videoCodec: 'h264',
          audioCodec: 'aac',
        },
        videoProcessing: { status: 'done' },
      })
      expect(doc.topics, video.key).toHaveLength(video.topics.length)
      const sizes = (doc.renditions ?? []).map(
        (rendition) => `${rendition.size}.${rendition.format}`,
      )
      expect(sizes, video.key).toEqual(
        expect.arrayContaining(['thumb.jpeg', 'web.jpeg', 'web.mp4']),
      )
      const poster = await app.rest.request('GET', `/media/${doc.id}/renditions/thumb.jpg`, {
        token,
      })
      expect(poster.status, video.key).toBe(200)
      const web = await app.rest.request('GET', `/media/${doc.id}/renditions/web.mp4`, { token })
      expect(web.status, video.key).toBe(200)
      expect(web.headers.get('content-type'), video.key).toBe('video/mp4')
    }
  })

  it('publishes the brochure as a Vietnamese and an English PDF edition that link each other', async () => {
    const { docs } = await app.payload.find({
      collection: slugs.media,
      where: { kind: { equals: 'document' } },
      locale: 'en',
      depth: 0,
      limit: 100,
    })
    const byLanguage = new Map(docs.map((doc) => [doc.documentLanguage, doc]))
    expect([...byLanguage.keys()].sort()).toEqual(['en', 'vi'])
    const vi = byLanguage.get('vi')!
    const en = byLanguage.get('en')!
    expect(vi.filename).toBe(demoPublicationFilename({ language: 'vi' }))
    expect(vi.editions).toEqual([en.id])
    expect(en.editions).toEqual([vi.id])
    for (const doc of [vi, en]) {
      expect(doc).toMatchObject({ _status: 'published', publishedLocales: ['vi', 'en'] })
      expect(doc.pageCount).toBe(demoPublicationEditions[0]!.pages.length + 1)
    }
    // The Vietnamese text is in the file as text, its diacritics intact.
    const token = await app.rest.login({ collection: slugs.users, ...ADMIN })
    const response = await app.rest.request('GET', `/media/file/${vi.filename}`, { token })
    expect(response.status).toBe(200)
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
    const { text } = await extractText(pdf, { mergePages: true })
    expect(text).toContain('Đồng Nai – điểm đến đầu tư')
    expect(text).toContain('Hạ tầng khu công nghiệp sẵn sàng')
  })

  it('gives every photo a headline and keywords, distinct from its alternative text, in each of its languages', async () => {
    for (const locale of LOCALES) {
      const { docs } = await app.payload.find({
        collection: slugs.media,
        where: { kind: { equals: 'image' } },
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 100,
      })
      for (const photo of demoPhotos.filter((entry) => entry.caption[locale])) {
        const doc = docs.find((candidate) => candidate.filename === demoPhotoFilename(photo))!
        const headline = demoPhotoTitles[photo.key]?.headline[locale]
        expect(headline, `${photo.key} ${locale}`).toBeTruthy()
        expect(doc.headline, `${photo.key} ${locale}`).toBe(headline)
        expect(doc.headline).not.toBe(doc.alt)
        expect(doc.keywords?.length, `${photo.key} ${locale}`).toBeGreaterThan(0)
        expect(doc.keywords).not.toContain(doc.alt)
      }
    }
  })

  it('publishes the demo event and album in all eight languages, the event gathering its article and photos', async () => {
    const anonymous = { user: null, overrideAccess: false, context: { isLibraryRead: true } }
    const { docs: events } = await app.payload.find({
      collection: slugs.events,
      locale: 'ja',
      ...anonymous,
    })
    expect(events.map((event) => [event.title, event.publishedLocales?.length])).toEqual([
      [DEMO_EVENT.text.ja.title, LOCALES.length],
    ])
    const { docs: albums } = await app.payload.find({
      collection: slugs.albums,
      locale: 'ja',
      depth: 1,
      ...anonymous,
    })
    expect(albums.map((album) => album.title)).toEqual([DEMO_ALBUM.text.ja.title])
    // Its three public photos and its article: the press-only photo is not in the anonymous
    // reader's album.
    expect(albums[0]?.items?.map((item) => item.relationTo)).toEqual([
      'media',
      'media',
      'media',
      'articles',
    ])
    const gathered = await gatherEvent({
      as: { kind: 'reader', payload: app.payload, user: null },
      eventId: events[0]!.id,
      locale: 'ja',
    })
    expect(gathered.articles).toHaveLength(1)
    expect(gathered.albums.map((album) => album.id)).toEqual([albums[0]!.id])
    expect(gathered.photos.map((photo) => photo.filename)).toEqual(['demo-chro-gong-circle.jpg'])
  })
})
