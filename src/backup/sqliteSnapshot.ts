import { Worker } from 'node:worker_threads'

import { createClient } from '@libsql/client'

/**
 * Writes a consistent copy of the SQLite database at `filePath` to `target` with
 * `VACUUM INTO`, while the app goes on reading and writing it: in WAL mode the copy is one read
 * transaction, which sees the database as of its start and blocks no writer (checked with a
 * writer in another process). The raw file is never copied: with WAL, recent commits live in
 * the `-wal` file and a copy of the main file alone can be torn. The copy runs in a worker
 * thread because the libsql client works synchronously and would stop the server's event loop
 * for as long as the copy takes.
 */
export async function snapshotSqlite({
  filePath,
  target,
}: {
  filePath: string
  target: string
}): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(SNAPSHOT_WORKER, {
      eval: true,
      workerData: { url: `file:${filePath}`, target },
    })
    worker.once('message', () => resolve())
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The SQLite snapshot stopped with exit code ${code}`))
    })
  })
}

/**
 * Rows per table in the SQLite file at `filePath`, for the tables named; a table that does not
 * exist counts as absent, not 0.
 */
export async function countSqliteRows({
  filePath,
  tables,
}: {
  filePath: string
  tables: Record<string, string>
}): Promise<Record<string, number>> {
  const client = createClient({ url: `file:${filePath}` })
  try {
    const existing = new Set(
      (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)).rows.map(
        (row) => row.name as string,
      ),
    )
    const counts: Record<string, number> = {}
    for (const [name, table] of Object.entries(tables)) {
      if (!existing.has(table)) continue
      const result = await client.execute(
        `SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`,
      )
      counts[name] = Number(result.rows[0]?.n ?? 0)
    }
    return counts
  } finally {
    client.close()
  }
}

// CommonJS, as `eval` workers are; it resolves @libsql/client from the app's node_modules.
const SNAPSHOT_WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const { createClient } = require('@libsql/client')
const db = createClient({ url: workerData.url })
db.execute('PRAGMA busy_timeout = 30000')
  .then(() => db.execute({ sql: 'VACUUM INTO ?', args: [workerData.target] }))
  .then(() => { db.close(); parentPort.postMessage('done') })
`
