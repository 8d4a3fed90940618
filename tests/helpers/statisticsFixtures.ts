import { sql } from '@payloadcms/db-sqlite'

import type { TestApp } from './startPayload'

/** A workflow step of an item's timeline to move in time: its action and locale. */
export type StepDate = { action: string; locale: string; at: string }

/**
 * Moves an item made through the workflow (today) into the past, as if it had been created at
 * `createdAt` and each named step taken at its `at`: the statistics count by these dates, and a
 * test needs items across periods. Written straight to the database (SQL on SQLite, an update
 * on MongoDB): no hook may record these changes as edits.
 */
export async function backdateItem({
  app,
  collection,
  id,
  createdAt,
  steps = [],
}: {
  app: TestApp
  collection: 'articles' | 'media'
  id: number | string
  createdAt: string
  steps?: StepDate[]
}): Promise<void> {
  const db = app.payload.db as unknown as {
    name: string
    drizzle?: { run: (query: unknown) => Promise<unknown> }
    collections?: Record<string, { collection: MongoCollection }>
  }
  if (db.name === 'mongoose') {
    const documents = db.collections![collection]!.collection
    await documents.updateOne({ _id: id }, { $set: { createdAt: new Date(createdAt) } })
    for (const step of steps) {
      await documents.updateOne(
        { _id: id },
        { $set: { 'transitions.$[step].at': new Date(step.at) } },
        { arrayFilters: [{ 'step.action': step.action, 'step.locale': step.locale }] },
      )
    }
    return
  }
  const drizzle = db.drizzle!
  await drizzle.run(
    sql`UPDATE ${sql.identifier(collection)} SET created_at = ${createdAt} WHERE id = ${Number(id)}`,
  )
  for (const step of steps) {
    await drizzle.run(sql`UPDATE ${sql.identifier(`${collection}_transitions`)} SET "at" = ${step.at}
      WHERE _parent_id = ${Number(id)} AND action = ${step.action} AND locale = ${step.locale}`)
  }
}

type MongoCollection = {
  updateOne: (filter: object, update: object, options?: object) => Promise<unknown>
}
