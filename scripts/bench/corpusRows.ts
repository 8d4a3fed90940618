import type { Payload } from 'payload'

import type { CorpusItem } from './searchCorpus'

const BATCH = 250

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
  const adapter = payload.db as unknown as {
    drizzle: {
      insert: (table: unknown) => { values: (rows: unknown[]) => unknown }
      batch: (statements: unknown[]) => Promise<unknown>
    }
    tables: Record<string, unknown>
  }
  const { drizzle, tables } = adapter
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
        for (const locale of locales) {
          add('articles_locales', {
            _parentID: data.id,
            _locale: locale,
            title: localized('title')[locale],
            summary: localized('summary')[locale],
            body: localized('body')[locale],
          })
        }
        ;(data.topics as number[]).forEach((topic, order) =>
          add('articles_rels', {
            parent: data.id,
            path: 'topics',
            order: order + 1,
            topicsID: topic,
          }),
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
        for (const locale of locales) {
          add('media_locales', {
            _parentID: data.id,
            _locale: locale,
            alt: localized('alt')[locale],
            caption: localized('caption')[locale],
          })
        }
      }
      ;(data.allowedUsers as number[]).forEach((user, order) =>
        add(`${collection}_rels`, {
          parent: data.id,
          path: 'allowedUsers',
          order: order + 1,
          usersID: user,
        }),
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
  const { drizzle, tables } = payload.db as unknown as {
    drizzle: {
      insert: (table: unknown) => { values: (rows: unknown[]) => unknown }
      batch: (statements: unknown[]) => Promise<unknown>
    }
    tables: Record<string, unknown>
  }
  const statements: unknown[] = []
  for (let start = 0; start < rows.length; start += BATCH)
    statements.push(drizzle.insert(tables[table]).values(rows.slice(start, start + BATCH)))
  await drizzle.batch(statements)
}
