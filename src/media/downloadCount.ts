import { eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

type SqlAdapter = {
  name: string
  drizzle: {
    update: (table: unknown) => {
      set: (values: Record<string, unknown>) => { where: (condition: unknown) => Promise<unknown> }
    }
  }
  tables: Record<string, Record<string, unknown>>
}

type MongoAdapter = {
  name: 'mongoose'
  collections: Record<string, { updateOne: (filter: object, update: object) => Promise<unknown> }>
}

/**
 * Adds one to an item's `downloadCount` in a single statement on the database (an SQL
 * `count = count + 1`, a MongoDB `$inc`), so simultaneous downloads are all counted. It goes
 * past Payload's hooks on purpose: a download is not an edit — no version, no audit entry
 * of an update, no change to syndicate.
 */
export async function incrementDownloadCount({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: string
  id: number | string
}): Promise<void> {
  const adapter = payload.db as unknown as SqlAdapter | MongoAdapter
  if (adapter.name === 'mongoose') {
    const model = (adapter as MongoAdapter).collections[collection]
    await model?.updateOne({ _id: id }, { $inc: { downloadCount: 1 } })
    return
  }
  const sqlAdapter = adapter as SqlAdapter
  const table = sqlAdapter.tables[collection]
  if (!table) throw new Error(`No table for collection "${collection}"`)
  await sqlAdapter.drizzle
    .update(table)
    .set({ downloadCount: sql`coalesce(${table.downloadCount}, 0) + 1` })
    .where(eq(table.id as never, id as never))
}
