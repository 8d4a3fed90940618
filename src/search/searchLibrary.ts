import type { Requester } from '../access/requester'
import { fallbackChain, type Locale } from '../i18n/locales'
import { allOf, fieldEquals, fieldIn, matchAll, type FilterNode } from './filter/FilterNode'
import { searchFilterFor } from './filter/searchFilterFor'
import { DEFAULT_LIMIT } from './http/parseSearchParams'
import {
  FACETS,
  type Facet,
  type FacetCounts,
  type ItemType,
  type SearchHit,
  type SearchIndex,
  type SearchSort,
} from './SearchIndex'

/** A library search as the API receives it, validated (see parseSearchParams). */
export type LibrarySearchParams = {
  query: string
  /** The content language asked for. */
  locale: Locale
  type: ItemType[]
  infoType: string[]
  topic: string[]
  agency: string[]
  year: number[]
  sort: SearchSort
  page: number
  limit: number
}

/**
 * A search in `locale` with nothing chosen — every item, most relevant first, the first page —
 * and `fields` changing any of that: what an empty query string means, and what the library's
 * own lists (the newest items of a topic) start from.
 */
export function librarySearchParams({
  locale,
  ...fields
}: Partial<LibrarySearchParams> & { locale: Locale }): LibrarySearchParams {
  return {
    query: '',
    locale,
    type: [],
    infoType: [],
    topic: [],
    agency: [],
    year: [],
    sort: 'relevance',
    page: 1,
    limit: DEFAULT_LIMIT,
    ...fields,
  }
}

export type FacetValue = { value: string; count: number; label?: string }

export type LibrarySearchResult = {
  hits: SearchHit[]
  facets: Record<Facet, FacetValue[]>
  total: number
  page: number
  limit: number
  totalPages: number
  /** The locale the hits are in: the one asked for, or the first of its fallbacks with hits. */
  servedLocale: Locale
}

/**
 * Searches the library for `requester`. Every query carries the filter derived from the
 * visibility rule (searchFilterFor), so hits, totals and facet counts only ever count what the
 * requester may read. Hits are in the requested locale; when it has none, in the first locale
 * of its fallback chain (→ English → Vietnamese) that has some, and `servedLocale` says which.
 * The `locale` facet counts the matches in every language, so a reader sees where else to look.
 */
export async function searchLibrary({
  index,
  requester,
  now,
  params,
}: {
  index: SearchIndex
  requester: Requester
  now: Date
  params: LibrarySearchParams
}): Promise<LibrarySearchResult> {
  const visible = libraryFilter({ requester, now, params })
  const facetsExceptLocale = FACETS.filter((facet) => facet !== 'locale')
  const inLocale = (locale: Locale) =>
    index.search({
      query: params.query,
      queryLocale: params.locale,
      filter: allOf([visible, fieldEquals({ field: 'locale', value: locale })]),
      facets: facetsExceptLocale,
      sort: params.sort,
      offset: (params.page - 1) * params.limit,
      limit: params.limit,
    })
  const [requested, everyLocale] = await Promise.all([
    inLocale(params.locale),
    index.search({
      query: params.query,
      queryLocale: params.locale,
      filter: visible,
      facets: ['locale'],
      sort: params.sort,
      offset: 0,
      limit: 0,
    }),
  ])

  let result = requested
  let servedLocale = params.locale
  if (requested.total === 0) {
    const fallback = fallbackChain(params.locale)
      .slice(1)
      .find((locale) => (everyLocale.facets.locale?.[locale] ?? 0) > 0)
    if (fallback) {
      result = await inLocale(fallback)
      servedLocale = fallback
    }
  }

  return {
    hits: result.hits,
    facets: toFacetValues({ ...result.facets, locale: everyLocale.facets.locale }),
    total: result.total,
    page: params.page,
    limit: params.limit,
    totalPages: Math.ceil(result.total / params.limit),
    servedLocale,
  }
}

/**
 * What a library search lets through for `requester`: the visibility rule and the facets
 * chosen in `params`, across every language (searchLibrary adds the language).
 */
export function libraryFilter({
  requester,
  now,
  params,
}: {
  requester: Requester
  now: Date
  params: LibrarySearchParams
}): FilterNode {
  return allOf([searchFilterFor({ requester, now }), filtersOf(params)])
}

function filtersOf(params: LibrarySearchParams): FilterNode {
  const anyOf = (field: Parameters<typeof fieldIn>[0]['field'], values: Array<string | number>) =>
    values.length === 0 ? matchAll : fieldIn({ field, values })
  return allOf([
    anyOf('type', params.type),
    anyOf('infoType', params.infoType),
    anyOf('topics', params.topic),
    anyOf('agency', params.agency),
    anyOf('year', params.year),
  ])
}

function toFacetValues(counts: FacetCounts): Record<Facet, FacetValue[]> {
  return Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      Object.entries(counts[facet] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ]),
  ) as Record<Facet, FacetValue[]>
}
