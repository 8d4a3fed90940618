import type { Metadata } from 'next'

import { libraryTranslator, type LibraryKey, type LibraryTranslator } from '../i18n'
import type { Locale } from '../i18n/locales'
import { resolveLang } from './lang'
import type { PageSearchParams } from './searchQuery'

/**
 * What every page under `/[lang]` starts from, in one place: the props Next.js hands it, the
 * reader's language with its translator, the metadata of the pages that are only a title, and
 * the document a route such as `/articles/[id]` names.
 */

/** The props of a library page: the `[lang]` segment and the route's own, and the query. */
export type LibraryPageProps<RouteParams extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ lang: string } & RouteParams>
  searchParams: Promise<PageSearchParams>
}

/** The reader's language (any other `[lang]` is a 404) and the library's messages in it. */
export async function libraryPage({
  params,
}: {
  params: Promise<{ lang: string }>
}): Promise<{ lang: Locale; t: LibraryTranslator }> {
  const lang = await resolveLang(params)
  return { lang, t: libraryTranslator(lang) }
}

/**
 * The `generateMetadata` of a page that is its title alone and stays out of search engines
 * (the account pages: a login form or a reset link has nothing to find).
 */
export function privatePageMetadata({
  titleKey,
}: {
  titleKey: LibraryKey
}): (props: { params: Promise<{ lang: string }> }) => Promise<Metadata> {
  return async ({ params }) => {
    const { t } = await libraryPage({ params })
    return { title: t(titleKey), robots: { index: false } }
  }
}

/**
 * The document a route names by its segment `key` (an article's `id`, a topic's `slug`), read
 * in the reader's language by `read`; `doc` is null when there is none the reader may see, and
 * the page answers 404 (its metadata, nothing).
 */
export async function routeDocument<Key extends string, Doc>({
  params,
  key,
  read,
}: {
  params: Promise<{ lang: string } & Record<Key, string>>
  key: Key
  read: (args: { lang: Locale; value: string }) => Promise<Doc | null>
}): Promise<{ lang: Locale; value: string; doc: Doc | null }> {
  const lang = await resolveLang(params)
  const value = (await params)[key]
  return { lang, value, doc: await read({ lang, value }) }
}
