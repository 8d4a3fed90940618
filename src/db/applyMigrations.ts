import type { Migration, Payload } from 'payload'

import type { Env } from '../env'
import { migrations } from '../migrations'

/** What applying the migrations did to the database's schema. */
export type MigrationState = 'applied' | 'development-schema' | 'not-needed'

/**
 * Applies the pending SQL migrations, the list `prodMigrations` runs at `npm start`, to the
 * database `payload` is connected to. A SQLite database made by `npm run dev` carries a pushed
 * schema, not migrations (a `dev` row of batch -1): Payload would ask before migrating it, so it
 * is left for the next `npm run dev` and reported as such. MongoDB needs no SQL migrations.
 * The caller connects with `PAYLOAD_MIGRATING=true`, so Payload does not push the development
 * schema first.
 */
export async function applyMigrations({
  payload,
  env,
}: {
  payload: Payload
  env: Env
}): Promise<MigrationState> {
  if (env.database.kind !== 'sqlite') return 'not-needed'
  const pushed = await payload.count({
    collection: 'payload-migrations',
    where: { batch: { equals: -1 } },
    overrideAccess: true,
  })
  if (pushed.totalDocs > 0) return 'development-schema'
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return 'applied'
}
