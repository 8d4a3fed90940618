import { AsyncLocalStorage } from 'node:async_hooks'

import type { Client, InStatement, Transaction } from '@libsql/client'
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
 * The async context that opened a transaction owns the queue until it commits or rolls back.
 * A statement it issues without the transaction's id (Payload's forgot-password reserves its
 * request slot that way, and a nested Local API call without `req` does too) must not wait in
 * the queue its own transaction holds, and must not go to a second connection either: the
 * transaction holds SQLite's write lock there, so that write would block the event loop for
 * the busy timeout and then fail. Such statements run on the open transaction's connection, and
 * a transaction begun again from the owning context joins the open one (no transaction of its
 * own, as Payload does when a nested operation shares `req`).
 *
 * libsql also hands its connection to each transaction and takes another for the next
 * statement (`Sqlite3Client#transaction`): an idle one given back by an ended transaction
 * (patches/@libsql+client+0.14.0.patch; unpatched, each transaction's connection stayed open
 * for good, ~5 MB each), or a new one, which lacks the per-connection `PRAGMA busy_timeout` the
 * Payload adapter set at connect; it is set again on that connection before its first statement.
 */
export function serializeSqliteWrites({
  adapter,
  busyTimeoutMs,
  queueTimeoutMs,
}: {
  adapter: BaseDatabaseAdapter
  busyTimeoutMs: number
  /** How long a writer waits in the queue before failing. */
  queueTimeoutMs: number
}): void {
  const queue = withTimeout(new Mutex(), queueTimeoutMs, new WriteQueueTimeoutError(queueTimeoutMs))
  const owners = new AsyncLocalStorage<TransactionOwner>()
  ownerStores.add(owners)
  const held = new Map<
    number | string,
    { release: MutexInterface.Releaser; owner: TransactionOwner }
  >()

  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)

  adapter.beginTransaction = (options) => {
    // A transaction is already open in this async context: joining it is the only way forward.
    if (owners.getStore()?.state === 'open') return Promise.resolve(null)
    const owner: TransactionOwner = { state: 'queued', transaction: null }
    // Entered before the first `await`, so the caller's continuation (the rest of the Payload
    // operation that asked for the transaction) runs with this owner.
    owners.enterWith(owner)
    return (async () => {
      const release = await queue.acquire()
      owner.state = 'beginning'
      try {
        const id = await begin(options)
        if (id === null) {
          owner.state = 'closed'
          release()
        } else {
          owner.state = 'open'
          held.set(id, { release, owner })
        }
        return id
      } catch (error) {
        owner.state = 'closed'
        owner.transaction = null
        release()
        throw error
      }
    })()
  }
  const settle = (end: typeof commit) => async (incomingID: Parameters<typeof commit>[0]) => {
    const id = await incomingID
    const entry = held.get(id)
    // From here on the owner's stray statements wait in the queue like everyone else's: the
    // transaction's connection is about to commit or roll back.
    if (entry) {
      entry.owner.state = 'closed'
      entry.owner.transaction = null
    }
    try {
      await end(id)
    } finally {
      entry?.release()
      held.delete(id)
    }
  }
  adapter.commitTransaction = settle(commit)
  adapter.rollbackTransaction = settle(rollback)

  const connect = adapter.connect?.bind(adapter)
  adapter.connect = async (options) => {
    await connect?.(options)
    const client = (adapter as unknown as { client?: Client }).client
    if (client) serializeClientWrites({ client, queue, owners, busyTimeoutMs })
  }
}

/** The owner stores of every adapter of this process (one in the app; one per test app). */
const ownerStores = new Set<AsyncLocalStorage<TransactionOwner>>()

/**
 * Runs `work` as if no transaction were open in the calling context: its statements neither
 * join nor read through a transaction its caller owns. Work a writer starts but does not wait
 * for (a timer, a fire-and-forget promise) inherits the writer's async context, and with it the
 * transaction; what must see only committed data, such as the sync's change notifier reading
 * the change-log head after a writer's hint, runs through this.
 */
export function outsideTransactions<T>(work: () => T): T {
  let run = work
  for (const store of ownerStores) {
    const inner = run
    run = () => store.exit(inner)
  }
  return run()
}

/** A writer waited longer than the queue allows. */
export class WriteQueueTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`A database write waited more than ${timeoutMs} ms for the SQLite write queue`)
    this.name = 'WriteQueueTimeoutError'
  }
}

/** The async context that asked for a transaction, and that transaction while it is open. */
type TransactionOwner = {
  state: 'queued' | 'beginning' | 'open' | 'closed'
  /** The libsql transaction (its own connection), once BEGIN has run. */
  transaction: Transaction | null
}

const READ_ONLY_STATEMENT = /^\s*(select|pragma\s+\w+\s*;?\s*$|explain)/i

function serializeClientWrites({
  client,
  queue,
  owners,
  busyTimeoutMs,
}: {
  client: Client
  queue: MutexInterface
  owners: AsyncLocalStorage<TransactionOwner>
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
  /** The open transaction of the calling async context, if it has one. */
  const ownTransaction = (): Transaction | null => {
    const owner = owners.getStore()
    return owner?.state === 'open' && owner.transaction && !owner.transaction.closed
      ? owner.transaction
      : null
  }

  client.execute = (async (...args: [InStatement] | [string, unknown?]) => {
    const statement: InStatement =
      typeof args[0] === 'string' && args[1] !== undefined
        ? ({ sql: args[0], args: args[1] } as InStatement)
        : args[0]
    // Reads too, so the owner reads what its transaction wrote.
    const transaction = ownTransaction()
    if (transaction) return transaction.execute(statement)
    await prepareConnection()
    const sql = typeof statement === 'string' ? statement : statement.sql
    // Statements outside a transaction that write must wait their turn; reads never block in
    // WAL mode. An open transaction runs on its own connection, not through this client.
    if (READ_ONLY_STATEMENT.test(sql)) {
      return original.execute(statement)
    }
    return queue.runExclusive(() => original.execute(statement))
  }) as Client['execute']
  client.batch = (async (...args: Parameters<Client['batch']>) => {
    const transaction = ownTransaction()
    if (transaction) return transaction.batch(args[0])
    await prepareConnection()
    return queue.runExclusive(() => original.batch(...args))
  }) as Client['batch']
  client.executeMultiple = async (...args: Parameters<Client['executeMultiple']>) => {
    const transaction = ownTransaction()
    if (transaction) return transaction.executeMultiple(...args)
    await prepareConnection()
    return queue.runExclusive(() => original.executeMultiple(...args))
  }
  client.transaction = async (...args: Parameters<Client['transaction']>) => {
    await prepareConnection()
    const transaction = await original.transaction(...args)
    isConnectionFresh = true
    const owner = owners.getStore()
    // Only the transaction that beginTransaction is opening for this owner; a context that
    // merely inherited a finished owner gets nothing routed.
    if (owner?.state === 'beginning') owner.transaction = transaction
    return transaction
  }
}
