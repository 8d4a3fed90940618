import type { CollectionSlug, Payload } from 'payload'

import { EMPTY_FIGURE_ROWS, MEDIA_KIND_TO_ITEM_KIND } from '../../src/reports/statisticsBackend'
import type {
  AgencyKeyCountRow,
  FigureRows,
  StatisticsBackend,
  TopItemRow,
} from '../../src/reports/statisticsBackend'
import type { ItemKind } from '../../src/reports/statisticsTypes'

/**
 * The baseline of `npm run bench:reports`: the same figures as src/reports/sqliteStatistics.ts,
 * counted the way one would without the database's help — every item, delivery, change-log
 * entry, journalist, download and page-view counter read through the Local API, page by page,
 * and counted in JavaScript. The bench checks that both give the same statistics.
 */
export const readEveryDocumentStatistics: StatisticsBackend = {
  queryFigures: async (query) => {
    const inPeriod = (at: unknown) => typeof at === 'string' && at >= query.start && at < query.end
    const agencies = new Set(query.agencyIds)
    const rows: FigureRows = structuredClone(EMPTY_FIGURE_ROWS)
    const tally = new Tally()
    const agencyOfItem = new Map<string, string>()
    const firstPublished = new Map<string, string>()

    for (const collection of ['articles', 'media'] as const) {
      for await (const doc of readAll({ payload: query.payload, collection, locale: 'all' })) {
        const agency = String(doc.agency)
        agencyOfItem.set(`${collection}:${String(doc.id)}`, agency)
        if (!agencies.has(agency)) continue
        const kind: ItemKind =
          collection === 'articles' ? 'article' : MEDIA_KIND_TO_ITEM_KIND[String(doc.kind)]!
        const infoType = collection === 'articles' ? String(doc.infoType) : null
        const firsts = new Map<string, string>()
        let isWithdrawn = false
        for (const step of (doc.transitions ?? []) as Array<Record<string, string>>) {
          if (step.action === 'publish') {
            const kept = firsts.get(step.locale!)
            if (!kept || step.at! < kept) firsts.set(step.locale!, step.at!)
          }
          if (step.action === 'withdraw' && inPeriod(step.at)) isWithdrawn = true
        }
        const published = firsts.get('vi')
        if (published) firstPublished.set(`${collection}:${String(doc.id)}`, published)
        const itemKey = [agency, kind, infoType ?? ''].join('|')
        if (inPeriod(doc.createdAt)) tally.add('supplied', itemKey)
        if (inPeriod(published)) tally.add('published', itemKey)
        for (const [locale, at] of firsts)
          if (inPeriod(at)) tally.add('locale', `${agency}|${locale}`)
        if (isWithdrawn) tally.add('withdrawn', agency)
        if (inPeriod(published) && doc.workflowState === 'published') {
          tally.add('base', agency)
          const translation = (doc.translation ?? {}) as Record<
            string,
            { status?: string; translatedFromRevision?: number } | undefined
          >
          for (const locale of (doc.publishedLocales ?? []) as string[]) {
            tally.add('coverage', `${agency}|${locale}`)
            const state = translation[locale]
            const isStale =
              locale !== 'vi' &&
              state?.status === 'approved' &&
              (state.translatedFromRevision ?? 0) < Number(doc.sourceRevision ?? 1)
            if (isStale) tally.add('stale', `${agency}|${locale}`)
          }
        }
      }
    }
    for (const [key, supplied] of tally.entries('supplied', 'published')) {
      const [agencyId, kind, infoType] = key.split('|')
      rows.items.push({
        agencyId: agencyId!,
        kind: kind as ItemKind,
        infoType: infoType === '' ? null : infoType!,
        supplied: supplied[0],
        published: supplied[1],
      })
    }
    rows.localesPublished = tally.keyRows('locale')
    rows.withdrawn = tally.countRows('withdrawn')
    rows.coverageBase = tally.countRows('base')
    rows.coverage = tally.keyRows('coverage').map((row) => ({
      agencyId: row.agencyId,
      locale: row.key as never,
      published: row.count,
      stale: tally.get('stale', `${row.agencyId}|${row.key}`),
    }))

    // Pushes, with each version's publication time from the change log.
    const published = new Map<string, string>()
    for await (const event of readAll({ payload: query.payload, collection: 'sync-events' }))
      published.set(String(event.id), String(event.createdAt))
    const hours = new Map<string, number[]>()
    for await (const delivery of readAll({ payload: query.payload, collection: 'deliveries' })) {
      const agency = agencyOfItem.get(
        `${String(delivery.itemCollection)}:${String(delivery.itemId)}`,
      )
      if (!agency || !agencies.has(agency) || !inPeriod(delivery.createdAt)) continue
      const key = `${agency}|${String(delivery.target)}`
      const isAcknowledged = delivery.status === 'delivered' && Boolean(delivery.receiptId)
      if (delivery.status === 'delivered') tally.add('delivered', key)
      if (isAcknowledged) tally.add('acknowledged', key)
      if (delivery.status === 'failed') tally.add('failed', key)
      const publishedAt = published.get(String(delivery.event))
      if (isAcknowledged && delivery.kind === 'upsert' && delivery.deliveredAt && publishedAt) {
        const value = (Date.parse(text(delivery.deliveredAt)) - Date.parse(publishedAt)) / 3_600_000
        for (const group of [key, `|${String(delivery.target)}`]) {
          const list = hours.get(group) ?? []
          list.push(value)
          hours.set(group, list)
        }
      }
    }
    for (const [key, [delivered, acknowledged, failed]] of tally.entries(
      'delivered',
      'acknowledged',
      'failed',
    )) {
      const [agencyId, targetId] = key.split('|')
      rows.pushes.push({
        agencyId: agencyId!,
        targetId: targetId!,
        delivered,
        acknowledged,
        failed,
        medianHoursToAck: null,
      })
    }
    for (const [key, values] of hours) {
      const [agencyId, targetId] = key.split('|')
      rows.pushes.push({
        agencyId: agencyId === '' ? null : agencyId!,
        targetId: targetId!,
        delivered: 0,
        acknowledged: 0,
        failed: 0,
        medianHoursToAck: median(values),
      })
    }

    const journalists = new Map<string, Record<string, unknown>>()
    for await (const journalist of readAll({ payload: query.payload, collection: 'journalists' })) {
      journalists.set(String(journalist.id), journalist)
      const country = text(journalist.country) || 'unknown'
      if (inPeriod(journalist.createdAt)) tally.add('registered', country)
      if (
        journalist.accreditationStatus === 'approved' &&
        inPeriod(journalist.accreditationDecidedAt)
      )
        tally.add('accredited', country)
    }
    for (const [country, [registered, accredited]] of tally.entries('registered', 'accredited'))
      rows.journalists.push({ country, registered, accredited })

    const downloadTitles = new Map<string, string>()
    for await (const download of readAll({
      payload: query.payload,
      collection: 'media-downloads',
    })) {
      const agency = agencyOfItem.get(`media:${String(download.media)}`)
      if (!agency || !agencies.has(agency) || !inPeriod(download.createdAt)) continue
      const journalist = journalists.get(String(download.journalist))
      const country = text(journalist?.country).trim() || 'unknown'
      const outlet = text(journalist?.outlet).trim() || 'unknown'
      tally.add('downloadCountry', `${agency}|${country}`)
      tally.add('downloadOutlet', `${agency}|${outlet}`)
      tally.add('downloadItem', `${agency}|media|${String(download.media)}`)
      const title = text(download.itemTitle)
      if (title > (downloadTitles.get(String(download.media)) ?? ''))
        downloadTitles.set(String(download.media), title)
    }
    rows.downloadsByCountry = tally.keyRows('downloadCountry')
    rows.downloadsByOutlet = tally.keyRows('downloadOutlet')
    rows.downloadTopItems = topRows({
      rows: tally.keyRows('downloadItem'),
      topItems: query.topItems,
      titleOf: (id) => downloadTitles.get(id) ?? null,
    })

    for await (const counter of readAll({
      payload: query.payload,
      collection: 'page-views' as CollectionSlug,
    })) {
      const collection = String(counter.itemCollection)
      const id = String(collection === 'articles' ? counter.article : counter.media)
      const agency = agencyOfItem.get(`${collection}:${id}`)
      const day = String(counter.day)
      if (!agency || !agencies.has(agency) || day < query.fromDay || day > query.toDay) continue
      tally.add('viewDay', `${agency}|${day}`, Number(counter.count))
      tally.add('viewItem', `${agency}|${collection}|${id}`, Number(counter.count))
    }
    rows.viewsByDay = tally.keyRows('viewDay')
    rows.viewTopItems = topRows({
      rows: tally.keyRows('viewItem'),
      topItems: query.topItems,
      titleOf: () => null,
    })
    return rows
  },
  addPageViews: () => Promise.reject(new Error('The baseline only reads')),
}

/** Every document of a collection, a page at a time, with access off and hooks on. */
async function* readAll({
  payload,
  collection,
  locale,
}: {
  payload: Payload
  collection: CollectionSlug
  locale?: 'all'
}): AsyncGenerator<Record<string, unknown>> {
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection,
      page,
      limit: 1000,
      depth: 0,
      sort: 'id',
      ...(locale ? { locale } : {}),
      overrideAccess: true,
    })
    yield* result.docs as unknown as Array<Record<string, unknown>>
    if (!result.hasNextPage) return
  }
}

/** The first `topItems` of each agency, by count then collection then id (as the SQL ranks). */
function topRows({
  rows,
  topItems,
  titleOf,
}: {
  rows: AgencyKeyCountRow[]
  topItems: number
  titleOf: (id: string) => string | null
}): TopItemRow[] {
  const byAgency = new Map<string, TopItemRow[]>()
  for (const row of rows) {
    const [collection, id] = row.key.split('|')
    const list = byAgency.get(row.agencyId) ?? []
    list.push({
      agencyId: row.agencyId,
      collection: collection as 'articles' | 'media',
      id: id!,
      count: row.count,
      title: titleOf(id!),
    })
    byAgency.set(row.agencyId, list)
  }
  return [...byAgency.values()].flatMap((list) =>
    list
      .sort(
        (a, b) =>
          b.count - a.count ||
          a.collection.localeCompare(b.collection) ||
          Number(a.id) - Number(b.id),
      )
      .slice(0, topItems),
  )
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = (sorted.length - 1) / 2
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2
}

/** Counters by measure and key (`agency|…`). */
class Tally {
  private readonly counts = new Map<string, Map<string, number>>()

  add(measure: string, key: string, by = 1): void {
    const counts = this.counts.get(measure) ?? new Map<string, number>()
    counts.set(key, (counts.get(key) ?? 0) + by)
    this.counts.set(measure, counts)
  }

  get(measure: string, key: string): number {
    return this.counts.get(measure)?.get(key) ?? 0
  }

  /** Every key any of `measures` (two or three) counted, with each measure's count (0 beyond). */
  entries(...measures: string[]): Array<[string, [number, number, number]]> {
    const keys = new Set(
      measures.flatMap((measure) => [...(this.counts.get(measure)?.keys() ?? [])]),
    )
    return [...keys].map((key) => {
      const [first = '', second = '', third = ''] = measures
      return [key, [this.get(first, key), this.get(second, key), this.get(third, key)]]
    })
  }

  countRows(measure: string): Array<{ agencyId: string; count: number }> {
    return [...(this.counts.get(measure) ?? [])].map(([agencyId, count]) => ({ agencyId, count }))
  }

  keyRows(measure: string): AgencyKeyCountRow[] {
    return [...(this.counts.get(measure) ?? [])].map(([key, count]) => {
      const separator = key.indexOf('|')
      return { agencyId: key.slice(0, separator), key: key.slice(separator + 1), count }
    })
  }
}

/** A stored text or date as text; nothing as an empty text. */
function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (value instanceof Date) return value.toISOString()
  return ''
}
