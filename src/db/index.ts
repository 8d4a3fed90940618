import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseConfig } from '../env'
import { migrations } from '../migrations'
import { indexLocaleParents } from './indexLocaleParents'
import { serializeSqliteWrites } from './serializeSqliteWrites'

/** How long a writer waits for another process's lock on the SQLite file before failing. */
const BUSY_TIMEOUT_MS = 5000

/** How long a write waits behind this process's other writers (large uploads hold the lock). */
const WRITE_QUEUE_TIMEOUT_MS = 120_000

/**
 * The database adapter for `DATABASE_URL`: SQLite for a `file:` URL (the embedded default),
 * MongoDB for a `mongodb://` URL. MongoDB must run as a replica set: Payload's transactions,
 * which keep a refused upload from leaving a half-written record, need one.
 */
export function databaseAdapter({ database }: { database: DatabaseConfig }): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({ url: database.url })
  }
  fs.mkdirSync(path.dirname(database.filePath), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: database.url },
    // WAL lets readers go on while a writer commits; without it SQLite is several times slower
    // under concurrent requests. The busy timeout makes a writer wait for another process's
    // lock instead of failing with SQLITE_BUSY (see serializeSqliteWrites for this process).
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
    // Transactions are off in the SQLite adapter unless options are given. IMMEDIATE takes the
    // write lock at BEGIN, so a writer from another process waits on the busy timeout instead
    // of failing on a read-to-write upgrade.
    transactionOptions: { behavior: 'immediate' },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [indexLocaleParents],
  })
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      serializeSqliteWrites({
        adapter: instance,
        busyTimeoutMs: BUSY_TIMEOUT_MS,
        queueTimeoutMs: WRITE_QUEUE_TIMEOUT_MS,
      })
      return instance
    },
  }
}
