/**
 * `npm run import -- <file> [--dry-run] [--user=<email>] [--publish]`: imports a batch (a CSV
 * or XLSX sheet, or a ZIP with or without one; src/import) as the staff member `--user` (by
 * default the first administrator), through the same rules as a save in the admin. Prints the
 * dry run's report, then, unless `--dry-run`, commits the batch in this process with its
 * progress, and exits 1 when a row failed.
 */
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadPayloadApp } from './lib/loadPayloadApp'
import { staffAccount } from './lib/staffAccount'

const { values: options, positionals } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    user: { type: 'string' },
    publish: { type: 'boolean', default: false },
    language: { type: 'string', default: 'vi' },
  },
  strict: true,
  allowPositionals: true,
})
const filePath = positionals[0]
if (!filePath || positionals.length > 1) {
  process.stderr.write('Usage: npm run import -- <file> [--dry-run] [--user=<email>] [--publish]\n')
  process.exit(2)
}

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../src/env')
const { isLocale } = await import('../src/i18n/locales')
const { batchFormatOf } = await import('../src/import/readBatch')
const { createImportBatch, commitImportBatch } = await import('../src/import/importBatch')

const payload = await getPayload({ config, disableOnInit: true })
try {
  const format = batchFormatOf({ filename: filePath })
  if (!format) throw new Error(`${filePath}: not a .csv, .xlsx or .zip file`)
  const user = await staffAccount({ payload, email: options.user })
  const language = isLocale(options.language) ? options.language : 'vi'
  const env = getEnv()
  const batch = await createImportBatch({
    payload,
    env,
    user: { ...user, collection: 'users' } as never,
    input: createReadStream(filePath),
    fileName: path.basename(filePath),
    format,
    language,
  })
  for (const row of batch.dryRun ?? [])
    process.stdout.write(
      `${String(row.row ?? '-').padStart(6)}  ${row.action.padEnd(9)}  ${row.externalId ?? row.file ?? ''}${row.reason ? `  ${row.reason}` : ''}\n`,
    )
  if (options['dry-run']) {
    process.stdout.write(`Dry run: ${batch.total} item(s), nothing written (batch ${batch.id}).\n`)
  } else {
    if (options.publish && !user.roles.some((role) => role === 'admin' || role === 'publisher'))
      throw new Error(`${user.email} may not publish`)
    await payload.update({
      collection: 'import-batches' as never,
      id: batch.id,
      data: { status: 'queued', shouldPublish: options.publish } as never,
      depth: 0,
    })
    const counts = await commitImportBatch({
      payload,
      env,
      id: batch.id,
      onProgress: (progress) =>
        process.stdout.write(
          `\r${progress.done}/${progress.total}  created ${progress.created}  updated ${progress.updated}  unchanged ${progress.unchanged}  failed ${progress.failed}`,
        ),
    })
    process.stdout.write('\n')
    const { failures } = (await payload.findByID({
      collection: 'import-batches' as never,
      id: batch.id,
      depth: 0,
    })) as unknown as {
      failures?: Array<{ row: number | null; file: string | null; reason?: string }>
    }
    for (const failure of failures ?? [])
      process.stdout.write(`failed ${failure.row ?? failure.file}: ${failure.reason ?? ''}\n`)
    await payload.destroy()
    process.exit(counts.failed > 0 ? 1 : 0)
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  payload.logger.error({ msg: 'Import failed', err: error })
  process.exit(1)
}
