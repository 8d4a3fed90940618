import type { Payload, Where } from 'payload'

import { slugs } from '../../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../i18n/locales'
import { readerOptions, type Reader } from '../reader'
import {
  MAX_URLS_PER_SITEMAP,
  SITEMAP_COLLECTIONS,
  URLSET_END,
  URLSET_START,
  sitemapFileName,
  sitemapIndexXml,
  urlEntryXml,
  type SitemapCollection,
  type SitemapEntry,
  type SitemapFile,
} from './sitemapXml'

/**
 * The library's sitemaps: `/sitemap.xml` is an index of one set of files per language
 * (`/sitemaps/{lang}/pages.xml`, `/sitemaps/{lang}/articles-{n}.xml`, `…/media-{n}.xml`).
 *
 * Everything is read as an anonymous reader through the visibility rule (src/access/), so an
 * internal, press-only, embargoed or withdrawn item is never listed. Item files are windows of
 * `perFile` items in id order, each listing those published in the file's language, so no file
 * holds more than the protocol's 50,000 URLs; a window is read in chunks by id (keyset) and
 * written out as it is read, so a library of any size is never held in memory at once.
 */

/** How many items one query of a sitemap file reads. */
export const SITEMAP_CHUNK = 1000

/** The sitemap index: every language's files, as absolute URLs. */
export async function sitemapIndex({
  payload,
  baseUrl,
  perFile = MAX_URLS_PER_SITEMAP,
}: {
  payload: Payload
  baseUrl: string
  perFile?: number
}): Promise<string> {
  const reader = publicReader({ payload })
  const counts = await Promise.all(
    SITEMAP_COLLECTIONS.map(async (collection) => {
      const { totalDocs } = await payload.count({
        collection,
        locale: DEFAULT_LOCALE,
        ...readerOptions(reader),
      })
      return { collection, files: Math.ceil(totalDocs / perFile) }
    }),
  )
  const files: SitemapFile[] = [
    { kind: 'pages' },
    ...counts.flatMap(({ collection, files: count }) =>
      Array.from({ length: count }, (_, index) => ({
        kind: 'items' as const,
        collection,
        number: index + 1,
      })),
    ),
  ]
  return sitemapIndexXml({
    locations: LOCALES.flatMap((lang) =>
      files.map((file) => `${baseUrl}/sitemaps/${lang}/${sitemapFileName(file)}`),
    ),
  })
}

/**
 * One sitemap file of `lang`, as a stream of XML that reads the database while it is sent;
 * null when there is no such file (a window past the last item).
 */
export async function sitemapFile({
  payload,
  baseUrl,
  lang,
  file,
  perFile = MAX_URLS_PER_SITEMAP,
  chunk = SITEMAP_CHUNK,
}: {
  payload: Payload
  baseUrl: string
  lang: Locale
  file: SitemapFile
  perFile?: number
  chunk?: number
}): Promise<ReadableStream<Uint8Array> | null> {
  const reader = publicReader({ payload })
  const encoder = new TextEncoder()
  if (file.kind === 'pages') {
    const entries = await fixedPages({ reader, baseUrl, lang })
    return streamOf({
      parts: (function* () {
        yield URLSET_START
        for (const entry of entries) yield urlEntryXml(entry)
        yield URLSET_END
      })(),
      encoder,
    })
  }
  const { collection, number } = file
  const first = await readItems({ reader, collection, limit: 1, page: (number - 1) * perFile + 1 })
  if (first.length === 0 && number > 1) return null
  const start = first[0]?.id
  return streamOf({
    parts: (async function* () {
      yield URLSET_START
      let remaining = start === undefined ? 0 : perFile
      let where: Where = { id: { greater_than_equal: start } }
      while (remaining > 0) {
        const limit = Math.min(chunk, remaining)
        const items = await readItems({ reader, collection, limit, where })
        yield items
          .map((item) => itemEntry({ item, collection, lang, baseUrl }))
          .map((entry) => (entry ? urlEntryXml(entry) : ''))
          .join('')
        remaining -= items.length
        const last = items.at(-1)
        if (!last || items.length < limit) break
        where = { id: { greater_than: last.id } }
      }
      yield URLSET_END
    })(),
    encoder,
  })
}

/** What a sitemap reads of an item. */
type ItemRow = { id: number | string; updatedAt?: string | null; publishedLocales?: unknown }

/** The anonymous reader: sitemaps are for everyone, and hold only what everyone may read. */
function publicReader({ payload }: { payload: Payload }): Reader {
  return { payload, user: null, requester: { kind: 'anonymous' }, now: new Date() }
}

async function readItems({
  reader,
  collection,
  limit,
  page,
  where,
}: {
  reader: Reader
  collection: SitemapCollection
  limit: number
  page?: number
  where?: Where
}): Promise<ItemRow[]> {
  const { docs } = await reader.payload.find({
    collection,
    where,
    sort: 'id',
    limit,
    page,
    pagination: false,
    depth: 0,
    locale: DEFAULT_LOCALE,
    select: { updatedAt: true, publishedLocales: true },
    ...readerOptions(reader),
  })
  return docs as ItemRow[]
}

/** An item's entry in `lang`'s sitemap; null when it is not published in that language. */
function itemEntry({
  item,
  collection,
  lang,
  baseUrl,
}: {
  item: ItemRow
  collection: SitemapCollection
  lang: Locale
  baseUrl: string
}): SitemapEntry | null {
  const published = Array.isArray(item.publishedLocales)
    ? item.publishedLocales.filter(isLocale)
    : []
  // As the locale rule reads it: an item that names no language is served in every one.
  const locales = published.length > 0 ? published : LOCALES
  if (!locales.includes(lang)) return null
  const href = (locale: Locale): string => `${baseUrl}/${locale}/${collection}/${item.id}`
  return {
    loc: href(lang),
    lastmod: item.updatedAt ?? null,
    alternates: LOCALES.filter((locale) => locales.includes(locale)).map((locale) => ({
      locale,
      href: href(locale),
    })),
  }
}

/**
 * The pages every language has: home, search, the accessibility statement, the lists of albums
 * and events, and each topic's and agency's page.
 */
async function fixedPages({
  reader,
  baseUrl,
  lang,
}: {
  reader: Reader
  baseUrl: string
  lang: Locale
}): Promise<SitemapEntry[]> {
  const [topics, agencies] = await Promise.all([
    keysOf({ reader, collection: slugs.topics, key: 'slug' }),
    keysOf({ reader, collection: slugs.agencies, key: 'code' }),
  ])
  const page = (path: string, lastmod?: string | null): SitemapEntry => ({
    loc: `${baseUrl}/${lang}${path}`,
    lastmod,
    alternates: LOCALES.map((locale) => ({ locale, href: `${baseUrl}/${locale}${path}` })),
  })
  return [
    page(''),
    page('/search'),
    page('/accessibility'),
    page('/albums'),
    page('/events'),
    ...topics.map((topic) => page(`/topics/${topic.key}`, topic.updatedAt)),
    ...agencies.map((agency) => page(`/agencies/${agency.key}`, agency.updatedAt)),
  ]
}

/** The URL keys of every topic (`slug`) or agency (`code`), with when each last changed. */
async function keysOf({
  reader,
  collection,
  key,
}: {
  reader: Reader
  collection: 'topics' | 'agencies'
  key: 'slug' | 'code'
}): Promise<Array<{ key: string; updatedAt: string | null }>> {
  const { docs } = await reader.payload.find({
    collection,
    limit: 1000,
    pagination: false,
    depth: 0,
    sort: key,
    select: { [key]: true, updatedAt: true },
    ...readerOptions(reader),
  })
  return docs.map((doc) => ({
    key: String((doc as unknown as Record<string, unknown>)[key]),
    updatedAt: doc.updatedAt ?? null,
  }))
}

/**
 * A byte stream of the parts, each read when the client is ready for more (`pull`), so a slow
 * client holds back the database reads instead of the server buffering the file.
 */
function streamOf({
  parts,
  encoder,
}: {
  parts: AsyncGenerator<string, void> | Generator<string, void>
  encoder: TextEncoder
}): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await parts.return(undefined)
    },
  })
}
