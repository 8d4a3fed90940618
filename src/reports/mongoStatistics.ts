import type { Payload } from 'payload'

import { isLocale } from '../i18n/locales'
import {
  MEDIA_KIND_TO_ITEM_KIND,
  pageViewKey,
  type AgencyKeyCountRow,
  type CoverageRow,
  type FigureQuery,
  type FigureRows,
  type ItemRow,
  type PushRow,
  type StatisticsBackend,
  type StatisticsCollection,
  type TopItemRow,
} from './statisticsBackend'

/**
 * The statistics on MongoDB: the same figures as sqliteStatistics.ts, each an aggregation
 * pipeline over Payload's collections, grouped by agency, so the server counts and only the
 * groups come back. Payload stores dates as `Date`, relationships as ObjectIds, localized
 * fields as one object per field keyed by locale, arrays (the timeline) inside the document.
 * The median push time is taken from each group's list of hours, as MongoDB's `$median` is
 * approximate.
 */
export const mongoStatistics: StatisticsBackend = {
  queryFigures: async (query) => {
    const models = modelsOf({ payload: query.payload })
    const perCollection = await Promise.all(
      (['articles', 'media'] as const).map((collection) =>
        collectionFigures({ query, collection, model: models[collection]! }),
      ),
    )
    const [pushes, journalists, downloads, views] = await Promise.all([
      pushFigures({ query, models }),
      journalistFigures({ query, model: models.journalists! }),
      downloadFigures({ query, models }),
      viewFigures({ query, models }),
    ])
    return {
      items: perCollection.flatMap((figures) => figures.items),
      localesPublished: perCollection.flatMap((figures) => figures.localesPublished),
      withdrawn: perCollection.flatMap((figures) => figures.withdrawn),
      coverageBase: perCollection.flatMap((figures) => figures.coverageBase),
      coverage: perCollection.flatMap((figures) => figures.coverage),
      pushes,
      journalists,
      ...downloads,
      ...views,
    }
  },

  addPageViews: async ({ payload, views }) => {
    if (views.length === 0) return
    const model = modelsOf({ payload })['page-views']!
    const now = new Date()
    await model.bulkWrite(
      views.map((view) => ({
        updateOne: {
          filter: { key: pageViewKey(view) },
          update: {
            $inc: { count: view.count },
            $set: { updatedAt: now },
            $setOnInsert: {
              itemCollection: view.collection,
              [view.collection === 'articles' ? 'article' : 'media']: objectId({
                payload,
                id: view.id,
              }),
              day: view.day,
              createdAt: now,
            },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    )
  },
}

type Model = {
  aggregate: (pipeline: object[]) => Promise<Array<Record<string, unknown>>>
  bulkWrite: (operations: object[], options: object) => Promise<unknown>
  collection: { name: string }
}

function modelsOf({ payload }: { payload: Payload }): Record<string, Model> {
  return (payload.db as unknown as { collections: Record<string, Model> }).collections
}

function range(query: FigureQuery): { $gte: Date; $lt: Date } {
  return { $gte: new Date(query.start), $lt: new Date(query.end) }
}

function inRangeExpression({ value, query }: { value: unknown; query: FigureQuery }): object {
  return {
    $and: [{ $gte: [value, new Date(query.start)] }, { $lt: [value, new Date(query.end)] }],
  }
}

function agencyIds(query: FigureQuery): unknown[] {
  return query.agencyIds.map((id) => objectId({ payload: query.payload, id }))
}

/** An ObjectId, made by the adapter's own mongoose (the app does not depend on it directly). */
function objectId({ payload, id }: { payload: Payload; id: string }): unknown {
  const { mongoose } = payload.db as unknown as {
    mongoose: { Types: { ObjectId: new (id: string) => unknown } }
  }
  return new mongoose.Types.ObjectId(id)
}

async function collectionFigures({
  query,
  collection,
  model,
}: {
  query: FigureQuery
  collection: StatisticsCollection
  model: Model
}): Promise<
  Pick<FigureRows, 'items' | 'localesPublished' | 'withdrawn' | 'coverageBase' | 'coverage'>
> {
  const publishes = {
    $filter: {
      input: { $ifNull: ['$transitions', []] },
      as: 'step',
      cond: { $eq: ['$$step.action', 'publish'] },
    },
  }
  const firstOf = (locale: string) => ({
    $min: {
      $map: {
        input: {
          $filter: { input: '$publishes', as: 'step', cond: { $eq: ['$$step.locale', locale] } },
        },
        as: 'step',
        in: '$$step.at',
      },
    },
  })
  const stillPublished = {
    firstVi: range(query),
    workflowState: 'published',
  }
  const [result] = await model.aggregate([
    { $match: { agency: { $in: agencyIds(query) } } },
    {
      $project: {
        agency: 1,
        kind: collection === 'articles' ? 'article' : '$kind',
        infoType: collection === 'articles' ? '$infoType' : null,
        createdAt: 1,
        workflowState: 1,
        sourceRevision: { $ifNull: ['$sourceRevision', 1] },
        publishedLocales: { $ifNull: ['$publishedLocales', []] },
        translation: { $objectToArray: { $ifNull: ['$translation', {}] } },
        publishes,
        isWithdrawn: {
          $anyElementTrue: [
            {
              $map: {
                input: { $ifNull: ['$transitions', []] },
                as: 'step',
                in: {
                  $and: [
                    { $eq: ['$$step.action', 'withdraw'] },
                    inRangeExpression({ value: '$$step.at', query }),
                  ],
                },
              },
            },
          ],
        },
      },
    },
    { $addFields: { firstVi: firstOf('vi') } },
    {
      $facet: {
        supplied: [
          { $match: { createdAt: range(query) } },
          {
            $group: {
              _id: { agency: '$agency', kind: '$kind', infoType: '$infoType' },
              count: { $sum: 1 },
            },
          },
        ],
        published: [
          { $match: { firstVi: range(query) } },
          {
            $group: {
              _id: { agency: '$agency', kind: '$kind', infoType: '$infoType' },
              count: { $sum: 1 },
            },
          },
        ],
        locales: [
          { $unwind: '$publishes' },
          {
            $group: {
              _id: { item: '$_id', agency: '$agency', locale: '$publishes.locale' },
              at: { $min: '$publishes.at' },
            },
          },
          { $match: { at: range(query) } },
          { $group: { _id: { agency: '$_id.agency', key: '$_id.locale' }, count: { $sum: 1 } } },
        ],
        withdrawn: [
          { $match: { isWithdrawn: true } },
          { $group: { _id: { agency: '$agency' }, count: { $sum: 1 } } },
        ],
        coverageBase: [
          { $match: stillPublished },
          { $group: { _id: { agency: '$agency' }, count: { $sum: 1 } } },
        ],
        coverage: [
          { $match: stillPublished },
          { $unwind: '$publishedLocales' },
          {
            $addFields: {
              state: {
                $first: {
                  $filter: {
                    input: '$translation',
                    as: 'entry',
                    cond: { $eq: ['$$entry.k', '$publishedLocales'] },
                  },
                },
              },
            },
          },
          {
            $group: {
              _id: { agency: '$agency', locale: '$publishedLocales' },
              published: { $sum: 1 },
              stale: {
                $sum: {
                  $cond: [
                    {
                      $and: [
                        { $ne: ['$publishedLocales', 'vi'] },
                        { $eq: ['$state.v.status', 'approved'] },
                        {
                          $lt: [
                            { $ifNull: ['$state.v.translatedFromRevision', 0] },
                            '$sourceRevision',
                          ],
                        },
                      ],
                    },
                    1,
                    0,
                  ],
                },
              },
            },
          },
        ],
      },
    },
  ])
  const facets = (result ?? {}) as Record<string, Array<Record<string, unknown>>>
  const items = new Map<string, ItemRow>()
  for (const [measure, rows] of [
    ['supplied', facets.supplied ?? []],
    ['published', facets.published ?? []],
  ] as const) {
    for (const row of rows) {
      const id = row._id as { agency: unknown; kind: unknown; infoType: unknown }
      const key = `${String(id.agency)}|${String(id.kind)}|${String(id.infoType)}`
      const item = items.get(key) ?? {
        agencyId: String(id.agency),
        kind:
          collection === 'articles'
            ? 'article'
            : (MEDIA_KIND_TO_ITEM_KIND[String(id.kind)] ?? 'photo'),
        infoType: typeof id.infoType === 'string' ? id.infoType : null,
        supplied: 0,
        published: 0,
      }
      item[measure] += Number(row.count)
      items.set(key, item)
    }
  }
  return {
    items: [...items.values()],
    localesPublished: (facets.locales ?? []).map(keyCountRow),
    withdrawn: (facets.withdrawn ?? []).map(countRow),
    coverageBase: (facets.coverageBase ?? []).map(countRow),
    coverage: (facets.coverage ?? []).flatMap((row): CoverageRow[] => {
      const id = row._id as { agency: unknown; locale: unknown }
      return isLocale(id.locale)
        ? [
            {
              agencyId: String(id.agency),
              locale: id.locale,
              published: Number(row.published),
              stale: Number(row.stale),
            },
          ]
        : []
    }),
  }
}

/** Deliveries name their item by collection and id (text): the item's agency is looked up. */
async function pushFigures({
  query,
  models,
}: {
  query: FigureQuery
  models: Record<string, Model>
}): Promise<PushRow[]> {
  const lookup = (collection: StatisticsCollection) => ({
    $lookup: {
      from: models[collection]!.collection.name,
      let: { id: { $convert: { input: '$itemId', to: 'objectId', onError: null, onNull: null } } },
      pipeline: [{ $match: { $expr: { $eq: ['$_id', '$$id'] } } }, { $project: { agency: 1 } }],
      as: collection,
    },
  })
  const rows = await models.deliveries!.aggregate([
    { $match: { createdAt: range(query), status: { $in: ['delivered', 'failed'] } } },
    lookup('articles'),
    lookup('media'),
    {
      $addFields: {
        agency: {
          $ifNull: [{ $first: '$articles.agency' }, { $first: '$media.agency' }],
        },
        isAcknowledged: {
          $and: [
            { $eq: ['$status', 'delivered'] },
            { $gt: [{ $strLenCP: { $ifNull: ['$receiptId', ''] } }, 0] },
          ],
        },
      },
    },
    { $match: { agency: { $in: agencyIds(query) } } },
    {
      $lookup: {
        from: models['sync-events']!.collection.name,
        localField: 'event',
        foreignField: '_id',
        pipeline: [{ $project: { createdAt: 1 } }],
        as: 'event',
      },
    },
    {
      $group: {
        _id: { agency: '$agency', target: '$target' },
        delivered: { $sum: { $cond: [{ $eq: ['$status', 'delivered'] }, 1, 0] } },
        acknowledged: { $sum: { $cond: ['$isAcknowledged', 1, 0] } },
        failed: { $sum: { $cond: [{ $eq: ['$status', 'failed'] }, 1, 0] } },
        hours: {
          $push: {
            $cond: [
              {
                $and: [
                  '$isAcknowledged',
                  { $eq: ['$kind', 'upsert'] },
                  '$deliveredAt',
                  { $first: '$event.createdAt' },
                ],
              },
              {
                $divide: [
                  { $subtract: ['$deliveredAt', { $first: '$event.createdAt' }] },
                  3_600_000,
                ],
              },
              '$$REMOVE',
            ],
          },
        },
      },
    },
  ])
  const perTarget = new Map<string, number[]>()
  const pushes: PushRow[] = []
  for (const row of rows) {
    const id = row._id as { agency: unknown; target: unknown }
    const hours = (row.hours as number[]) ?? []
    const target = String(id.target)
    perTarget.set(target, [...(perTarget.get(target) ?? []), ...hours])
    pushes.push({
      agencyId: String(id.agency),
      targetId: target,
      delivered: Number(row.delivered),
      acknowledged: Number(row.acknowledged),
      failed: Number(row.failed),
      medianHoursToAck: median(hours),
    })
  }
  for (const [targetId, hours] of perTarget) {
    pushes.push({
      agencyId: null,
      targetId,
      delivered: 0,
      acknowledged: 0,
      failed: 0,
      medianHoursToAck: median(hours),
    })
  }
  return pushes
}

async function journalistFigures({
  query,
  model,
}: {
  query: FigureQuery
  model: Model
}): Promise<FigureRows['journalists']> {
  const registered = inRangeExpression({ value: '$createdAt', query })
  const accredited = {
    $and: [
      { $eq: ['$accreditationStatus', 'approved'] },
      inRangeExpression({ value: { $ifNull: ['$accreditationDecidedAt', new Date(0)] }, query }),
    ],
  }
  const rows = await model.aggregate([
    { $match: { $or: [{ createdAt: range(query) }, { accreditationDecidedAt: range(query) }] } },
    {
      $group: {
        _id: {
          $cond: [
            { $gt: [{ $strLenCP: { $ifNull: ['$country', ''] } }, 0] },
            '$country',
            'unknown',
          ],
        },
        registered: { $sum: { $cond: [registered, 1, 0] } },
        accredited: { $sum: { $cond: [accredited, 1, 0] } },
      },
    },
    { $match: { $or: [{ registered: { $gt: 0 } }, { accredited: { $gt: 0 } }] } },
  ])
  return rows.map((row) => ({
    country: String(row._id),
    registered: Number(row.registered),
    accredited: Number(row.accredited),
  }))
}

async function downloadFigures({
  query,
  models,
}: {
  query: FigureQuery
  models: Record<string, Model>
}): Promise<Pick<FigureRows, 'downloadsByCountry' | 'downloadsByOutlet' | 'downloadTopItems'>> {
  const known = (field: string) => ({
    $let: {
      vars: { value: { $trim: { input: { $ifNull: [field, ''] } } } },
      in: { $cond: [{ $gt: [{ $strLenCP: '$$value' }, 0] }, '$$value', 'unknown'] },
    },
  })
  const [result] = await models['media-downloads']!.aggregate([
    { $match: { createdAt: range(query) } },
    {
      $lookup: {
        from: models.media!.collection.name,
        localField: 'media',
        foreignField: '_id',
        pipeline: [{ $project: { agency: 1 } }],
        as: 'item',
      },
    },
    { $addFields: { agency: { $first: '$item.agency' } } },
    { $match: { agency: { $in: agencyIds(query) } } },
    {
      $lookup: {
        from: models.journalists!.collection.name,
        localField: 'journalist',
        foreignField: '_id',
        pipeline: [{ $project: { country: 1, outlet: 1 } }],
        as: 'journalist',
      },
    },
    {
      $addFields: {
        country: { $first: '$journalist.country' },
        outlet: { $first: '$journalist.outlet' },
      },
    },
    {
      $facet: {
        byCountry: [
          { $group: { _id: { agency: '$agency', key: known('$country') }, count: { $sum: 1 } } },
        ],
        byOutlet: [
          { $group: { _id: { agency: '$agency', key: known('$outlet') }, count: { $sum: 1 } } },
        ],
        top: [
          {
            $group: {
              _id: { agency: '$agency', id: '$media' },
              count: { $sum: 1 },
              title: { $max: '$itemTitle' },
            },
          },
          ...topStages({ query }),
        ],
      },
    },
  ])
  const facets = (result ?? {}) as Record<string, Array<Record<string, unknown>>>
  return {
    downloadsByCountry: (facets.byCountry ?? []).map(keyCountRow),
    downloadsByOutlet: (facets.byOutlet ?? []).map(keyCountRow),
    downloadTopItems: (facets.top ?? []).map((row) => topItemRow({ row, collection: 'media' })),
  }
}

async function viewFigures({
  query,
  models,
}: {
  query: FigureQuery
  models: Record<string, Model>
}): Promise<Pick<FigureRows, 'viewsByDay' | 'viewTopItems'>> {
  const lookup = (collection: StatisticsCollection, field: string) => ({
    $lookup: {
      from: models[collection]!.collection.name,
      localField: field,
      foreignField: '_id',
      pipeline: [{ $project: { agency: 1 } }],
      as: `${field}Item`,
    },
  })
  const [result] = await models['page-views']!.aggregate([
    { $match: { day: { $gte: query.fromDay, $lte: query.toDay } } },
    lookup('articles', 'article'),
    lookup('media', 'media'),
    {
      $addFields: {
        agency: { $ifNull: [{ $first: '$articleItem.agency' }, { $first: '$mediaItem.agency' }] },
        item: { $ifNull: ['$article', '$media'] },
      },
    },
    { $match: { agency: { $in: agencyIds(query) } } },
    {
      $facet: {
        byDay: [
          { $group: { _id: { agency: '$agency', key: '$day' }, count: { $sum: '$count' } } },
          { $sort: { '_id.key': 1 } },
        ],
        top: [
          {
            $group: {
              _id: { agency: '$agency', collection: '$itemCollection', id: '$item' },
              count: { $sum: '$count' },
            },
          },
          ...topStages({ query }),
        ],
      },
    },
  ])
  const facets = (result ?? {}) as Record<string, Array<Record<string, unknown>>>
  return {
    viewsByDay: (facets.byDay ?? []).map(keyCountRow),
    viewTopItems: (facets.top ?? []).map((row) =>
      topItemRow({
        row,
        collection:
          (row._id as { collection?: unknown }).collection === 'articles' ? 'articles' : 'media',
      }),
    ),
  }
}

/** Each agency's first `topItems` groups, most counted first, then by id. */
function topStages({ query }: { query: FigureQuery }): object[] {
  return [
    { $sort: { count: -1, '_id.collection': 1, '_id.id': 1 } },
    { $group: { _id: '$_id.agency', rows: { $push: '$$ROOT' } } },
    { $project: { rows: { $slice: ['$rows', query.topItems] } } },
    { $unwind: '$rows' },
    { $replaceRoot: { newRoot: '$rows' } },
  ]
}

function countRow(row: Record<string, unknown>): { agencyId: string; count: number } {
  return { agencyId: String((row._id as { agency: unknown }).agency), count: Number(row.count) }
}

function keyCountRow(row: Record<string, unknown>): AgencyKeyCountRow {
  const id = row._id as { agency: unknown; key: unknown }
  return { agencyId: String(id.agency), key: String(id.key), count: Number(row.count) }
}

function topItemRow({
  row,
  collection,
}: {
  row: Record<string, unknown>
  collection: StatisticsCollection
}): TopItemRow {
  const id = row._id as { agency: unknown; id: unknown }
  return {
    agencyId: String(id.agency),
    collection,
    id: String(id.id),
    count: Number(row.count),
    title: typeof row.title === 'string' ? row.title : null,
  }
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = (sorted.length - 1) / 2
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2
}
