/**
 * `npm run migrate`: applies the pending SQL migrations to the configured database, as
 * `npm start` does when it starts, and says what it did; for an operator who wants the schema
 * up to date before the app starts (an upgrade in a maintenance window, a fresh deployment's
 * first database). Exits 1 on a database made by `npm run dev`, whose pushed schema Payload
 * will not migrate without asking.
 *
 * Rather than `payload migrate`: on Node 20 the Payload CLI sometimes exits 0 having done
 * nothing (its ESM loader deadlocks on Lexical's top-level awaits and the event loop empties),
 * a silent failure an operator's script cannot see. This script loads the app as the others do
 * (scripts/lib/loadPayloadApp.ts) and fails loudly.
 */
import { loadPayloadApp } from './lib/loadPayloadApp'

// Connect as Payload's own `migrate` does: without pushing the development schema first, which
// would mark a production database as pushed.
process.env.PAYLOAD_MIGRATING = 'true'

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../src/env')
const { applyMigrations } = await import('../src/db/applyMigrations')
const { migrations } = await import('../src/migrations')

// Start-time work (first admin, schedule catch-up, development seed) belongs to the app.
const payload = await getPayload({ config, disableOnInit: true })
let exitCode = 0
try {
  // Under NODE_ENV=production the connection itself has applied them (`prodMigrations`).
  const state = await applyMigrations({ payload, env: getEnv() })
  const say = (line: string) => process.stdout.write(`${line}\n`)
  if (state === 'applied') {
    const { totalDocs } = await payload.count({
      collection: 'payload-migrations',
      where: { batch: { greater_than: 0 } },
      overrideAccess: true,
    })
    say(`Migrations: ${totalDocs} of ${migrations.length} in the database, none pending`)
  } else if (state === 'not-needed') {
    say('Migrations: none needed (MongoDB)')
  } else {
    say(
      'Migrations: not applied. This database was made by `npm run dev`, which pushes its schema; ' +
        'keep using `npm run dev` on it, or restore a production backup instead.',
    )
    exitCode = 1
  }
} finally {
  await payload.destroy()
}
process.exit(exitCode)
