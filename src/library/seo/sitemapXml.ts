import escapeHtml from 'escape-html'

import { LOCALE_TAGS, type Locale } from '../../i18n/locales'

/**
 * The XML of the library's sitemaps (https://www.sitemaps.org/protocol.html), with each page's
 * language versions as `xhtml:link rel="alternate" hreflang` (Google's form for multilingual
 * sites). Pure: the caller streams these pieces one after another.
 */

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The protocol's limit of URLs in one sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000

/** The kinds of item with a page of their own, each listed in sitemap files of its own. */
export const SITEMAP_COLLECTIONS = ['articles', 'media', 'albums', 'events'] as const

export type SitemapCollection = (typeof SITEMAP_COLLECTIONS)[number]

/** What one sitemap file of a language holds: the fixed pages, or one window of items. */
export type SitemapFile =
  | { kind: 'pages' }
  | { kind: 'items'; collection: SitemapCollection; number: number }

/** One page in a sitemap, with its versions in every language it exists in. */
export type SitemapEntry = {
  loc: string
  lastmod?: string | null
  alternates: Array<{ locale: Locale; href: string }>
}

/** The file name of a sitemap file (`pages.xml`, `articles-3.xml`). */
export function sitemapFileName(file: SitemapFile): string {
  return file.kind === 'pages' ? 'pages.xml' : `${file.collection}-${file.number}.xml`
}

/** The sitemap file a name stands for; null for any other name. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === 'pages.xml') return { kind: 'pages' }
  const match = new RegExp(`^(${SITEMAP_COLLECTIONS.join('|')})-([1-9]\\d{0,5})\\.xml$`).exec(name)
  if (!match) return null
  return { kind: 'items', collection: match[1] as SitemapCollection, number: Number(match[2]) }
}

/** A sitemap index listing the sitemap files at `locations`. */
export function sitemapIndexXml({ locations }: { locations: string[] }): string {
  const entries = locations.map((loc) => `<sitemap><loc>${escapeHtml(loc)}</loc></sitemap>`)
  return `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`
}

/** The start of a `urlset`, with the XHTML namespace its `hreflang` links use. */
export const URLSET_START = `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`

/** The end of a `urlset`. */
export const URLSET_END = '</urlset>\n'

/** One `<url>` of a `urlset`. */
export function urlEntryXml(entry: SitemapEntry): string {
  const lastmod = entry.lastmod ? `<lastmod>${escapeHtml(entry.lastmod)}</lastmod>` : ''
  // One version alone has no alternates to point to.
  const links =
    entry.alternates.length > 1
      ? entry.alternates
          .map(
            ({ locale, href }) =>
              `<xhtml:link rel="alternate" hreflang="${LOCALE_TAGS[locale]}" href="${escapeHtml(href)}"/>`,
          )
          .join('')
      : ''
  return `<url><loc>${escapeHtml(entry.loc)}</loc>${lastmod}${links}</url>\n`
}
