import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { EDITORIAL_QUEUE } from '../../src/jobs'
import { readEmbeddedTags } from '../../src/media/metadata/exiftool'
import { createAgency, signInJournalist, signInStaff, type SignedIn } from '../helpers/accounts'
import { plainJpeg } from '../helpers/mediaFixtures'
import {
  searchEngines,
  startSearchApp,
  syncSearch,
  type SearchApiBody,
} from '../helpers/searchEngines'
import type { TestApp } from '../helpers/startPayload'

/**
 * The press-first embargo of issue 18, walked end to end: an article and a photo carry a press
 * release time and a later public release time. Before the press time nobody outside staff
 * reads them anywhere; between the two an accredited journalist reads, searches, downloads
 * (the embargo written into the file) and fetches the press ninjs of them, is told by e-mail
 * once, in their language, while an anonymous reader and a journalist without accreditation get
 * nothing anywhere (REST, search, library reads, feeds, sync, files, sitemap, ninjs); after the
 * public time everyone does. Times are moved relative to now and the jobs queue is run, as the
 * scheduled sweep would at those times.
 */

const HOUR = 3_600_000
const MARKER = 'CAMDANGBAOCHI'

type Phase = 'before-press' | 'press-window' | 'public'

describe.each(searchEngines({ suite: 'press embargo' }))(
  'the press-first embargo on $name',
  (engine) => {
    let app: TestApp
    let admin: SignedIn
    let accredited: SignedIn
    let unaccredited: SignedIn
    let bystander: SignedIn
    let articleId: number
    let photoId: number
    let topicId: number
    /** The app's outbox: its modules were loaded afresh for this engine (startSearchApp). */
    let mailsTo: (to: string) => ReadonlyArray<{ subject: string; text: string }>

    const requesters = () =>
      [
        { who: 'anonymous', token: undefined, isPress: false },
        { who: 'journalist without accreditation', token: unaccredited.token, isPress: false },
        { who: 'accredited journalist', token: accredited.token, isPress: true },
      ] as const

    /** Moves the item's times relative to now, as an editor would, then runs the sweep and search. */
    async function setTimes({
      pressFromNow,
      publicFromNow,
    }: {
      pressFromNow: number
      publicFromNow: number
    }) {
      // The same times on both items, as an editor setting one embargo for a story would.
      const times = {
        embargoUntil: new Date(Date.now() + publicFromNow).toISOString(),
        pressReleaseAt: new Date(Date.now() + pressFromNow).toISOString(),
      }
      for (const collection of [slugs.articles, slugs.media] as const) {
        await app.payload.update({
          collection,
          id: collection === slugs.articles ? articleId : photoId,
          data: times as never,
        })
      }
      await runSweep()
    }

    async function runSweep() {
      await app.payload.jobs.queue({ task: 'publish-due-items', queue: EDITORIAL_QUEUE, input: {} })
      await app.payload.jobs.run({ queue: EDITORIAL_QUEUE })
      await syncSearch({ app })
    }

    async function text(route: string, token?: string): Promise<{ status: number; body: string }> {
      const response = await app.rest.request('GET', route, { token })
      return { status: response.status, body: await response.text() }
    }

    async function searchIds(token: string | undefined): Promise<string[]> {
      const response = await app.rest.request('GET', `/library/search?q=${MARKER}&locale=vi`, {
        token,
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as SearchApiBody
      return body.hits.map((hit) => `${hit.id}`)
    }

    /** Every path an item reaches a reader by, for one requester, as seen in one phase. */
    async function expectReadable({
      token,
      isReadable,
      who,
      phase,
    }: {
      token: string | undefined
      isReadable: boolean
      who: string
      phase: Phase
    }) {
      const label = `${who}, ${phase}`
      const status = isReadable ? 200 : 404
      expect(
        (await text(`/articles/${articleId}?depth=0`, token)).status,
        `REST article: ${label}`,
      ).toBe(status)
      expect((await text(`/media/${photoId}?depth=0`, token)).status, `REST photo: ${label}`).toBe(
        status,
      )
      const found = await searchIds(token)
      expect(found.includes(`articles-${articleId}-vi`), `search article: ${label}`).toBe(
        isReadable,
      )
      expect(found.includes(`media-${photoId}-vi`), `search photo: ${label}`).toBe(isReadable)
      const rendition = await app.rest.request('GET', `/media/${photoId}/renditions/web.jpg`, {
        token,
      })
      expect(rendition.status, `web rendition: ${label}`).toBe(status)
      await rendition.body?.cancel()
      const download = await app.rest.request(
        'GET',
        `/library/media/${photoId}/download?rendition=web&terms=accepted&use=news`,
        { token },
      )
      expect(download.status, `download: ${label}`).toBe(status)
      await download.body?.cancel()
      // The library's pages read through src/library (every read as the reader), as a page does.
      const { readerFor } = await import('../../src/library/reader')
      const { readItem, searchCards } = await import('../../src/library/content')
      const { librarySearchParams } = await import('../../src/search/searchLibrary')
      const reader = await readerFor({
        payload: app.payload,
        headers: new Headers(token ? { Authorization: `JWT ${token}` } : {}),
      })
      for (const collection of ['articles', 'media'] as const) {
        const id = String(collection === 'articles' ? articleId : photoId)
        const page = await readItem({ reader, collection, id, lang: 'vi' })
        expect(Boolean(page), `library page of the ${collection}: ${label}`).toBe(isReadable)
      }
      const { cards } = await searchCards({
        reader,
        lang: 'vi',
        params: librarySearchParams({ locale: 'vi', query: MARKER }),
      })
      expect(cards.length, `library search cards: ${label}`).toBe(isReadable ? 2 : 0)
      // The card's badge: only while the embargo holds, for a reader who sees the item anyway.
      expect(
        cards.every((card) => (card.embargoUntil !== null) === (phase === 'press-window')),
        `embargo badge on the cards: ${label}`,
      ).toBe(true)
      for (const collection of ['articles', 'media'] as const) {
        const id = collection === 'articles' ? articleId : photoId
        const ninjs = await text(`/library/ninjs/${collection}/${id}?locale=vi`, token)
        expect(ninjs.status, `press ninjs of the ${collection}: ${label}`).toBe(status)
      }
    }

    /** Feeds, sync and sitemap: public only, whoever asks. */
    async function publicChannels(): Promise<string> {
      const parts: string[] = []
      for (const format of ['rss', 'atom', 'jsonfeed']) {
        const feed = await text(`/syndication/${format}?locale=vi`)
        expect(feed.status).toBe(200)
        parts.push(feed.body)
      }
      const sync = await text('/syndication/ninjs?limit=200&since=')
      expect(sync.status).toBe(200)
      parts.push(sync.body)
      const { sitemapFile } = await import('../../src/library/seo/sitemap')
      for (const collection of ['articles', 'media'] as const) {
        const stream = await sitemapFile({
          payload: app.payload,
          baseUrl: 'http://127.0.0.1:3000',
          lang: 'vi',
          file: { kind: 'items', collection, number: 1 },
        })
        parts.push(stream ? await new Response(stream).text() : '')
      }
      return parts.join('\n')
    }

    const inSitemap = (all: string, collection: string, id: number) =>
      all.includes(`/vi/${collection}/${id}<`)

    beforeAll(async () => {
      app = await startSearchApp({ engine })
      const { capturedEmails } = await import('../../src/email/outbox')
      mailsTo = (to) => capturedEmails({ to })
      admin = await signInStaff({ app, email: 'admin@ttdn.test', roles: ['admin'] })
      const agency = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu' })
      topicId = (
        await app.payload.create({
          collection: slugs.topics,
          locale: 'vi',
          data: { name: 'Đầu tư', slug: 'dau-tu' },
        })
      ).id
      const follows = { followedTopics: [topicId] } as never
      accredited = await signInJournalist({
        app,
        email: 'accredited@press.example',
        data: { name: 'Sato Yuki', preferredLanguage: 'ja', ...(follows as object) },
      })
      unaccredited = await signInJournalist({
        app,
        email: 'pending@press.example',
        data: {
          accreditationStatus: 'pending',
          accreditationExpiresAt: null,
          ...(follows as object),
        },
      })
      // Accredited, but follows nothing: hears of nothing.
      bystander = await signInJournalist({ app, email: 'bystander@press.example' })

      const later = { embargoUntil: new Date(Date.now() + 2 * HOUR).toISOString() }
      const press = { pressReleaseAt: new Date(Date.now() + HOUR).toISOString() }
      const common = {
        agency,
        topics: [topicId],
        accessTier: 'public' as const,
        classification: 'unclassified' as const,
        _status: 'published' as const,
        ...later,
        ...press,
      }
      articleId = (
        await app.payload.create({
          collection: slugs.articles,
          data: {
            ...common,
            title: `Hội nghị xúc tiến đầu tư ${MARKER}`,
            infoType: 'official',
          } as never,
        })
      ).id
      const image = await plainJpeg({ width: 640, height: 480 })
      photoId = (
        await app.payload.create({
          collection: slugs.media,
          data: { ...common, kind: 'image', alt: `Ảnh hội nghị ${MARKER}` } as never,
          file: { data: image, mimetype: 'image/jpeg', name: 'hoi-nghi.jpg', size: image.length },
        })
      ).id
      await runSweep()
    })

    afterAll(async () => {
      await app?.stop()
    })

    it('refuses a press release time without an embargo, or not before its end, in the editor’s language, saving nothing', async () => {
      const cases = [
        {
          data: { embargoUntil: null },
          expected: 'エンバーゴ（一般公開日時）が設定された項目にのみ',
        },
        {
          data: { pressReleaseAt: new Date(Date.now() + 3 * HOUR).toISOString() },
          expected: 'エンバーゴの解除（一般公開日時）より前',
        },
      ]
      const before = await app.payload.findByID({ collection: slugs.articles, id: articleId })
      for (const { data, expected } of cases) {
        const response = await app.rest.request('PATCH', `/articles/${articleId}?locale=ja`, {
          token: admin.token,
          body: data,
        })
        expect(response.status).toBe(400)
        expect(await response.text()).toContain(expected)
      }
      const after = await app.payload.findByID({ collection: slugs.articles, id: articleId })
      expect(after.embargoUntil).toBe(before.embargoUntil)
      expect((after as { pressReleaseAt?: string }).pressReleaseAt).toBe(
        (before as { pressReleaseAt?: string }).pressReleaseAt,
      )
    })

    it('before the press time: nobody outside staff reads the item anywhere, and nobody is told', async () => {
      for (const { who, token } of requesters()) {
        await expectReadable({ token, isReadable: false, who, phase: 'before-press' })
      }
      expect((await text(`/articles/${articleId}?depth=0`, admin.token)).status).toBe(200)
      const channels = await publicChannels()
      expect(channels).not.toContain(MARKER)
      expect(inSitemap(channels, 'articles', articleId)).toBe(false)
      expect(mailsTo('accredited@press.example')).toHaveLength(0)
    })

    it('from the press time: the accredited journalist reads, searches, downloads and fetches ninjs with the notice; nobody else sees anything', async () => {
      await setTimes({ pressFromNow: -60_000, publicFromNow: 2 * HOUR })
      const opened = await app.payload.findByID({ collection: slugs.articles, id: articleId })
      expect((opened as { pressAccessOpenedAt?: string | null }).pressAccessOpenedAt).toBeTruthy()

      for (const { who, token, isPress } of requesters()) {
        await expectReadable({ token, isReadable: isPress, who, phase: 'press-window' })
      }
      const channels = await publicChannels()
      expect(channels, 'feeds, sync and sitemap stay public').not.toContain(MARKER)
      expect(inSitemap(channels, 'articles', articleId)).toBe(false)
      expect(inSitemap(channels, 'media', photoId)).toBe(false)

      const embargoUntil = new Date(String(opened.embargoUntil)).toISOString()
      const ninjs = (await (
        await app.rest.request('GET', `/library/ninjs/articles/${articleId}?locale=vi`, {
          token: accredited.token,
        })
      ).json()) as {
        pubStatus: string
        embargoedUntil?: string
        headlines: Array<{ value: string }>
      }
      expect(ninjs).toMatchObject({ pubStatus: 'usable', embargoedUntil: embargoUntil })
      expect(ninjs.headlines[0]!.value).toContain(MARKER)

      // The search card and the downloaded file say when the public may see it.
      const search = (await (
        await app.rest.request('GET', `/library/search?q=${MARKER}&locale=vi`, {
          token: accredited.token,
        })
      ).json()) as { hits: Array<{ itemId: string; embargoUntil: string | null }> }
      expect(search.hits.map((hit) => hit.embargoUntil)).toEqual(
        search.hits.map(() => embargoUntil),
      )
      const download = await app.rest.request(
        'GET',
        `/library/media/${photoId}/download?rendition=web&terms=accepted&use=news`,
        { token: accredited.token },
      )
      const filePath = path.join(app.dir, 'embargoed-download.jpg')
      await fs.writeFile(filePath, Buffer.from(await download.arrayBuffer()))
      const tags = await readEmbeddedTags({ filePath })
      expect(tags['XMP-photoshop:Instructions']).toBe(`Embargoed until ${embargoUntil}`)
      expect(tags['IPTC:SpecialInstructions']).toBe(`Embargoed until ${embargoUntil}`)

      // One notice per item, in Japanese, to the accredited follower only; a second sweep
      // sends no more.
      await runSweep()
      const mails = mailsTo('accredited@press.example')
      expect(mails).toHaveLength(2)
      for (const mail of mails) {
        expect(mail.subject).toContain('報道関係者向け')
        expect(mail.subject).toContain(MARKER)
      }
      const texts = mails.map((mail) => mail.text).join('\n')
      expect(texts).toContain(`/ja/articles/${articleId}`)
      expect(texts).toContain(`/ja/media/${photoId}`)
      expect(mailsTo('pending@press.example')).toHaveLength(0)
      expect(mailsTo('bystander@press.example')).toHaveLength(0)
      expect(bystander.id).toBeGreaterThan(0)
    })

    it('from the public time: everyone reads it everywhere, feeds, sync and sitemap included, and no notice is sent again', async () => {
      await setTimes({ pressFromNow: -2 * 60_000, publicFromNow: -60_000 })
      for (const { who, token } of requesters()) {
        await expectReadable({ token, isReadable: true, who, phase: 'public' })
      }
      const channels = await publicChannels()
      expect(channels).toContain(MARKER)
      expect(inSitemap(channels, 'articles', articleId)).toBe(true)
      expect(inSitemap(channels, 'media', photoId)).toBe(true)

      const ninjs = (await (
        await app.rest.request('GET', `/library/ninjs/articles/${articleId}?locale=vi`)
      ).json()) as { pubStatus: string; embargoedUntil?: string }
      expect(ninjs.pubStatus).toBe('usable')
      expect(ninjs.embargoedUntil).toBeUndefined()
      expect(mailsTo('accredited@press.example')).toHaveLength(2)
    })
  },
)
