/**
 * `npm run export -- <out.zip> [--collection=articles|media] [--user=<email>]`: articles and
 * media as the ZIP `npm run import` reads back (src/export/exportItems.ts): `items.csv` with
 * every locale and `files/` with each media item's original. Runs as the staff account
 * `--user` (by default the first administrator) with access on, so it holds what that person
 * may read. Prints the counts, the time and the size; exits 1 when the archive was cut.
 */
import { createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import { loadPayloadApp } from './lib/loadPayloadApp'
import { staffAccount } from './lib/staffAccount'

const { values: options, positionals } = parseArgs({
  options: { collection: { type: 'string' }, user: { type: 'string' } },
  strict: true,
  allowPositionals: true,
})
const outFile = positionals[0]
if (!outFile || positionals.length > 1 || !outFile.toLowerCase().endsWith('.zip')) {
  process.stderr.write(
    'Usage: npm run export -- <out.zip> [--collection=articles|media] [--user=<email>]\n',
  )
  process.exit(2)
}

const { config, getPayload } = await loadPayloadApp()
const { createLocalReq } = await import('payload')
const { EXPORT_COLLECTIONS, exportItems } = await import('../src/export/exportItems')

const collection = options.collection as (typeof EXPORT_COLLECTIONS)[number] | undefined
if (collection !== undefined && !EXPORT_COLLECTIONS.includes(collection)) {
  process.stderr.write(`--collection: one of ${EXPORT_COLLECTIONS.join(', ')}\n`)
  process.exit(2)
}

const payload = await getPayload({ config, disableOnInit: true })
let exitCode = 0
try {
  const user = await staffAccount({ payload, email: options.user })
  const startedAt = performance.now()
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const exported = await exportItems({ req, ...(collection ? { collection } : {}) })
  await pipeline(exported.stream, createWriteStream(outFile))
  const error = await exported.done
  if (error) throw error
  const { size } = await stat(outFile)
  const { articles, media, events, albums, files, missingFiles } = exported.counts
  process.stdout.write(
    `${outFile}: ${articles} article(s), ${media} media item(s), ${events} event(s), ` +
      `${albums} album(s), ${files} file(s)` +
      `${missingFiles > 0 ? `, ${missingFiles} file(s) missing from the storage` : ''}; ` +
      `${(size / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - startedAt) / 1000).toFixed(1)} s\n`,
  )
} catch (error) {
  payload.logger.error({ msg: 'Export failed', err: error })
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
