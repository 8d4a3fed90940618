/**
 * `npm run backup -- --out <archive>`: one archive of this deployment (database, media files or
 * the S3 bucket's list and copy, settings without secrets, manifest with checksums), taken while
 * the app keeps running; encrypted when BACKUP_ENCRYPTION_KEY is set. Recorded as the last good
 * backup for /api/health. docs/deployment.md#backups.
 */
import { loadPayloadApp } from './lib/loadPayloadApp'

// Outside production, Payload pushes its development schema into the database when it connects
// and marks it as pushed (a `dev` row of batch -1 in payload_migrations); the next `npm start`
// then refuses to apply migrations to it without a prompt. This script must leave a production
// database as it was (a restore applies the migrations itself: src/backup/finishRestore.ts), so
// it connects as Payload's own `migrate` command does, without the push.
process.env.PAYLOAD_MIGRATING = 'true'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex >= 0 ? args[outIndex + 1] : undefined
if (!out || args.length !== 2) {
  process.stderr.write('Usage: npm run backup -- --out <archive path, e.g. /backups/ttdn.tar.gz>\n')
  process.exit(2)
}

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../src/env')
const { createBackup } = await import('../src/backup/createBackup')
const { recordGoodBackup } = await import('../src/backup/backupRecords')
const { MongoToolsError } = await import('../src/backup/mongoTools')

// Start-time work (first admin, schedule catch-up, development seed) belongs to the app.
const payload = await getPayload({ config, disableOnInit: true })
const env = getEnv()
let exitCode = 0
try {
  const result = await createBackup({ payload, env, out })
  await recordGoodBackup({
    dataDir: env.dataDir,
    record: {
      at: result.manifest.createdAt,
      path: result.path,
      bytes: result.bytes,
      sha256: result.sha256,
    },
  })
  const { manifest } = result
  const lines = [
    `Backup written: ${result.path}`,
    `  ${result.bytes} bytes, sha256 ${result.sha256}${manifest.encrypted ? ', encrypted' : ''}`,
    `  app ${manifest.appVersion}, migration ${manifest.migration ?? 'none'}, database ${manifest.database}, storage ${manifest.storage}`,
    `  ${manifest.files.length} files; documents: ${Object.entries(manifest.counts)
      .map(([collection, count]) => `${collection} ${count}`)
      .join(', ')}`,
  ]
  if (manifest.s3) {
    lines.push(
      `  S3 bucket ${manifest.s3.bucket}: ${manifest.s3.objects} objects, ${manifest.s3.bytes} bytes, copied to ${manifest.s3.copiedTo ?? '(nowhere: BACKUP_S3_COPY_TO is not set)'}`,
    )
  }
  process.stdout.write(`${lines.join('\n')}\n`)
} catch (error) {
  if (error instanceof MongoToolsError) process.stderr.write(`Backup failed: ${error.message}\n`)
  else payload.logger.error({ msg: 'Backup failed', err: error })
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
