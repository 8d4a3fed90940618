import { INFO_TYPES } from '../../../collections/vocabularies'
import type { MessageKey } from '../../i18n'
import { LOCALES, isLocale, type Locale } from '../../i18n/locales'
import { isCalendarDay } from '../../reports/period'
import type { LibrarySearchParams } from '../searchLibrary'
import { ITEM_TYPES, SEARCH_SORTS, type ItemType, type SearchSort } from '../SearchIndex'

/** A parameter that was refused, and what was expected instead (a message key and its values). */
export type InvalidSearchParam = {
  name: string
  expected: { key: MessageKey; params?: Record<string, string | number> }
}

export const MAX_QUERY_LENGTH = 500
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 20
/** Deepest result reachable by paging (Meilisearch's `maxTotalHits`). */
export const MAX_RESULT_WINDOW = 10_000

/**
 * Validates the query string of `GET /api/library/search`. List parameters (`type`, `topic`,
 * …) take several values, repeated or comma-separated; unknown parameters are ignored. `from`
 * and `to` are days written `YYYY-MM-DD`, `to` not before `from`.
 * `defaultLocale` (the caller's language) applies when `locale` is absent.
 */
export function parseSearchParams({
  searchParams,
  defaultLocale,
}: {
  searchParams: URLSearchParams
  defaultLocale: Locale
}): { params: LibrarySearchParams } | { error: InvalidSearchParam } {
  const query = (searchParams.get('q') ?? '').trim()
  if (query.length > MAX_QUERY_LENGTH) {
    return fail({ name: 'q', key: 'search.expectedQuery', params: { max: MAX_QUERY_LENGTH } })
  }

  const localeValue = single({ searchParams, name: 'locale' })
  if (localeValue !== undefined && !isLocale(localeValue)) {
    return fail({
      name: 'locale',
      key: 'search.expectedOneOf',
      params: { values: LOCALES.join(', ') },
    })
  }

  const type = list({ searchParams, name: 'type' })
  const infoTypes = INFO_TYPES.map(({ value }) => value as string)
  const infoType = list({ searchParams, name: 'infoType' })
  const topic = list({ searchParams, name: 'topic' })
  const agency = list({ searchParams, name: 'agency' })
  const years = list({ searchParams, name: 'year' })
  for (const [name, values] of Object.entries({ type, infoType, topic, agency, year: years })) {
    if (values.length > MAX_VALUES) {
      return fail({ name, key: 'search.expectedAtMost', params: { max: MAX_VALUES } })
    }
  }
  if (!type.every((value) => (ITEM_TYPES as readonly string[]).includes(value))) {
    return fail({
      name: 'type',
      key: 'search.expectedOneOf',
      params: { values: ITEM_TYPES.join(', ') },
    })
  }
  if (!infoType.every((value) => infoTypes.includes(value))) {
    return fail({
      name: 'infoType',
      key: 'search.expectedOneOf',
      params: { values: infoTypes.join(', ') },
    })
  }
  for (const [name, values] of Object.entries({ topic, agency })) {
    if (!values.every((value) => ID_PATTERN.test(value))) {
      return fail({ name, key: 'search.expectedId' })
    }
  }
  const year = years.map((value) => integer(value))
  if (!year.every((value) => value !== null && value >= YEARS.min && value <= YEARS.max)) {
    return fail({ name: 'year', key: 'search.expectedYear', params: YEARS })
  }

  const days: Record<'from' | 'to', string | null> = { from: null, to: null }
  for (const name of ['from', 'to'] as const) {
    const value = single({ searchParams, name })
    if (value !== undefined && !isCalendarDay(value)) {
      return fail({ name, key: 'statistics.expectedDay' })
    }
    days[name] = value ?? null
  }
  if (days.from !== null && days.to !== null && days.to < days.from) {
    return fail({ name: 'to', key: 'search.expectedDayNotBefore', params: { day: days.from } })
  }

  const sortValue = single({ searchParams, name: 'sort' }) ?? 'relevance'
  if (!(SEARCH_SORTS as readonly string[]).includes(sortValue)) {
    return fail({
      name: 'sort',
      key: 'search.expectedOneOf',
      params: { values: SEARCH_SORTS.join(', ') },
    })
  }

  const limitValue = single({ searchParams, name: 'limit' })
  const limit = limitValue === undefined ? DEFAULT_LIMIT : integer(limitValue)
  if (limit === null || limit < 1 || limit > MAX_LIMIT) {
    return fail({
      name: 'limit',
      key: 'search.expectedInteger',
      params: { min: 1, max: MAX_LIMIT },
    })
  }
  const maxPage = Math.floor(MAX_RESULT_WINDOW / limit)
  const pageValue = single({ searchParams, name: 'page' })
  const page = pageValue === undefined ? 1 : integer(pageValue)
  if (page === null || page < 1 || page > maxPage) {
    return fail({ name: 'page', key: 'search.expectedInteger', params: { min: 1, max: maxPage } })
  }

  return {
    params: {
      query,
      locale: localeValue ?? defaultLocale,
      type: type as ItemType[],
      infoType,
      topic,
      agency,
      year: year as number[],
      ...days,
      sort: sortValue as SearchSort,
      page,
      limit,
    },
  }
}

function fail({
  name,
  key,
  params,
}: {
  name: string
  key: MessageKey
  params?: Record<string, string | number>
}): { error: InvalidSearchParam } {
  return { error: { name, expected: { key, params } } }
}

function single({
  searchParams,
  name,
}: {
  searchParams: URLSearchParams
  name: string
}): string | undefined {
  const value = searchParams.get(name)?.trim()
  return value === undefined || value === '' ? undefined : value
}

function list({ searchParams, name }: { searchParams: URLSearchParams; name: string }): string[] {
  return [
    ...new Set(
      searchParams
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== ''),
    ),
  ]
}

function integer(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null
}

const MAX_VALUES = 20
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const YEARS = { min: 1900, max: 2100 }
