/**
 * `npm run restore -- <archive> [--force]`: restores an archive of `npm run backup` into the
 * configured database file and media folder (or MongoDB, or the S3 bucket from its copy). It
 * refuses a target that holds data unless --force is given (exit 2), reads the whole archive and
 * checks every checksum before writing anything (exit 3 on a mismatch or a wrong key), then
 * writes, applies pending migrations, rebuilds the search index and prints what it restored.
 * docs/deployment.md#backups.
 */
import path from 'node:path'

// Outside production, Payload pushes its development schema into the database when it connects
// and marks it as pushed (a `dev` row of batch -1 in payload_migrations); the next `npm start`
// then refuses to apply migrations to it without a prompt. This script must leave a production
// database as it was (a restore applies the migrations itself: src/backup/finishRestore.ts), so
// it connects as Payload's own `migrate` command does, without the push.
process.env.PAYLOAD_MIGRATING = 'true'

const args = process.argv.slice(2)
const force = args.includes('--force')
const positional = args.filter((arg) => arg !== '--force')
if (positional.length !== 1 || positional[0]!.startsWith('--')) {
  process.stderr.write('Usage: npm run restore -- <archive> [--force]\n')
  process.exit(2)
}
const archive = path.resolve(positional[0]!)

const { getEnv } = await import('../src/env')
const {
  verifyArchive,
  findExistingData,
  extractArchive,
  ArchiveVerificationError,
  RestoreTargetNotEmptyError,
} = await import('../src/backup/restoreBackup')
const { ArchiveDecryptionError } = await import('../src/backup/encryption')
const { ArchiveKeyMissingError } = await import('../src/backup/archiveReader')
const { restoreBucketObjects } = await import('../src/backup/bucketCopy')
const { restoreMongo } = await import('../src/backup/mongoTools')

const env = getEnv()
const target = {
  databaseFile: env.database.kind === 'sqlite' ? env.database.filePath : null,
  mediaDir: env.mediaDir,
  dataDir: env.dataDir,
}
const say = (line: string): boolean => process.stdout.write(`${line}\n`)

try {
  const existing = await findExistingData({ target })
  if (existing.length > 0 && !force) throw new RestoreTargetNotEmptyError(existing)
  say(`Verifying ${archive}…`)
  const passphrase = env.backup.encryptionKey
  const verified = await verifyArchive({ archive, passphrase })
  const { manifest } = verified
  say(
    `  made ${manifest.createdAt} by app ${manifest.appVersion} (migration ${manifest.migration ?? 'none'}), ${manifest.database}, ${manifest.storage}; ${manifest.files.length} files, all checksums match`,
  )
  if (manifest.database !== env.database.kind) {
    throw new Error(
      `The archive holds a ${manifest.database} database but DATABASE_URL points to ${env.database.kind}`,
    )
  }
  // Checked before anything is written: an S3 archive holds the list of objects, not the objects.
  if (verified.bucketObjects && !env.s3) {
    throw new Error(
      'The archive lists S3 objects: set S3_* to the (empty) bucket to restore them into, and BACKUP_S3_COPY_TO to the copy the backup wrote',
    )
  }
  if (verified.bucketObjects && !env.backup.s3CopyTo) {
    throw new Error('The archive lists S3 objects: set BACKUP_S3_COPY_TO to the copy they are in')
  }
  const mongoDumpFile =
    manifest.database === 'mongodb' ? path.join(env.dataDir, 'restore-mongodump.archive') : null
  const written = await extractArchive({
    archive,
    passphrase,
    verified,
    target,
    mongoDumpFile,
    force,
  })
  say(`  wrote ${written.files} files, ${written.bytes} bytes`)
  if (mongoDumpFile && env.database.kind === 'mongodb') {
    await restoreMongo({ url: env.database.url, source: mongoDumpFile, shouldDrop: force })
    say('  mongorestore finished')
  }
  if (verified.bucketObjects && env.s3 && env.backup.s3CopyTo) {
    const copied = await restoreBucketObjects({
      config: env.s3,
      copyFrom: env.backup.s3CopyTo,
      objects: verified.bucketObjects,
    })
    say(`  copied ${copied.objects} objects (${copied.bytes} bytes) into ${env.s3.bucket}`)
  }

  const { loadPayloadApp } = await import('./lib/loadPayloadApp')
  const { config, getPayload } = await loadPayloadApp()
  const { finishRestore } = await import('../src/backup/finishRestore')
  const payload = await getPayload({ config, disableOnInit: true })
  const report = await finishRestore({ payload, env, manifest })
  say(
    {
      applied: '  migrations: pending ones applied',
      'development-schema':
        '  migrations: none (a development database; `npm run dev` pushes its schema)',
      'not-needed': '  migrations: none needed (MongoDB)',
    }[report.migrations],
  )
  say(`  search index rebuilt: ${report.search.items} items, ${report.search.documents} documents`)
  let isShort = false
  for (const [collection, { restored, archived }] of Object.entries(report.counts)) {
    const differs = archived !== null && archived !== restored
    isShort ||= differs
    say(`  ${collection}: ${restored}${differs ? ` (the archive says ${archived})` : ''}`)
  }
  await payload.destroy()
  say(isShort ? 'Restored, but some counts differ from the archive: check them.' : 'Restored.')
  process.exit(isShort ? 1 : 0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Restore failed: ${message}\n`)
  if (error instanceof RestoreTargetNotEmptyError) process.exit(2)
  if (
    error instanceof ArchiveVerificationError ||
    error instanceof ArchiveDecryptionError ||
    error instanceof ArchiveKeyMissingError
  ) {
    process.exit(3)
  }
  process.exit(1)
}
