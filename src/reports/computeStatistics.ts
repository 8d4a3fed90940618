import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { requesterOf } from '../access/requester'
import { seesAllAgencies } from '../access/roles'
import { ForbiddenError, InvalidParameterError, NotSignedInError } from '../errors/AppError'
import { isLocale } from '../i18n/locales'
import { assembleStatistics, type StatisticsTarget } from './assembleStatistics'
import { mongoStatistics } from './mongoStatistics'
import { periodInstants } from './period'
import { EMPTY_FIGURE_ROWS, type StatisticsBackend, type TopItemRow } from './statisticsBackend'
import type { ComputeStatisticsArgs, Statistics, StatisticsAgency } from './statisticsTypes'
import { sqliteStatistics } from './sqliteStatistics'

/** How many items the top lists (downloads, views) keep. */
export const TOP_ITEMS = 10

/**
 * The statistics of a period for one agency or all those the requester may see, counted by the
 * database (src/reports/statisticsBackend.ts), never by reading every item. Staff only: a
 * department manager or an admin sees every agency, anyone else their own agency alone (asking
 * for another is 403). Documents (agencies, the top items' titles) are read as the requester,
 * access on; `overrideAccess` is for the system's own jobs (the periodic reports).
 */
export async function computeStatistics(args: ComputeStatisticsArgs): Promise<Statistics> {
  return computeStatisticsWith({ ...args, backend: statisticsBackend({ payload: args.payload }) })
}

/**
 * {@link computeStatistics} with the figures counted by `backend`: the bench's baseline counts
 * the same figures by reading every document (scripts/bench/reportsBaseline.ts).
 */
export async function computeStatisticsWith({
  payload,
  req,
  from,
  to,
  agencyCode,
  overrideAccess = false,
  backend,
}: ComputeStatisticsArgs & { backend: StatisticsBackend }): Promise<Statistics> {
  const agencies = await agenciesFor({ payload, req, agencyCode, overrideAccess })
  const { start, end } = periodInstants({ from, to })
  const [rows, targets] = await Promise.all([
    agencies.length === 0
      ? Promise.resolve(null)
      : backend.queryFigures({
          payload,
          start,
          end,
          fromDay: from,
          toDay: to,
          agencyIds: agencies.map((agency) => String(agency.id)),
          topItems: TOP_ITEMS,
        }),
    readTargets({ payload, req }),
  ])
  const figures = rows ?? EMPTY_FIGURE_ROWS
  return assembleStatistics({
    period: { from, to },
    generatedAt: new Date().toISOString(),
    agencies,
    targets,
    rows: figures,
    titles: await readTitles({
      payload,
      req,
      overrideAccess,
      items: [...figures.viewTopItems, ...figures.downloadTopItems],
    }),
    topItems: TOP_ITEMS,
  })
}

/** The backend module of the configured database. */
export function statisticsBackend({ payload }: { payload: Payload }): StatisticsBackend {
  return payload.db.name === 'mongoose' ? mongoStatistics : sqliteStatistics
}

/** The agencies whose figures the requester gets, sorted by code. */
async function agenciesFor({
  payload,
  req,
  agencyCode,
  overrideAccess,
}: {
  payload: Payload
  req: PayloadRequest
  agencyCode?: string
  overrideAccess: boolean
}): Promise<StatisticsAgency[]> {
  const requester = requesterOf({ user: req.user, now: new Date() })
  let where: Where = agencyCode === undefined ? {} : { code: { equals: agencyCode } }
  if (!overrideAccess) {
    if (requester.kind === 'anonymous') throw new NotSignedInError()
    if (requester.kind !== 'staff') throw new ForbiddenError()
    if (!seesAllAgencies({ user: req.user })) {
      if (requester.agencyId === null) throw new ForbiddenError()
      where = { and: [where, { id: { equals: requester.agencyId } }] }
    }
  }
  const { docs } = await payload.find({
    collection: slugs.agencies,
    where,
    sort: 'code',
    limit: 0,
    pagination: false,
    depth: 0,
    locale: isLocale(req.locale) ? req.locale : undefined,
    select: { code: true, name: true },
    overrideAccess,
    user: req.user,
    req,
  })
  if (agencyCode !== undefined && docs.length === 0) {
    // Another agency's code, for staff who see only their own, is a refusal, not a bad value.
    const exists = await payload.count({
      collection: slugs.agencies,
      where: { code: { equals: agencyCode } },
      overrideAccess: true,
    })
    if (exists.totalDocs > 0) throw new ForbiddenError()
    throw new InvalidParameterError({
      name: 'agency',
      expected: { key: 'statistics.expectedAgency' },
    })
  }
  return docs.map((doc) => ({ id: doc.id, code: doc.code, name: doc.name }))
}

/**
 * Every syndication target, named as the figures name it. Read with access off: targets are
 * admins' documents (their addresses and secrets), but a key and a name are what every
 * statistics reader must see to read the pushes; nothing else is selected.
 */
async function readTargets({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<StatisticsTarget[]> {
  const { docs } = await payload.find({
    collection: slugs.syndicationTargets,
    sort: 'key',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { key: true, name: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, key: doc.key ?? '', name: doc.name }))
}

/** The titles of the top items, read as the requester (an item it may not read keeps none). */
async function readTitles({
  payload,
  req,
  overrideAccess,
  items,
}: {
  payload: Payload
  req: PayloadRequest
  overrideAccess: boolean
  items: readonly TopItemRow[]
}): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  for (const collection of [slugs.articles, slugs.media] as const) {
    const ids = [
      ...new Set(items.filter((row) => row.collection === collection).map((row) => row.id)),
    ]
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      limit: 0,
      pagination: false,
      depth: 0,
      // The live document: what readers viewed and downloaded.
      locale: isLocale(req.locale) ? req.locale : undefined,
      select: collection === slugs.articles ? { title: true } : { displayTitle: true },
      overrideAccess,
      user: req.user,
      req,
    })
    for (const doc of docs as Array<{
      id: number | string
      title?: unknown
      displayTitle?: unknown
    }>) {
      const title = doc.title ?? doc.displayTitle
      if (typeof title === 'string' && title !== '') titles.set(`${collection}:${doc.id}`, title)
    }
  }
  return titles
}
