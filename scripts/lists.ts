/**
 * `npm run lists -- export <file.xlsx|file.csv> [--list=topics]`: the province's lists (agencies
 * with their focal points, topics, the gazetteer, the settings) as an XLSX workbook, a sheet
 * per list, or one list as CSV.
 *
 * `npm run lists -- import <file.xlsx|file.csv> [--list=topics] [--dry-run]`: imports them, each
 * row matched on its key (agency code, topic or place slug), and prints the report: a line per
 * row that is created, updated or fails, and the totals. `--dry-run` writes nothing. Exits 1
 * when a row failed or the file cannot be read.
 *
 * Both run as a staff account with access on, as the admin would: `--as=<e-mail>`, by default
 * the first administrator. Columns: docs/deployment.md#the-provinces-lists-as-a-workbook.
 */
import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { loadPayloadApp } from './lib/loadPayloadApp'

const { values: options, positionals } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    list: { type: 'string' },
    as: { type: 'string' },
  },
  strict: true,
  allowPositionals: true,
})
const [command, file] = positionals
if (!['export', 'import'].includes(command ?? '') || !file) {
  process.stderr.write(
    'Usage: npm run lists -- export <file.xlsx|file.csv> [--list=<list>]\n' +
      '       npm run lists -- import <file.xlsx|file.csv> [--list=<list>] [--dry-run]\n' +
      '       (--as=<e-mail> runs as that staff account; by default the first administrator)\n',
  )
  process.exit(2)
}

const { config, getPayload } = await loadPayloadApp()
const { createLocalReq } = await import('payload')
const { slugs } = await import('../collections/slugs')
const { LIST_NAMES } = await import('../src/lists/listSheets')
const { exportLists } = await import('../src/lists/exportLists')
const { importLists } = await import('../src/lists/importLists')
const { readListsFile } = await import('../src/lists/listsWorkbook')
const { isAppError, messageOf } = await import('../src/errors/AppError')

const list = options.list as (typeof LIST_NAMES)[number] | undefined
if (list !== undefined && !LIST_NAMES.includes(list)) {
  process.stderr.write(`Unknown list '${list}': one of ${LIST_NAMES.join(', ')}\n`)
  process.exit(2)
}

const payload = await getPayload({ config, disableOnInit: true })
let exitCode = 0
try {
  const { docs: users } = await payload.find({
    collection: slugs.users,
    where: options.as ? { email: { equals: options.as } } : { roles: { contains: 'admin' } },
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = users[0]
  if (!user) throw new Error(options.as ? `No staff account ${options.as}` : 'No administrator yet')
  const req = await createLocalReq({ user: { ...user, collection: slugs.users } }, payload)
  if (command === 'export') {
    const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
    const exported = await exportLists({ req, format, ...(list ? { list } : {}) })
    await fs.writeFile(file, exported.data)
    process.stdout.write(`Lists written to ${file} (${exported.data.byteLength} bytes)\n`)
  } else {
    const data = await fs.readFile(file)
    const report = await importLists({
      req,
      file: await readListsFile({ data, ...(list ? { list } : {}) }),
      dryRun: options['dry-run'],
      locale: 'en',
    })
    for (const row of report.rows) {
      if (row.action === 'unchanged') continue
      const details = row.message ?? row.changed?.join(', ') ?? ''
      process.stdout.write(`${row.list}\trow ${row.row}\t${row.key}\t${row.action}\t${details}\n`)
    }
    const { create, update, unchanged, error } = report.counts
    process.stdout.write(
      `${report.dryRun ? 'Dry run, nothing written: ' : ''}${create} created, ${update} updated, ${unchanged} unchanged, ${error} failed\n`,
    )
    if (error > 0) exitCode = 1
  }
} catch (error) {
  const message = isAppError(error)
    ? messageOf({ messageKey: error.messageKey, params: error.params, locale: 'en' })
    : String(error)
  process.stderr.write(`${message}\n`)
  payload.logger.error({ msg: `Lists ${command} failed`, err: error })
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
