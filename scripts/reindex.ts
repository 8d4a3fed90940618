/**
 * `npm run reindex`: rebuilds the search index (Meilisearch with MEILI_URL, else the embedded
 * index under DATA_DIR) from the database, with a progress bar. Ctrl-C stops after the batch
 * in hand; running it again continues from the checkpoint under DATA_DIR.
 *
 * `npm run reindex -- --check`: compares the index with the database and lists missing,
 * extra and stale documents; exits 1 when they differ.
 */
import { loadPayloadApp } from './lib/loadPayloadApp'

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../src/env')
const { getSearchIndex } = await import('../src/search/getSearchIndex')
const { createProgressBar } = await import('../src/search/reindex/progressBar')
const { checkDrift, reindex, reindexCheckpointFile, ReindexInterruptedError } = await import(
  '../src/search/reindex/reindex'
)

const isCheck = process.argv.slice(2).includes('--check')
const SHOWN_IDS = 20

// Start-time work (first admin, schedule catch-up, development seed) belongs to the app.
const payload = await getPayload({ config, disableOnInit: true })
const env = getEnv()
const index = getSearchIndex({ env, logger: payload.logger })
const target = env.meilisearch
  ? `meilisearch ${env.meilisearch.url} ${env.meilisearch.indexUid}`
  : `embedded ${env.dataDir}`

let exitCode = 0
try {
  if (isCheck) {
    const report = await checkDrift({ payload, index })
    const lines = [`Search index (${target}) against the database:`]
    for (const [collection, { database, index: indexed }] of Object.entries(report.counts)) {
      lines.push(`  ${collection}: ${database} documents in the database, ${indexed} in the index`)
    }
    for (const [name, ids] of Object.entries({
      missing: report.missing,
      extra: report.extra,
      stale: report.stale,
    })) {
      const shown = ids.slice(0, SHOWN_IDS).join(', ')
      const more = ids.length > SHOWN_IDS ? ` (and ${ids.length - SHOWN_IDS} more)` : ''
      lines.push(`  ${name}: ${ids.length}${ids.length > 0 ? ` — ${shown}${more}` : ''}`)
    }
    lines.push(report.isInSync ? 'No drift.' : 'Drift found: run `npm run reindex` to repair it.')
    process.stdout.write(`${lines.join('\n')}\n`)
    exitCode = report.isInSync ? 0 : 1
  } else {
    let isStopping = false
    process.on('SIGINT', () => {
      isStopping = true
      process.stdout.write('\nStopping after the current batch…\n')
    })
    let bar: ReturnType<typeof createProgressBar> | undefined
    const summary = await reindex({
      payload,
      index,
      target,
      checkpointFile: reindexCheckpointFile({ dataDir: env.dataDir }),
      shouldStop: () => isStopping,
      onProgress: ({ done, total, documents }) => {
        bar ??= createProgressBar({ stream: process.stdout, total, label: 'Reindex' })
        bar.update({ done, note: `(${documents} documents)` })
      },
    })
    bar?.finish({ note: `(${summary.documents} documents)` })
    process.stdout.write(
      `Reindexed ${summary.items} items into ${summary.documents} documents on ${target}` +
        `${summary.resumed ? ', resumed from the checkpoint' : ''}; removed ${summary.removed} orphaned items.\n`,
    )
  }
} catch (error) {
  if (error instanceof ReindexInterruptedError) {
    process.stdout.write(`${error.message}\n`)
    exitCode = 130
  } else {
    payload.logger.error({ msg: 'Reindex failed', err: error })
    exitCode = 1
  }
}
await index.close()
await payload.destroy()
process.exit(exitCode)
