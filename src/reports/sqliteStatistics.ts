import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { isLocale } from '../i18n/locales'
import {
  MEDIA_KIND_TO_ITEM_KIND,
  pageViewKey,
  type AgencyCountRow,
  type AgencyKeyCountRow,
  type CountryRow,
  type CoverageRow,
  type FigureQuery,
  type FigureRows,
  type ItemRow,
  type PushRow,
  type StatisticsBackend,
  type StatisticsCollection,
  type TopItemRow,
} from './statisticsBackend'

type SQL = ReturnType<typeof sql>

/**
 * The statistics on SQLite: each figure is one SQL statement over Payload's own tables (the
 * adapter's Drizzle handle), grouped by agency, so the database counts and only the groups come
 * back. Dates are ISO 8601 text in UTC, as Payload writes them, so they compare as text.
 *
 * "First published" is the earliest `publish` step of the item's timeline in that locale (the
 * `_transitions` table of the live document: publications and withdrawals always write it).
 */
export const sqliteStatistics: StatisticsBackend = {
  queryFigures: async (query) => {
    const run = runner({ payload: query.payload })
    const perCollection = await Promise.all(
      COLLECTIONS.map((collection) => collectionFigures({ run, query, collection })),
    )
    const [pushes, medians, journalists, downloads, views] = await Promise.all([
      run<PushRow>(pushCountsSql({ query })),
      run<PushRow>(pushMediansSql({ query })),
      run<CountryRow>(journalistsSql({ query })),
      downloadFigures({ run, query }),
      viewFigures({ run, query }),
    ])
    return {
      items: perCollection.flatMap((figures) => figures.items),
      localesPublished: perCollection.flatMap((figures) => figures.localesPublished),
      withdrawn: perCollection.flatMap((figures) => figures.withdrawn),
      coverageBase: perCollection.flatMap((figures) => figures.coverageBase),
      coverage: perCollection.flatMap((figures) => figures.coverage),
      pushes: [...pushes, ...medians].map(normalisePush),
      journalists: journalists.map((row) => ({
        country: String(row.country),
        registered: Number(row.registered),
        accredited: Number(row.accredited),
      })),
      ...downloads,
      ...views,
    }
  },

  addPageViews: async ({ payload, views }) => {
    if (views.length === 0) return
    const { drizzle, tables } = payload.db as unknown as SqliteHandle
    const table = tables.page_views as Record<string, unknown>
    const now = new Date().toISOString()
    const rows = views.map((view) => ({
      key: pageViewKey(view),
      itemCollection: view.collection,
      [view.collection === 'articles' ? 'article' : 'media']: Number(view.id),
      day: view.day,
      count: view.count,
      createdAt: now,
      updatedAt: now,
    }))
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      await drizzle
        .insert(table)
        .values(rows.slice(start, start + INSERT_BATCH))
        .onConflictDoUpdate({
          target: table.key,
          set: { count: sql`${sql.identifier('count')} + excluded.count`, updatedAt: now },
        })
    }
  },
}

const COLLECTIONS: readonly StatisticsCollection[] = ['articles', 'media']

const INSERT_BATCH = 200

type SqliteHandle = {
  drizzle: {
    all: (query: SQL) => Promise<Array<Record<string, unknown>>>
    insert: (table: unknown) => {
      values: (rows: unknown[]) => {
        onConflictDoUpdate: (config: { target: unknown; set: Record<string, unknown> }) => unknown
      }
    }
  }
  tables: Record<string, unknown>
}

type Run = <Row>(query: SQL) => Promise<Row[]>

function runner({ payload }: { payload: Payload }): Run {
  const { drizzle } = payload.db as unknown as SqliteHandle
  return async <Row>(query: SQL) => (await drizzle.all(query)) as Row[]
}

/** `agency_id IN (…)` for the agencies asked for (never empty: the caller asks for at least one). */
function inAgencies({ column, query }: { column: SQL; query: FigureQuery }): SQL {
  return sql`${column} IN (${sql.join(
    query.agencyIds.map((id) => sql`${Number(id)}`),
    sql`, `,
  )})`
}

function inPeriod({ column, query }: { column: SQL; query: FigureQuery }): SQL {
  return sql`${column} >= ${query.start} AND ${column} < ${query.end}`
}

/** The figures of one item collection: supplied, published, by locale, withdrawn, coverage. */
async function collectionFigures({
  run,
  query,
  collection,
}: {
  run: Run
  query: FigureQuery
  collection: StatisticsCollection
}): Promise<
  Pick<FigureRows, 'items' | 'localesPublished' | 'withdrawn' | 'coverageBase' | 'coverage'>
> {
  const items = sql.identifier(collection)
  const transitions = sql.identifier(`${collection}_transitions`)
  const locales = sql.identifier(`${collection}_locales`)
  const publishedLocales = sql.identifier(`${collection}_published_locales`)
  const agency = sql`i.agency_id`
  const kind = collection === 'articles' ? sql`'article'` : sql`i.kind`
  const infoType = collection === 'articles' ? sql`i.info_type` : sql`NULL`
  const firstPublished = sql`SELECT _parent_id AS id, MIN("at") AS at FROM ${transitions}
    WHERE action = 'publish' AND locale = 'vi' GROUP BY _parent_id`
  const scope = inAgencies({ column: agency, query })

  const [itemRows, localeRows, withdrawnRows, baseRows, coverageRows] = await Promise.all([
    run<Record<string, unknown>>(sql`
      SELECT agency_id AS "agencyId", kind, info_type AS "infoType",
        SUM(supplied) AS supplied, SUM(published) AS published
      FROM (
        SELECT ${agency} AS agency_id, ${kind} AS kind, ${infoType} AS info_type,
          1 AS supplied, 0 AS published
        FROM ${items} i WHERE ${scope} AND ${inPeriod({ column: sql`i.created_at`, query })}
        UNION ALL
        SELECT ${agency}, ${kind}, ${infoType}, 0, 1
        FROM (${firstPublished}) f JOIN ${items} i ON i.id = f.id
        WHERE ${scope} AND ${inPeriod({ column: sql`f.at`, query })}
      )
      GROUP BY agency_id, kind, info_type`),
    run<Record<string, unknown>>(sql`
      SELECT ${agency} AS "agencyId", f.locale AS key, COUNT(*) AS count
      FROM (SELECT _parent_id AS id, locale, MIN("at") AS at FROM ${transitions}
        WHERE action = 'publish' GROUP BY _parent_id, locale) f
      JOIN ${items} i ON i.id = f.id
      WHERE ${scope} AND ${inPeriod({ column: sql`f.at`, query })}
      GROUP BY ${agency}, f.locale`),
    run<Record<string, unknown>>(sql`
      SELECT ${agency} AS "agencyId", COUNT(DISTINCT t._parent_id) AS count
      FROM ${transitions} t JOIN ${items} i ON i.id = t._parent_id
      WHERE t.action = 'withdraw' AND ${scope} AND ${inPeriod({ column: sql`t."at"`, query })}
      GROUP BY ${agency}`),
    run<Record<string, unknown>>(sql`
      SELECT ${agency} AS "agencyId", COUNT(*) AS count
      FROM (${firstPublished}) f JOIN ${items} i ON i.id = f.id
      WHERE ${scope} AND ${inPeriod({ column: sql`f.at`, query })}
        AND i.workflow_state = 'published'
      GROUP BY ${agency}`),
    // Stale: the live translation was approved from an older revision of the live Vietnamese
    // source (the rule of src/workflow/hooks.ts deriveStaleness).
    run<Record<string, unknown>>(sql`
      SELECT ${agency} AS "agencyId", p.value AS locale, COUNT(*) AS published,
        SUM(CASE WHEN p.value <> 'vi' AND l.translation_status = 'approved'
          AND COALESCE(l.translation_translated_from_revision, 0) < COALESCE(i.source_revision, 1)
          THEN 1 ELSE 0 END) AS stale
      FROM (${firstPublished}) f
      JOIN ${items} i ON i.id = f.id
      JOIN ${publishedLocales} p ON p.parent_id = i.id
      LEFT JOIN ${locales} l ON l._parent_id = i.id AND l._locale = p.value
      WHERE ${scope} AND ${inPeriod({ column: sql`f.at`, query })}
        AND i.workflow_state = 'published'
      GROUP BY ${agency}, p.value`),
  ])
  return {
    items: itemRows.map(
      (row): ItemRow => ({
        agencyId: String(row.agencyId),
        kind:
          collection === 'articles'
            ? 'article'
            : (MEDIA_KIND_TO_ITEM_KIND[String(row.kind)] ?? 'photo'),
        infoType: typeof row.infoType === 'string' ? row.infoType : null,
        supplied: Number(row.supplied),
        published: Number(row.published),
      }),
    ),
    localesPublished: localeRows.map(keyCountRow),
    withdrawn: withdrawnRows.map(countRow),
    coverageBase: baseRows.map(countRow),
    coverage: coverageRows.flatMap((row): CoverageRow[] =>
      isLocale(row.locale)
        ? [
            {
              agencyId: String(row.agencyId),
              locale: row.locale,
              published: Number(row.published),
              stale: Number(row.stale),
            },
          ]
        : [],
    ),
  }
}

/** The agency of a delivery's item: deliveries name their item by collection and id (text). */
const DELIVERY_AGENCY = sql`COALESCE(a.agency_id, m.agency_id)`
const DELIVERY_ITEMS = sql`
  LEFT JOIN articles a ON d.item_collection = 'articles' AND a.id = CAST(d.item_id AS INTEGER)
  LEFT JOIN media m ON d.item_collection = 'media' AND m.id = CAST(d.item_id AS INTEGER)`

function pushCountsSql({ query }: { query: FigureQuery }): SQL {
  return sql`
    SELECT ${DELIVERY_AGENCY} AS "agencyId", d.target_id AS "targetId",
      SUM(d.status = 'delivered') AS delivered,
      SUM(d.status = 'delivered' AND COALESCE(d.receipt_id, '') <> '') AS acknowledged,
      SUM(d.status = 'failed') AS failed,
      NULL AS "medianHoursToAck"
    FROM deliveries d ${DELIVERY_ITEMS}
    WHERE ${inAgencies({ column: DELIVERY_AGENCY, query })}
      AND ${inPeriod({ column: sql`d.created_at`, query })}
    GROUP BY ${DELIVERY_AGENCY}, d.target_id`
}

/**
 * The median time from a version's publication (its change-log entry) to the target's receipt,
 * per agency and target and (agency NULL) per target over all the agencies: SQLite has no
 * MEDIAN, so the middle one or two of each group's ordered rows are averaged.
 */
function pushMediansSql({ query }: { query: FigureQuery }): SQL {
  const acknowledged = sql`
    SELECT ${DELIVERY_AGENCY} AS agency, d.target_id AS target,
      (julianday(d.delivered_at) - julianday(e.created_at)) * 24 AS hours
    FROM deliveries d ${DELIVERY_ITEMS}
    JOIN sync_events e ON e.id = d.event_id
    WHERE d.status = 'delivered' AND COALESCE(d.receipt_id, '') <> '' AND d.kind = 'upsert'
      AND d.delivered_at IS NOT NULL
      AND ${inAgencies({ column: DELIVERY_AGENCY, query })}
      AND ${inPeriod({ column: sql`d.created_at`, query })}`
  const median = (partition: SQL, agency: SQL) => sql`
    SELECT ${agency} AS "agencyId", target AS "targetId", 0 AS delivered, 0 AS acknowledged,
      0 AS failed, AVG(hours) AS "medianHoursToAck"
    FROM (SELECT agency, target, hours,
        ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY hours) AS position,
        COUNT(*) OVER (PARTITION BY ${partition}) AS size
      FROM acknowledged)
    WHERE position IN ((size + 1) / 2, (size + 2) / 2)
    GROUP BY ${partition}`
  return sql`
    WITH acknowledged AS (${acknowledged})
    ${median(sql`agency, target`, sql`agency`)}
    UNION ALL
    ${median(sql`target`, sql`NULL`)}`
}

function normalisePush(row: PushRow): PushRow {
  return {
    agencyId: row.agencyId === null ? null : String(row.agencyId),
    targetId: String(row.targetId),
    delivered: Number(row.delivered),
    acknowledged: Number(row.acknowledged),
    failed: Number(row.failed),
    medianHoursToAck: row.medianHoursToAck === null ? null : Number(row.medianHoursToAck),
  }
}

/** Journalists belong to no agency: registered and accredited in the period, by country. */
function journalistsSql({ query }: { query: FigureQuery }): SQL {
  const registered = inPeriod({ column: sql`created_at`, query })
  const accredited = sql`accreditation_status = 'approved' AND ${inPeriod({
    column: sql`accreditation_decided_at`,
    query,
  })}`
  return sql`
    SELECT COALESCE(NULLIF(country, ''), 'unknown') AS country,
      SUM(${registered}) AS registered, SUM(${accredited}) AS accredited
    FROM journalists
    WHERE (${registered}) OR (${accredited})
    GROUP BY 1`
}

async function downloadFigures({
  run,
  query,
}: {
  run: Run
  query: FigureQuery
}): Promise<Pick<FigureRows, 'downloadsByCountry' | 'downloadsByOutlet' | 'downloadTopItems'>> {
  const from = sql`
    FROM media_downloads d
    JOIN media m ON m.id = d.media_id
    LEFT JOIN journalists j ON j.id = d.journalist_id
    WHERE ${inAgencies({ column: sql`m.agency_id`, query })}
      AND ${inPeriod({ column: sql`d.created_at`, query })}`
  const byKey = (key: SQL) => sql`
    SELECT m.agency_id AS "agencyId", COALESCE(NULLIF(TRIM(${key}), ''), 'unknown') AS key,
      COUNT(*) AS count ${from}
    GROUP BY 1, 2`
  const [byCountry, byOutlet, top] = await Promise.all([
    run<Record<string, unknown>>(byKey(sql`j.country`)),
    run<Record<string, unknown>>(byKey(sql`j.outlet`)),
    run<Record<string, unknown>>(
      topItemsSql({
        query,
        grouped: sql`SELECT m.agency_id AS agency, 'media' AS collection, d.media_id AS id,
          COUNT(*) AS count, MAX(d.item_title) AS title ${from}
          GROUP BY m.agency_id, d.media_id`,
      }),
    ),
  ])
  return {
    downloadsByCountry: byCountry.map(keyCountRow),
    downloadsByOutlet: byOutlet.map(keyCountRow),
    downloadTopItems: top.map(topItemRow),
  }
}

async function viewFigures({
  run,
  query,
}: {
  run: Run
  query: FigureQuery
}): Promise<Pick<FigureRows, 'viewsByDay' | 'viewTopItems'>> {
  const agency = sql`COALESCE(a.agency_id, m.agency_id)`
  const from = sql`
    FROM page_views v
    LEFT JOIN articles a ON a.id = v.article_id
    LEFT JOIN media m ON m.id = v.media_id
    WHERE ${inAgencies({ column: agency, query })}
      AND v.day >= ${query.fromDay} AND v.day <= ${query.toDay}`
  const [byDay, top] = await Promise.all([
    run<Record<string, unknown>>(sql`
      SELECT ${agency} AS "agencyId", v.day AS key, SUM(v.count) AS count ${from}
      GROUP BY 1, 2 ORDER BY 2`),
    run<Record<string, unknown>>(
      topItemsSql({
        query,
        grouped: sql`SELECT ${agency} AS agency, v.item_collection AS collection,
          COALESCE(v.article_id, v.media_id) AS id, SUM(v.count) AS count, NULL AS title ${from}
          GROUP BY 1, 2, 3`,
      }),
    ),
  ])
  return { viewsByDay: byDay.map(keyCountRow), viewTopItems: top.map(topItemRow) }
}

/** The first `topItems` rows of each agency from `grouped` (agency, collection, id, count, title). */
function topItemsSql({ query, grouped }: { query: FigureQuery; grouped: SQL }): SQL {
  return sql`
    SELECT agency AS "agencyId", collection, id, count, title FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY agency ORDER BY count DESC, collection, id) AS rank
      FROM (${grouped}))
    WHERE rank <= ${query.topItems}
    ORDER BY agency, rank`
}

function countRow(row: Record<string, unknown>): AgencyCountRow {
  return { agencyId: String(row.agencyId), count: Number(row.count) }
}

function keyCountRow(row: Record<string, unknown>): AgencyKeyCountRow {
  return { agencyId: String(row.agencyId), key: String(row.key), count: Number(row.count) }
}

function topItemRow(row: Record<string, unknown>): TopItemRow {
  return {
    agencyId: String(row.agencyId),
    collection: row.collection === 'articles' ? 'articles' : 'media',
    id: String(row.id),
    count: Number(row.count),
    title: typeof row.title === 'string' ? row.title : null,
  }
}
