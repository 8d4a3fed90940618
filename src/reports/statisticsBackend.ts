import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'
import type { ItemKind } from './statisticsTypes'

/**
 * What a database backend answers for the statistics: grouped counts, computed by the database
 * (SQL on SQLite, aggregation pipelines on MongoDB), never by reading every item. One module
 * per backend implements it (sqliteStatistics.ts, mongoStatistics.ts); assembleStatistics.ts
 * turns the rows into the shape of the API. Agency ids are strings throughout (SQLite numbers
 * and MongoDB ObjectIds alike); a row whose item has no agency in the list is not returned.
 */
export type StatisticsBackend = {
  queryFigures: (args: FigureQuery) => Promise<FigureRows>
  /** Adds counted page views to the daily counters in one batch (one upsert per counter). */
  addPageViews: (args: { payload: Payload; views: readonly PageViewCount[] }) => Promise<void>
}

/** The period and the agencies the figures are for. */
export type FigureQuery = {
  payload: Payload
  /** First instant of the period, ISO 8601 UTC. */
  start: string
  /** First instant after the period, ISO 8601 UTC. */
  end: string
  /** First and last day of the period (`YYYY-MM-DD`), for the daily page-view counters. */
  fromDay: string
  toDay: string
  agencyIds: readonly string[]
  /** How many items each top list keeps. */
  topItems: number
}

/** The item collections the statistics count. */
export type StatisticsCollection = 'articles' | 'media'

/** One daily counter's increment. */
export type PageViewCount = {
  collection: StatisticsCollection
  id: string
  day: string
  count: number
}

/** Counts of items by agency, kind and kind of information (null for media). */
export type ItemRow = {
  agencyId: string
  kind: ItemKind
  infoType: string | null
  supplied: number
  published: number
}

export type AgencyCountRow = { agencyId: string; count: number }

export type AgencyKeyCountRow = { agencyId: string; key: string; count: number }

/** Translation coverage of one agency's items first published in the period, still published. */
export type CoverageRow = {
  agencyId: string
  locale: Locale
  /** Items published in this locale (current or stale). */
  published: number
  /** Of those, published from an older revision of the Vietnamese source. */
  stale: number
}

/** Pushes of one agency's items to one target; `agencyId` null: all the agencies together. */
export type PushRow = {
  agencyId: string | null
  targetId: string
  delivered: number
  acknowledged: number
  failed: number
  medianHoursToAck: number | null
}

export type CountryRow = { country: string; registered: number; accredited: number }

/** One item of a top list, ranked within its agency (most first, then by id). */
export type TopItemRow = {
  agencyId: string
  collection: StatisticsCollection
  id: string
  count: number
  /** A title the rows themselves know (a download keeps the item's title at the time). */
  title: string | null
}

export type FigureRows = {
  items: ItemRow[]
  /** Items first published in the period in each locale. */
  localesPublished: AgencyKeyCountRow[]
  withdrawn: AgencyCountRow[]
  /** How many items each agency first published in the period that are still published. */
  coverageBase: AgencyCountRow[]
  coverage: CoverageRow[]
  pushes: PushRow[]
  journalists: CountryRow[]
  downloadsByCountry: AgencyKeyCountRow[]
  downloadsByOutlet: AgencyKeyCountRow[]
  downloadTopItems: TopItemRow[]
  viewsByDay: AgencyKeyCountRow[]
  viewTopItems: TopItemRow[]
}

/** No rows at all: the figures of no agency. */
export const EMPTY_FIGURE_ROWS: FigureRows = {
  items: [],
  localesPublished: [],
  withdrawn: [],
  coverageBase: [],
  coverage: [],
  pushes: [],
  journalists: [],
  downloadsByCountry: [],
  downloadsByOutlet: [],
  downloadTopItems: [],
  viewsByDay: [],
  viewTopItems: [],
}

/** The statistics kind of a media item's `kind` (collections/vocabularies.ts MEDIA_KINDS). */
export const MEDIA_KIND_TO_ITEM_KIND: Record<string, ItemKind> = {
  image: 'photo',
  video: 'video',
  document: 'publication',
}

/** The unique key of one item's counter of one day (collections/PageViews). */
export function pageViewKey({
  collection,
  id,
  day,
}: {
  collection: StatisticsCollection
  id: string
  day: string
}): string {
  return `${collection}:${id}:${day}`
}
