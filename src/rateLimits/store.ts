import type { Payload } from 'payload'
import {
  RateLimiterMemory,
  RateLimiterMongo,
  type RateLimiterAbstract,
  type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible'

/**
 * The limiter for one named counter of this Payload instance, created on first use: kept in
 * the process's memory, or — when the app runs on MongoDB — in the `rate_limits` collection of
 * the production database, so that several app instances behind one address share the count.
 * A MongoDB limiter falls back to a memory limiter while the database does not answer, so an
 * outage neither opens every door nor turns every request into an error.
 */
export function limiterFor(spec: LimiterSpec): RateLimiterAbstract | RateLimiterStoreAbstract {
  const { payload, name, points, durationSeconds } = spec
  let limiters = limitersByPayload.get(payload)
  if (!limiters) {
    limiters = new Map()
    limitersByPayload.set(payload, limiters)
  }
  // Settings are read once per process, but the name carries them so a test that changes them
  // between instances never reuses a limiter built with the old numbers.
  const cacheKey = `${name}:${points}:${durationSeconds}`
  let limiter = limiters.get(cacheKey)
  if (!limiter) {
    limiter = createLimiter(spec)
    limiters.set(cacheKey, limiter)
  }
  return limiter
}

/** One named counter of a Payload instance: so many points per so many seconds. */
export type LimiterSpec = {
  payload: Payload
  /** Distinguishes the counters; also the key prefix inside the shared collection. */
  name: string
  points: number
  durationSeconds: number
}

/** The MongoDB collection holding every counter when the app runs on MongoDB. */
export const RATE_LIMIT_COLLECTION = 'rate_limits'

const limitersByPayload = new WeakMap<
  Payload,
  Map<string, RateLimiterAbstract | RateLimiterStoreAbstract>
>()

type MongoConnection = {
  getClient: () => unknown
  db?: { databaseName?: string }
  name?: string
}

function createLimiter({
  payload,
  name,
  points,
  durationSeconds,
}: LimiterSpec): RateLimiterAbstract | RateLimiterStoreAbstract {
  const options = { keyPrefix: name, points, duration: durationSeconds }
  const connection = mongoConnectionOf({ payload })
  if (!connection) return new RateLimiterMemory(options)
  return new RateLimiterMongo({
    ...options,
    storeClient: connection.getClient(),
    // The database Payload itself uses (the one named in DATABASE_URL), not the library's default.
    dbName: connection.db?.databaseName ?? connection.name,
    tableName: RATE_LIMIT_COLLECTION,
    insuranceLimiter: new RateLimiterMemory(options),
  })
}

/** The mongoose connection of Payload's MongoDB adapter, or null on SQLite. */
function mongoConnectionOf({ payload }: { payload: Payload }): MongoConnection | null {
  const adapter = payload.db as unknown as { name?: string; connection?: MongoConnection }
  if (adapter.name !== 'mongoose' || typeof adapter.connection?.getClient !== 'function') {
    return null
  }
  return adapter.connection
}
