import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales'
import type { FigureRows, PushRow, TopItemRow } from './statisticsBackend'
import {
  ITEM_KINDS,
  STATISTICS_INFO_TYPES,
  type AgencyFigures,
  type ItemFigures,
  type Statistics,
  type StatisticsAgency,
  type StatisticsPeriod,
  type TargetPushFigures,
  type TopItem,
  type TranslationFigures,
} from './statisticsTypes'

/** A syndication target as the figures name it. */
export type StatisticsTarget = TargetPushFigures['target']

/**
 * Turns a backend's grouped rows into the statistics' shape: one block per agency (every
 * breakdown listing each known key, zeros included), and the totals over those agencies. Pure:
 * the same rows always give the same JSON, whichever database counted them.
 */
export function assembleStatistics({
  period,
  generatedAt,
  agencies,
  targets,
  rows,
  titles,
  topItems,
}: {
  period: StatisticsPeriod
  generatedAt: string
  agencies: readonly StatisticsAgency[]
  /** Every target, in the order the figures list them. */
  targets: readonly StatisticsTarget[]
  rows: FigureRows
  /** Titles of the top items, by `<collection>:<id>`. */
  titles: ReadonlyMap<string, string>
  topItems: number
}): Statistics {
  const blocks = agencies.map((agency) => ({
    agency,
    ...agencyFigures({
      of: (agencyId) => agencyId === String(agency.id),
      rows,
      targets,
      titles,
      topItems,
      medianAgency: String(agency.id),
    }),
  }))
  const listed = new Set(agencies.map((agency) => String(agency.id)))
  return {
    period,
    generatedAt,
    agencies: blocks,
    totals: {
      ...agencyFigures({
        of: (agencyId) => listed.has(agencyId),
        rows,
        targets,
        titles,
        topItems,
        medianAgency: null,
      }),
      journalists: {
        registered: sum(rows.journalists.map((row) => row.registered)),
        accredited: sum(rows.journalists.map((row) => row.accredited)),
        byCountry: Object.fromEntries(
          rows.journalists
            .filter((row) => row.registered + row.accredited > 0)
            .sort((a, b) => a.country.localeCompare(b.country))
            .map((row) => [
              row.country,
              { registered: row.registered, accredited: row.accredited },
            ]),
        ),
      },
    },
  }
}

function agencyFigures({
  of,
  rows,
  targets,
  titles,
  topItems,
  medianAgency,
}: {
  /** Whether a row's agency belongs to this block. */
  of: (agencyId: string) => boolean
  rows: FigureRows
  targets: readonly StatisticsTarget[]
  titles: ReadonlyMap<string, string>
  topItems: number
  /** Which median rows hold this block's medians: an agency's, or (null) the totals'. */
  medianAgency: string | null
}): AgencyFigures {
  const mine = <Row extends { agencyId: string }>(list: readonly Row[]) =>
    list.filter((row) => of(row.agencyId))
  return {
    items: itemFigures({ rows, mine }),
    translations: translationFigures({ rows, mine }),
    pushes: targets.map((target) => pushFigures({ target, rows: rows.pushes, of, medianAgency })),
    downloads: {
      total: sum(mine(rows.downloadsByCountry).map((row) => row.count)),
      byCountry: largestFirst(countsByKey(mine(rows.downloadsByCountry))),
      byOutlet: largestFirst(countsByKey(mine(rows.downloadsByOutlet))),
      topItems: topList({ rows: mine(rows.downloadTopItems), titles, topItems }),
    },
    views: {
      total: sum(mine(rows.viewsByDay).map((row) => row.count)),
      topItems: topList({ rows: mine(rows.viewTopItems), titles, topItems }),
      byDay: Object.entries(countsByKey(mine(rows.viewsByDay)))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, count]) => ({ day, count })),
    },
  }
}

type Mine = <Row extends { agencyId: string }>(list: readonly Row[]) => Row[]

function itemFigures({ rows, mine }: { rows: FigureRows; mine: Mine }): ItemFigures {
  const items = mine(rows.items)
  const byKind = Object.fromEntries(
    ITEM_KINDS.map((kind) => {
      const ofKind = items.filter((row) => row.kind === kind)
      return [kind, pair(ofKind)]
    }),
  ) as ItemFigures['byKind']
  const byInfoType = Object.fromEntries(
    STATISTICS_INFO_TYPES.map((infoType) => [
      infoType,
      pair(items.filter((row) => row.infoType === infoType)),
    ]),
  ) as ItemFigures['byInfoType']
  const localeCounts = countsByKey(mine(rows.localesPublished))
  return {
    ...pair(items),
    withdrawn: sum(mine(rows.withdrawn).map((row) => row.count)),
    byKind,
    byInfoType,
    byLocale: Object.fromEntries(
      LOCALES.map((locale) => [locale, localeCounts[locale] ?? 0]),
    ) as ItemFigures['byLocale'],
  }
}

function translationFigures({ rows, mine }: { rows: FigureRows; mine: Mine }): TranslationFigures {
  const base = sum(mine(rows.coverageBase).map((row) => row.count))
  const coverage = mine(rows.coverage)
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const ofLocale = coverage.filter((row) => row.locale === locale)
      const published = sum(ofLocale.map((row) => row.published))
      // The Vietnamese source is never stale: translations are stale against it.
      const stale = locale === DEFAULT_LOCALE ? 0 : sum(ofLocale.map((row) => row.stale))
      return [locale, { published: published - stale, stale, missing: base - published }]
    }),
  ) as TranslationFigures
}

function pushFigures({
  target,
  rows,
  of,
  medianAgency,
}: {
  target: StatisticsTarget
  rows: readonly PushRow[]
  of: (agencyId: string) => boolean
  medianAgency: string | null
}): TargetPushFigures {
  const counted = rows.filter(
    (row) => row.targetId === String(target.id) && row.agencyId !== null && of(row.agencyId),
  )
  const median = rows.find(
    (row) =>
      row.targetId === String(target.id) &&
      row.agencyId === medianAgency &&
      row.medianHoursToAck !== null,
  )
  return {
    target,
    delivered: sum(counted.map((row) => row.delivered)),
    acknowledged: sum(counted.map((row) => row.acknowledged)),
    failed: sum(counted.map((row) => row.failed)),
    medianHoursToAck:
      median?.medianHoursToAck === null || median === undefined
        ? null
        : Math.round(median.medianHoursToAck * 100) / 100,
  }
}

/**
 * The `topItems` most counted of `rows` (each agency's own top list): the union of the agencies'
 * top lists holds the top list of all of them, since an item among the first n overall is among
 * the first n of its agency.
 */
function topList({
  rows,
  titles,
  topItems,
}: {
  rows: readonly TopItemRow[]
  titles: ReadonlyMap<string, string>
  topItems: number
}): TopItem[] {
  return [...rows]
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.collection.localeCompare(b.collection) ||
        Number(a.id) - Number(b.id) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, topItems)
    .map((row) => ({
      collection: row.collection,
      id: /^\d+$/.test(row.id) ? Number(row.id) : row.id,
      title: titles.get(`${row.collection}:${row.id}`) ?? row.title ?? '',
      count: row.count,
    }))
}

function pair(rows: ReadonlyArray<{ supplied: number; published: number }>): {
  supplied: number
  published: number
} {
  return {
    supplied: sum(rows.map((row) => row.supplied)),
    published: sum(rows.map((row) => row.published)),
  }
}

function countsByKey(rows: ReadonlyArray<{ key: string; count: number }>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { key, count } of rows) counts[key] = (counts[key] ?? 0) + count
  return counts
}

/** The same counts, keyed largest first (then by key): tables and charts list them so. */
function largestFirst(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
  )
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
