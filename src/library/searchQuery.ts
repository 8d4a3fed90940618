import type { Locale } from '../i18n/locales'
import { parseSearchParams, type InvalidSearchParam } from '../search/http/parseSearchParams'
import type { LibrarySearchParams } from '../search/searchLibrary'

/** Next.js page `searchParams`, as they arrive. */
export type PageSearchParams = Record<string, string | string[] | undefined>

/** The search parameters a library URL carries; the interface language is the content locale. */
export const SEARCH_URL_PARAMS = [
  'q',
  'type',
  'infoType',
  'topic',
  'agency',
  'year',
  'from',
  'to',
  'sort',
  'page',
] as const

/** The query string of a search page, as URLSearchParams, keeping only search parameters. */
export function toUrlSearchParams(searchParams: PageSearchParams): URLSearchParams {
  const query = new URLSearchParams()
  for (const name of SEARCH_URL_PARAMS) {
    const value = searchParams[name]
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (item !== '') query.append(name, item)
    }
  }
  return query
}

/** Validates a search page's URL into library search parameters in the page's language. */
export function parseLibrarySearch({
  query,
  lang,
  limit = 24,
}: {
  query: URLSearchParams
  lang: Locale
  limit?: number
}): { params: LibrarySearchParams } | { error: InvalidSearchParam } {
  const withLimit = new URLSearchParams(query)
  withLimit.set('limit', String(limit))
  withLimit.delete('locale')
  return parseSearchParams({ searchParams: withLimit, defaultLocale: lang })
}

/**
 * The URL of the search page with `changes` applied to `query`: a value of null removes the
 * parameter; changing anything but the page goes back to page 1.
 */
export function searchHref({
  lang,
  query,
  changes = {},
}: {
  lang: Locale
  query: URLSearchParams
  changes?: Record<string, string | string[] | null>
}): string {
  const next = new URLSearchParams(query)
  for (const [name, value] of Object.entries(changes)) {
    next.delete(name)
    if (value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) next.append(name, item)
  }
  if (!('page' in changes)) next.delete('page')
  const text = next.toString()
  return `/${lang}/search${text ? `?${text}` : ''}`
}
