/**
 * `npm run seed`: fills the configured database with the province's lists and the demo library
 * (src/seed), then exits. Idempotent, so it can run again on a database already seeded.
 *
 * `npm run seed -- --lists-only`: the province's lists alone (agencies, topics, settings), for a
 * production database: no demo articles, photos or accounts (docs/deployment.md).
 */
import { parseArgs } from 'node:util'

import { loadPayloadApp } from './lib/loadPayloadApp'

// Strict, before anything is written: a mistyped `--lists-only` must not seed the demo library
// into a production database.
const { values: options } = parseArgs({
  options: { 'lists-only': { type: 'boolean', default: false } },
  strict: true,
  allowPositionals: false,
})

const { config, getPayload } = await loadPayloadApp()
const { createLocalReq } = await import('payload')
const { seed } = await import('../src/seed')

// Start-time work (first admin, schedule catch-up, the development seed) belongs to starting
// the app; without it, the summary below counts exactly what this run created.
const payload = await getPayload({ config, disableOnInit: true })
try {
  const startedAt = performance.now()
  const req = await createLocalReq({}, payload)
  const summary = await seed({ payload, req, demo: !options['lists-only'] })
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
  payload.logger.info({ msg: `Seed finished in ${seconds} s: ${JSON.stringify(summary)}` })
  await payload.destroy()
  process.exit(0)
} catch (error) {
  payload.logger.error({ msg: 'Seed failed', err: error })
  process.exit(1)
}
