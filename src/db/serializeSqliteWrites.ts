import type { Client } from '@libsql/client'
import { Mutex, withTimeout, type MutexInterface } from 'async-mutex'
import type { BaseDatabaseAdapter } from 'payload'

/**
 * SQLite allows one writer at a time, and libsql talks to it synchronously on the event loop.
 * Two write transactions of this process must therefore never wait on each other inside
 * SQLite: with a busy timeout the second would block the only thread until the first gives
 * up; without one it fails at once with SQLITE_BUSY. So this process queues its writers in
 * JavaScript (a FIFO mutex held from BEGIN to COMMIT/ROLLBACK, and around each write made
 * outside a transaction), and SQLite's busy timeout is left to arbitrate between processes
 * (the app and `npm run worker`).
 *
 * libsql also hands its connection to each transaction and opens a new one for the next
 * statement (`Sqlite3Client#transaction` sets `#db = null`), losing the per-connection
 * `PRAGMA busy_timeout` the Payload adapter set at connect; it is set again on each new
 * connection before its first statement.
 */
export function serializeSqliteWrites({
  adapter,
  busyTimeoutMs,
  queueTimeoutMs,
}: {
  adapter: BaseDatabaseAdapter
  busyTimeoutMs: number
  /** How long a writer waits in the queue before failing (a nested Local API call that forgot
   * to pass `req` would otherwise wait forever for its own outer transaction). */
  queueTimeoutMs: number
}): void {
  const queue = withTimeout(new Mutex(), queueTimeoutMs, new WriteQueueTimeoutError(queueTimeoutMs))
  const releases = new Map<number | string, MutexInterface.Releaser>()

  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)

  adapter.beginTransaction = async (options) => {
    const release = await queue.acquire()
    try {
      const id = await begin(options)
      if (id === null) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const settle = (end: typeof commit) => async (incomingID: Parameters<typeof commit>[0]) => {
    const id = await incomingID
    try {
      await end(id)
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
  }
  adapter.commitTransaction = settle(commit)
  adapter.rollbackTransaction = settle(rollback)

  const connect = adapter.connect?.bind(adapter)
  adapter.connect = async (options) => {
    await connect?.(options)
    const client = (adapter as unknown as { client?: Client }).client
    if (client) serializeClientWrites({ client, queue, busyTimeoutMs })
  }
}

/** A writer waited longer than the queue allows. */
export class WriteQueueTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`A database write waited more than ${timeoutMs} ms for the SQLite write queue`)
    this.name = 'WriteQueueTimeoutError'
  }
}

const READ_ONLY_STATEMENT = /^\s*(select|pragma\s+\w+\s*;?\s*$|explain)/i

function serializeClientWrites({
  client,
  queue,
  busyTimeoutMs,
}: {
  client: Client
  queue: MutexInterface
  busyTimeoutMs: number
}): void {
  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
    executeMultiple: client.executeMultiple.bind(client),
    transaction: client.transaction.bind(client),
  }
  let isConnectionFresh = false
  const prepareConnection = async (): Promise<void> => {
    if (!isConnectionFresh) return
    isConnectionFresh = false
    await original.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  }

  client.execute = (async (...args: Parameters<Client['execute']>) => {
    await prepareConnection()
    const [statement] = args
    const sql = typeof statement === 'string' ? statement : statement.sql
    // Statements outside a transaction that write must wait their turn; reads never block in
    // WAL mode. An open transaction runs on its own connection, not through this client.
    if (READ_ONLY_STATEMENT.test(sql)) {
      return original.execute(...args)
    }
    return queue.runExclusive(() => original.execute(...args))
  }) as Client['execute']
  client.batch = (async (...args: Parameters<Client['batch']>) => {
    await prepareConnection()
    return queue.runExclusive(() => original.batch(...args))
  }) as Client['batch']
  client.executeMultiple = async (...args: Parameters<Client['executeMultiple']>) => {
    await prepareConnection()
    return queue.runExclusive(() => original.executeMultiple(...args))
  }
  client.transaction = async (...args: Parameters<Client['transaction']>) => {
    await prepareConnection()
    const transaction = await original.transaction(...args)
    isConnectionFresh = true
    return transaction
  }
}
