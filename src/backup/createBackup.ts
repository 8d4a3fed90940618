import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { configuredVariables, type Env } from '../env'
import { openArchiveWriter } from './archiveWriter'
import { copyBucketObjects, describeCopyTarget } from './bucketCopy'
import {
  appIdentity,
  ARCHIVE_PATHS,
  MANIFEST_FORMAT,
  type ArchiveFile,
  type BackupManifest,
} from './manifest'
import { dumpMongo } from './mongoTools'
import { settingsRecord } from './settingsRecord'
import { countSqliteRows, snapshotSqlite } from './sqliteSnapshot'

/** A finished archive: where it is, its size and SHA-256, and its manifest. */
export type BackupResult = { path: string; bytes: number; sha256: string; manifest: BackupManifest }

/**
 * Writes one archive of this deployment to `out` while the app goes on serving and writing:
 * the database (a SQLite snapshot by `VACUUM INTO`, or `mongodump --oplog`), the media files (the
 * local folder's files, or the S3 bucket's list of objects with their checksums, copied to
 * `BACKUP_S3_COPY_TO`), the settings without secrets, and last `manifest.json` with the SHA-256
 * of every other entry. The archive is written as `<out>.partial` and renamed when complete,
 * so a file at `out` is always a whole archive. The database is taken first: media files added
 * after it are harmless extras; one deleted in between is missing from the archive (a media
 * item is rarely deleted, and its record says what is gone).
 */
export async function createBackup({
  payload,
  env,
  out,
  now = new Date(),
}: {
  payload: Payload
  env: Env
  out: string
  now?: Date
}): Promise<BackupResult> {
  const target = path.resolve(out)
  if (await exists(target)) throw new Error(`${target} exists already; choose another --out`)
  await fs.mkdir(path.dirname(target), { recursive: true })
  const workDir = await fs.mkdtemp(path.join(path.dirname(target), '.ttdn-backup-'))
  const partial = `${target}.partial`
  const writer = openArchiveWriter({ filePath: partial, passphrase: env.backup.encryptionKey })
  try {
    const files: ArchiveFile[] = []
    let counts: Record<string, number>
    if (env.database.kind === 'sqlite') {
      const snapshot = path.join(workDir, 'ttdn.db')
      await snapshotSqlite({ filePath: env.database.filePath, target: snapshot })
      counts = await countSqliteRows({ filePath: snapshot, tables: collectionTables({ payload }) })
      files.push(await writer.addFile({ name: ARCHIVE_PATHS.sqlite, filePath: snapshot }))
      await fs.rm(snapshot)
    } else {
      const dump = path.join(workDir, 'mongodump.archive')
      await dumpMongo({ url: env.database.url, target: dump })
      counts = await countDocuments({ payload })
      files.push(await writer.addFile({ name: ARCHIVE_PATHS.mongoDump, filePath: dump }))
      await fs.rm(dump)
    }

    let s3: BackupManifest['s3'] = null
    if (env.s3) {
      const objects = await copyBucketObjects({ config: env.s3, copyTo: env.backup.s3CopyTo })
      files.push(
        await writer.addBuffer({
          name: ARCHIVE_PATHS.s3Objects,
          content: Buffer.from(JSON.stringify(objects, null, 1)),
        }),
      )
      s3 = {
        bucket: env.s3.bucket,
        objects: objects.length,
        bytes: objects.reduce((sum, object) => sum + object.size, 0),
        copiedTo: env.backup.s3CopyTo ? describeCopyTarget({ copyTo: env.backup.s3CopyTo }) : null,
      }
    } else {
      for (const relative of await filesUnder({ folder: env.mediaDir })) {
        files.push(
          await writer.addFile({
            name: `${ARCHIVE_PATHS.mediaFolder}${relative}`,
            filePath: path.join(env.mediaDir, relative),
          }),
        )
      }
    }

    const settings = settingsRecord({ variables: configuredVariables() })
    files.push(
      await writer.addBuffer({
        name: ARCHIVE_PATHS.settings,
        content: Buffer.from(JSON.stringify(settings, null, 2)),
      }),
    )
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      createdAt: now.toISOString(),
      ...(await appIdentity()),
      database: env.database.kind,
      storage: env.s3 ? 's3' : 'local',
      counts,
      files,
      s3,
      encrypted: env.backup.encryptionKey !== null,
    }
    await writer.addBuffer({
      name: ARCHIVE_PATHS.manifest,
      content: Buffer.from(JSON.stringify(manifest, null, 2)),
    })
    const { bytes, sha256 } = await writer.finish()
    await fs.rename(partial, target)
    return { path: target, bytes, sha256, manifest }
  } catch (error) {
    writer.abort(error as Error)
    await fs.rm(partial, { force: true })
    throw error
  } finally {
    await fs.rm(workDir, { recursive: true, force: true })
  }
}

/** Every file under `folder`, as paths relative to it with `/`; none when it does not exist. */
export async function filesUnder({ folder }: { folder: string }): Promise<string[]> {
  if (!(await exists(folder))) return []
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** Each collection's SQL table (Payload's snake_case name, or the adapter's own). */
function collectionTables({ payload }: { payload: Payload }): Record<string, string> {
  const names = (payload.db as { tableNameMap?: Map<string, string> }).tableNameMap
  return Object.fromEntries(
    Object.keys(payload.collections).map((slug) => {
      const snake = slug.replace(/-/g, '_')
      return [slug, names?.get(snake) ?? snake]
    }),
  )
}

async function countDocuments({ payload }: { payload: Payload }): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const slug of Object.keys(payload.collections)) {
    counts[slug] = (
      await payload.count({ collection: slug as never, overrideAccess: true })
    ).totalDocs
  }
  return counts
}

async function exists(target: string): Promise<boolean> {
  try {
    await fs.access(target)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
