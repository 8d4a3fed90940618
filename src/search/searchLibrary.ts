import type { Requester } from '../access/requester'
import { fallbackChain, type Locale } from '../i18n/locales'
import { periodInstants } from '../reports/period'
import { allOf, fieldEquals, fieldIn, matchAll, type FilterNode } from './filter/FilterNode'
import { searchFilterFor } from './filter/searchFilterFor'
import { DEFAULT_LIMIT } from './http/parseSearchParams'
import {
  FACET_FIELDS,
  FACETS,
  type Facet,
  type FacetCounts,
  type ItemType,
  type SearchHit,
  type SearchIndex,
  type SearchResult,
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
  /**
   * The first and last day (`YYYY-MM-DD`, both included, in the province's time zone) of the
   * item's date, the one `newest` and `oldest` sort on: when it was published. Null: open.
   */
  from: string | null
  to: string | null
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
    from: null,
    to: null,
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
 *
 * Facet counts are what choosing the value would give: each facet is counted under every
 * choice but its own (values of one facet are alternatives, as the library's checkboxes
 * offer them), so a facet with a value chosen still lists its other values, and each count
 * equals the total a search with that value alone chosen in that facet returns.
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
  const readable = searchFilterFor({ requester, now })
  const chosenFacets = CHOSEN_FACETS.filter((facet) => params[facet].length > 0)
  const inLocale = async (locale: Locale): Promise<SearchResult> => {
    const inThatLocale = fieldEquals({ field: 'locale', value: locale })
    const [page, ...ownCounts] = await Promise.all([
      index.search({
        query: params.query,
        queryLocale: params.locale,
        filter: allOf([visible, inThatLocale]),
        facets: CHOSEN_FACETS.filter((facet) => !chosenFacets.includes(facet)),
        sort: params.sort,
        offset: (params.page - 1) * params.limit,
        limit: params.limit,
      }),
      ...chosenFacets.map((facet) =>
        index.search({
          query: params.query,
          queryLocale: params.locale,
          filter: allOf([readable, filtersOf({ params, except: facet }), inThatLocale]),
          facets: [facet],
          sort: params.sort,
          offset: 0,
          limit: 0,
        }),
      ),
    ])
    const facets: FacetCounts = { ...page.facets }
    for (const counted of ownCounts) Object.assign(facets, counted.facets)
    return { ...page, facets }
  }
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
  return allOf([searchFilterFor({ requester, now }), filtersOf({ params })])
}

/** The facets a reader chooses values of (the locale is the page's language instead). */
const CHOSEN_FACETS = FACETS.filter(
  (facet): facet is Exclude<Facet, 'locale'> => facet !== 'locale',
)

/** The choices of `params` as a filter, without those of facet `except`. */
function filtersOf({
  params,
  except,
}: {
  params: LibrarySearchParams
  except?: Facet
}): FilterNode {
  return allOf([
    ...CHOSEN_FACETS.map((facet) => {
      const values: Array<string | number> = params[facet]
      return facet === except || values.length === 0
        ? matchAll
        : fieldIn({ field: FACET_FIELDS[facet], values })
    }),
    dateRange(params),
  ])
}

/** The days `from` to `to` of the item's date, as instants (an open end is no bound). */
function dateRange({ from, to }: Pick<LibrarySearchParams, 'from' | 'to'>): FilterNode {
  const bounds: FilterNode[] = []
  if (from !== null) {
    const { start } = periodInstants({ from, to: from })
    bounds.push({ kind: 'compare', field: 'date', op: 'gte', value: Date.parse(start) })
  }
  if (to !== null) {
    const { end } = periodInstants({ from: to, to })
    bounds.push({ kind: 'compare', field: 'date', op: 'lt', value: Date.parse(end) })
  }
  return allOf(bounds)
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
