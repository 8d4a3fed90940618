import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../i18n/locales'

/**
 * The shape of the statistics of the managing department's loop (issue 17): what
 * `GET /api/reports/statistics` answers, what the statistics page charts and what the periodic
 * reports print. Every count is a plain number; every breakdown lists each known key (zero
 * included) so that tables and charts keep the same rows from one period to the next.
 */

/** The kinds of item the regulation counts: articles, and media by their `kind`. */
export const ITEM_KINDS = ['article', 'photo', 'video', 'publication'] as const

export type ItemKind = (typeof ITEM_KINDS)[number]

/** Kinds of information (collections/vocabularies.ts INFO_TYPES). */
export const STATISTICS_INFO_TYPES = ['official', 'promotional', 'world', 'clarification'] as const

export type StatisticsInfoType = (typeof STATISTICS_INFO_TYPES)[number]

/** A period of whole days, both ends included, as `YYYY-MM-DD` (the province's time zone). */
export type StatisticsPeriod = { from: string; to: string }

/** The agency a block of figures belongs to. */
export type StatisticsAgency = { id: number | string; code: string; name: string }

/** Items supplied (created in the period, any status), first published and withdrawn in it. */
export type ItemFigures = {
  supplied: number
  published: number
  withdrawn: number
  /** Items supplied / published in the period, by kind. */
  byKind: Record<ItemKind, { supplied: number; published: number }>
  /** Items supplied / published in the period, by kind of information (only articles carry one). */
  byInfoType: Record<StatisticsInfoType, { supplied: number; published: number }>
  /** Locales first published in the period (an item counts once in each locale it published). */
  byLocale: Record<Locale, number>
}

/**
 * Translation coverage per locale, over the items first published in the period that are still
 * published, as they stand now: `published` (the locale is live and current), `stale` (live, but
 * translated from an older revision of the Vietnamese source), `missing` (not live in that
 * locale). The three add up to those items' number.
 */
export type TranslationFigures = Record<
  Locale,
  { published: number; stale: number; missing: number }
>

/** Pushes to one syndication target, of items of the agency, made in the period. */
export type TargetPushFigures = {
  target: { id: number | string; key: string; name: string }
  delivered: number
  /** Delivered with a receipt from the target. */
  acknowledged: number
  failed: number
  /** Median hours from the item's first publication to the target's acknowledgement; null when none. */
  medianHoursToAck: number | null
}

/** Journalists registered in the period and accredited in it, by country (ISO 3166 alpha-2). */
export type JournalistFigures = {
  registered: number
  accredited: number
  byCountry: Record<string, { registered: number; accredited: number }>
}

/** One item in a top list. */
export type TopItem = {
  collection: 'articles' | 'media'
  id: number | string
  title: string
  count: number
}

/** Press downloads made in the period of the agency's media. */
export type DownloadFigures = {
  total: number
  /** By the journalist's country (ISO 3166 alpha-2; `unknown` when not given). */
  byCountry: Record<string, number>
  /** By the journalist's outlet as they wrote it (`unknown` when not given). */
  byOutlet: Record<string, number>
  /** The most downloaded items, most first. */
  topItems: TopItem[]
}

/** Library page views counted in the period (bots excluded, nothing personal stored). */
export type ViewFigures = {
  total: number
  /** The most viewed items, most first. */
  topItems: TopItem[]
  /** One entry per day of the period that had views, in date order. */
  byDay: { day: string; count: number }[]
}

/** The figures of one agency (or, in `totals`, of all the agencies listed). */
export type AgencyFigures = {
  items: ItemFigures
  translations: TranslationFigures
  pushes: TargetPushFigures[]
  downloads: DownloadFigures
  views: ViewFigures
}

/** The statistics of one period, for one agency or all of them. */
export type Statistics = {
  period: StatisticsPeriod
  /** The time the figures were computed (ISO 8601), kept with a generated report. */
  generatedAt: string
  agencies: (AgencyFigures & { agency: StatisticsAgency })[]
  /**
   * The sum over the agencies listed. Journalists belong to no agency, so they are counted
   * province-wide, here only.
   */
  totals: AgencyFigures & { journalists: JournalistFigures }
}

/** What the statistics computation takes. */
export type ComputeStatisticsArgs = {
  payload: Payload
  /** The requester; the agencies read are those it may read (overrideAccess: false). */
  req: PayloadRequest
  /** First day, `YYYY-MM-DD`, included. */
  from: string
  /** Last day, `YYYY-MM-DD`, included. */
  to: string
  /** One agency's code; all agencies the requester may see when absent. */
  agencyCode?: string
  /**
   * For the system's own jobs (the periodic reports): every agency, documents read with access
   * off, no requester needed. @default false
   */
  overrideAccess?: boolean
}

/** The statistics computation's signature (implemented in src/reports/computeStatistics.ts). */
export type ComputeStatistics = (args: ComputeStatisticsArgs) => Promise<Statistics>
