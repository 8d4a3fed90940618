import type { Metadata } from 'next'

import { LOCALES, LOCALE_TAGS, type Locale } from '../../i18n/locales'
import type { SharedImage } from './structuredData'

/**
 * The `<head>` a shared or indexed page carries besides its title: canonical URL, `hreflang`
 * alternates, Open Graph (https://ogp.me) and Twitter card tags. Pure: the callers pass only
 * what an anonymous reader may see (src/library/seo/publicView.ts).
 */

/** What a page shows a link preview or a search engine. */
export type SharePage = {
  title: string
  description: string | null
  /** The page's own absolute URL: the canonical one. */
  url: string
  /** The page in each language it exists in, as absolute URLs. */
  languages: Partial<Record<Locale, string>>
  /** The language the page's content is in. */
  locale: Locale
  siteName: string
  image: SharedImage | null
  kind:
    | { type: 'website' }
    | {
        type: 'article'
        publishedTime: string
        modifiedTime: string
        section?: string
        tags: string[]
      }
    | { type: 'video'; videoUrl: string | null }
}

/** Open Graph's `og:locale` form (`language_TERRITORY`) of each library locale. */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = {
  vi: 'vi_VN',
  en: 'en_US',
  zh: 'zh_CN',
  ja: 'ja_JP',
  ko: 'ko_KR',
  fr: 'fr_FR',
  ru: 'ru_RU',
  km: 'km_KH',
}

/** The metadata of a page anyone may read and share. */
export function shareMetadata(page: SharePage): Metadata {
  const images = page.image
    ? [
        {
          url: page.image.url,
          width: page.image.width,
          height: page.image.height,
          alt: page.image.alt || page.title,
        },
      ]
    : undefined
  const otherLocales = LOCALES.filter((locale) => locale !== page.locale && page.languages[locale])
  const common = {
    title: page.title,
    description: page.description ?? undefined,
    url: page.url,
    siteName: page.siteName,
    locale: OPEN_GRAPH_LOCALES[page.locale],
    alternateLocale: otherLocales.map((locale) => OPEN_GRAPH_LOCALES[locale]),
    images,
  }
  const { kind } = page
  const openGraph: Metadata['openGraph'] =
    kind.type === 'article'
      ? {
          ...common,
          type: 'article',
          publishedTime: kind.publishedTime,
          modifiedTime: kind.modifiedTime,
          section: kind.section,
          tags: kind.tags,
        }
      : kind.type === 'video'
        ? {
            ...common,
            type: 'video.other',
            videos: kind.videoUrl ? [{ url: kind.videoUrl, type: 'video/mp4' }] : undefined,
          }
        : { ...common, type: 'website' }
  return {
    title: page.title,
    description: page.description ?? undefined,
    alternates: {
      canonical: page.url,
      languages: Object.fromEntries(
        LOCALES.filter((locale) => page.languages[locale]).map((locale) => [
          LOCALE_TAGS[locale],
          page.languages[locale],
        ]),
      ),
    },
    openGraph,
    twitter: {
      card: page.image ? 'summary_large_image' : 'summary',
      title: page.title,
      description: page.description ?? undefined,
      images: page.image ? [{ url: page.image.url, alt: page.image.alt || page.title }] : undefined,
    },
  }
}

/**
 * The metadata of a page its reader may see but the public may not (a press-only item read by
 * a journalist): the title alone, kept out of search engines, with nothing to share — its tags
 * would tell whoever the link is pasted to what only the press may read.
 */
export function unsharedMetadata({ title }: { title: string }): Metadata {
  return { title, robots: { index: false, follow: false } }
}
