import type { Payload } from 'payload'

import type { CorpusItem } from './searchCorpus'

const BATCH = 250

/** The localized columns each collection's `_locales` table holds for the corpus. */
const LOCALIZED_FIELDS: Record<CorpusItem['collection'], string[]> = {
  articles: ['title', 'summary', 'body'],
  media: ['alt', 'caption'],
}

type SqlAdapter = {
  drizzle: {
    insert: (table: unknown) => { values: (rows: unknown[]) => unknown }
    batch: (statements: unknown[]) => Promise<unknown>
  }
  tables: Record<string, unknown>
}

/**
 * Inserts corpus items as rows, batch by batch, straight into the tables Payload reads: no
 * hooks, no versions, no change log. Benches use it to hold realistic data in seconds rather
 * than the minutes the Local API's create takes per ten thousand items. SQL adapters only.
 */
export async function insertCorpusRows({
  payload,
  items,
}: {
  payload: Payload
  items: CorpusItem[]
}): Promise<void> {
  const { drizzle, tables } = sqlAdapter({ payload })
  for (let start = 0; start < items.length; start += BATCH) {
    const rows: Record<string, unknown[]> = {}
    const add = (table: string, row: Record<string, unknown>) => (rows[table] ??= []).push(row)
    for (const { collection, data } of items.slice(start, start + BATCH)) {
      const locales = Object.keys((collection === 'articles' ? data.title : data.alt) as object)
      const control = {
        id: data.id,
        agency: data.agency,
        accessTier: data.accessTier,
        embargoUntil: data.embargoUntil,
        withdrawnAt: data.withdrawnAt,
        workflowState: data.workflowState,
        classification: data.classification,
        sourceRevision: 1,
        createdAt: data.createdAt,
        updatedAt: data.updatedAt,
        _status: data._status,
      }
      const localized = (field: string) => (data[field] as Record<string, unknown>) ?? {}
      if (collection === 'articles') {
        add('articles', { ...control, infoType: data.infoType, eventDate: data.eventDate })
        relationRows({ data, path: 'topics', column: 'topicsID' }).forEach((row) =>
          add('articles_rels', row),
        )
      } else {
        add('media', {
          ...control,
          kind: data.kind,
          credit: data.credit,
          dateTaken: data.dateTaken,
          filename: data.filename,
          mimeType:
            data.kind === 'image'
              ? 'image/jpeg'
              : data.kind === 'video'
                ? 'video/mp4'
                : 'application/pdf',
          licence: 'editorial-use',
          modelRelease: 'not-applicable',
        })
      }
      for (const locale of locales) {
        const row: Record<string, unknown> = { _parentID: data.id, _locale: locale }
        for (const field of LOCALIZED_FIELDS[collection]) row[field] = localized(field)[locale]
        add(`${collection}_locales`, row)
      }
      relationRows({ data, path: 'allowedUsers', column: 'usersID' }).forEach((row) =>
        add(`${collection}_rels`, row),
      )
      ;(data.publishedLocales as string[]).forEach((locale, order) =>
        add(`${collection}_published_locales`, {
          parent: data.id,
          order: order + 1,
          value: locale,
        }),
      )
    }
    const statements = Object.entries(rows).map(([table, values]) =>
      drizzle.insert(tables[table]).values(values),
    )
    await drizzle.batch(statements)
  }
}

/** Inserts rows into one of Payload's SQL tables (by its Drizzle name), batch by batch. */
export async function insertTableRows({
  payload,
  table,
  rows,
}: {
  payload: Payload
  table: string
  rows: Array<Record<string, unknown>>
}): Promise<void> {
  const { drizzle, tables } = sqlAdapter({ payload })
  const statements: unknown[] = []
  for (let start = 0; start < rows.length; start += BATCH)
    statements.push(drizzle.insert(tables[table]).values(rows.slice(start, start + BATCH)))
  await drizzle.batch(statements)
}

/** The Drizzle handle and tables of Payload's SQL adapter, which these benches write to directly. */
function sqlAdapter({ payload }: { payload: Payload }): SqlAdapter {
  return payload.db as unknown as SqlAdapter
}

/** One `_rels` row per id in `data[path]`, in order, as Payload stores a hasMany relationship. */
function relationRows({
  data,
  path,
  column,
}: {
  data: CorpusItem['data']
  path: string
  column: string
}): Array<Record<string, unknown>> {
  return (data[path] as number[]).map((id, order) => ({
    parent: data.id,
    path,
    order: order + 1,
    [column]: id,
  }))
}
