import { slugs } from '../../../collections/slugs'
import { periodInstants, isCalendarDay } from '../../reports/period'
import { cyclePeriod } from '../../reports/reportCycles'
import { MAX_PERIOD_DAYS } from '../../reports/statisticsParams'
import type { ItemKind } from '../../reports/statisticsTypes'

/** The period presets of the statistics page. */
export const STATISTICS_PRESETS = ['half-year', 'year', 'custom'] as const

export type StatisticsPreset = (typeof STATISTICS_PRESETS)[number]

/** What the statistics page shows, read from its query string. */
export type StatisticsPageQuery = {
  preset: StatisticsPreset
  year: number
  from: string
  to: string
  /** An agency's code; every agency the user may see when absent. */
  agency?: string
}

type SearchParams = Record<string, string | string[] | undefined> | undefined

/**
 * Reads the statistics page's filters (`?preset=half-year|year|custom&year=&from=&to=&agency=`),
 * never failing: a missing or malformed value falls back to the first six months of this year
 * (`today` is the province's day), so a hand-edited address still shows a page.
 */
export function statisticsPageQuery({
  searchParams,
  today,
}: {
  searchParams: SearchParams
  today: string
}): StatisticsPageQuery {
  const param = (name: string): string | undefined => {
    const value = searchParams?.[name]
    const text = Array.isArray(value) ? value[0] : value
    return text?.trim() || undefined
  }
  const presetParam = param('preset')
  const preset = STATISTICS_PRESETS.find((known) => known === presetParam) ?? 'half-year'
  const yearParam = Number(param('year'))
  const year =
    Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100
      ? yearParam
      : Number(today.slice(0, 4))
  const agencyParam = param('agency')
  const agency = agencyParam && /^[a-z0-9-]{1,64}$/.test(agencyParam) ? agencyParam : undefined
  const base = { year, ...(agency ? { agency } : {}) }
  if (preset === 'custom') {
    const [from, to] = [param('from'), param('to')]
    if (from && to && isCalendarDay(from) && isCalendarDay(to) && from <= to) {
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
      if (days <= MAX_PERIOD_DAYS) return { preset, from, to, ...base }
    }
  }
  const cycle = preset === 'year' ? 'annual' : 'half-year'
  return {
    preset: preset === 'custom' ? 'half-year' : preset,
    ...cyclePeriod({ cycle, year }),
    ...base,
  }
}

/** Which count a link lists the items of. */
export type ItemMeasure =
  | { measure: 'supplied' }
  | { measure: 'published'; locale?: string }
  | { measure: 'withdrawn' }

/** Where the items of one kind live in the admin, and the filter that picks the kind. */
const KIND_LISTS: Record<ItemKind, { collection: string; kind?: string }> = {
  article: { collection: slugs.articles },
  photo: { collection: slugs.media, kind: 'image' },
  video: { collection: slugs.media, kind: 'video' },
  publication: { collection: slugs.media, kind: 'document' },
}

/**
 * The admin list of the items behind a count of the statistics: `collection` (or the one
 * holding `kind`), of `agencyId` if given, created (supplied), published or withdrawn in the
 * period, optionally of one kind of information or published in one locale. Written in the
 * `where[or][0][and][…]` form the list's own filter builder writes, so the filters show there.
 * "Published" lists items with a publication in the period (the statistics count the first
 * one; an item republished in the period also appears).
 */
export function itemListHref({
  collection,
  kind,
  agencyId,
  period,
  infoType,
  ...measure
}: ItemMeasure & {
  collection?: string
  kind?: ItemKind
  agencyId?: number | string
  period: { from: string; to: string }
  infoType?: string
}): string {
  const list = kind ? KIND_LISTS[kind] : { collection: collection ?? slugs.articles }
  const { start, end } = periodInstants(period)
  const conditions: [string, string, string][] = []
  if (agencyId !== undefined) conditions.push(['agency', 'equals', String(agencyId)])
  if (list.kind) conditions.push(['kind', 'equals', list.kind])
  if (infoType) conditions.push(['infoType', 'equals', infoType])
  if (measure.measure === 'supplied') {
    conditions.push(['createdAt', 'greater_than_equal', start], ['createdAt', 'less_than', end])
  } else {
    conditions.push(
      ['transitions.action', 'equals', measure.measure === 'published' ? 'publish' : 'withdraw'],
      ['transitions.at', 'greater_than_equal', start],
      ['transitions.at', 'less_than', end],
    )
    if (measure.measure === 'published' && measure.locale)
      conditions.push(['transitions.locale', 'equals', measure.locale])
  }
  return listHref({ collection: list.collection, conditions })
}

/** An admin list filtered by `conditions` (field, operator, value), all of which must hold. */
export function listHref({
  collection,
  conditions,
}: {
  collection: string
  conditions: [string, string, string][]
}): string {
  const query = conditions
    .map(
      ([field, operator, value], index) =>
        `${encodeURIComponent(`where[or][0][and][${index}][${field}][${operator}]`)}=${encodeURIComponent(value)}`,
    )
    .join('&')
  return `/admin/collections/${collection}${query ? `?${query}` : ''}`
}

/** The page itself with other filters: what the preset buttons and the agency select link to. */
export function statisticsPageHref({ query }: { query: StatisticsPageQuery }): string {
  const params = new URLSearchParams({ preset: query.preset, year: String(query.year) })
  if (query.preset === 'custom') {
    params.set('from', query.from)
    params.set('to', query.to)
  }
  if (query.agency) params.set('agency', query.agency)
  return `/admin/statistics?${params.toString()}`
}
