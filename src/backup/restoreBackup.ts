import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { readArchive } from './archiveReader'
import { filesUnder } from './createBackup'
import { ARCHIVE_PATHS, MANIFEST_FORMAT, type BackupManifest, type BucketObject } from './manifest'

/** Where a restore writes: the configured database file (SQLite) and folders. */
export type RestoreTarget = {
  /** The SQLite file, or null for MongoDB (restored by mongorestore). */
  databaseFile: string | null
  mediaDir: string
  dataDir: string
}

/** An archive whose every entry matched its manifest. */
export type VerifiedArchive = {
  manifest: BackupManifest
  /** `s3/objects.json`, with S3 storage. */
  bucketObjects: BucketObject[] | null
}

/** The archive does not match its manifest; nothing was written. */
export class ArchiveVerificationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The archive failed verification; nothing was restored:\n  ${problems.join('\n  ')}`)
    this.name = 'ArchiveVerificationError'
  }
}

/** The target holds data and `--force` was not given. */
export class RestoreTargetNotEmptyError extends Error {
  constructor(readonly found: string[]) {
    super(
      `The restore target is not empty; nothing was restored. Found:\n  ${found.join('\n  ')}\nRestore into empty folders, or run again with --force to replace them.`,
    )
    this.name = 'RestoreTargetNotEmptyError'
  }
}

/**
 * Reads the whole archive once without writing anything and checks it: it decrypts (every
 * chunk authenticated), it has a manifest of this format, every entry's size and SHA-256 match
 * the manifest, and no entry is missing, extra or outside the archive's folders.
 */
export async function verifyArchive({
  archive,
  passphrase,
}: {
  archive: string
  passphrase: string | null
}): Promise<VerifiedArchive> {
  const seen = new Map<string, { size: number; sha256: string }>()
  const small: Record<string, Buffer> = {}
  await readArchive({
    filePath: archive,
    passphrase,
    onEntry: async ({ name, content }) => {
      const kept: Buffer[] = []
      const keep = name === ARCHIVE_PATHS.manifest || name === ARCHIVE_PATHS.s3Objects
      const { size, sha256 } = await hashStream({
        source: content,
        onChunk: keep ? (chunk) => kept.push(chunk) : undefined,
      })
      if (keep) small[name] = Buffer.concat(kept)
      seen.set(name, { size, sha256 })
    },
  })
  const manifestBytes = small[ARCHIVE_PATHS.manifest]
  if (!manifestBytes) throw new ArchiveVerificationError(['manifest.json is missing'])
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as BackupManifest
  if (manifest.format !== MANIFEST_FORMAT) {
    throw new ArchiveVerificationError([`unknown archive format "${String(manifest.format)}"`])
  }
  const problems: string[] = []
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const file of manifest.files) {
    const found = seen.get(file.path)
    if (!found) problems.push(`${file.path}: missing from the archive`)
    else if (found.sha256 !== file.sha256 || found.size !== file.size) {
      problems.push(`${file.path}: checksum mismatch`)
    }
    if (!isSafeEntryName(file.path)) problems.push(`${file.path}: not a plain path of the archive`)
  }
  for (const name of seen.keys()) {
    if (name !== ARCHIVE_PATHS.manifest && !listed.has(name)) {
      problems.push(`${name}: in the archive but not in the manifest`)
    }
  }
  if (problems.length > 0) throw new ArchiveVerificationError(problems)
  const objects = small[ARCHIVE_PATHS.s3Objects]
  return {
    manifest,
    bucketObjects: objects ? (JSON.parse(objects.toString('utf8')) as BucketObject[]) : null,
  }
}

/** What already lives in the target: empty when a restore may write there without --force. */
export async function findExistingData({ target }: { target: RestoreTarget }): Promise<string[]> {
  const found: string[] = []
  if (target.databaseFile) {
    for (const file of databaseFiles({ databaseFile: target.databaseFile })) {
      if ((await sizeOf(file)) > 0) found.push(`database file ${file}`)
    }
  }
  const mediaFiles = await filesUnder({ folder: target.mediaDir })
  if (mediaFiles.length > 0) found.push(`${mediaFiles.length} file(s) in ${target.mediaDir}`)
  return found
}

/**
 * Writes a verified archive into `target`: the SQLite file (or, for MongoDB, the dump to
 * `mongoDumpFile` for mongorestore) and the media files, hashing each on the way and stopping
 * at the first that differs from the manifest (an archive changed since it was verified). The
 * derived state under DATA_DIR (search index, caches, temporary files) is cleared: it belongs to
 * the database that was there before. With `force`, what the target held is deleted first;
 * without it, a target with data is refused ({@link RestoreTargetNotEmptyError}).
 */
export async function extractArchive({
  archive,
  passphrase,
  verified,
  target,
  mongoDumpFile,
  force,
}: {
  archive: string
  passphrase: string | null
  verified: VerifiedArchive
  target: RestoreTarget
  mongoDumpFile: string | null
  force: boolean
}): Promise<{ files: number; bytes: number }> {
  const existing = await findExistingData({ target })
  if (existing.length > 0 && !force) throw new RestoreTargetNotEmptyError(existing)
  if (target.databaseFile) {
    for (const file of databaseFiles({ databaseFile: target.databaseFile })) {
      await fs.promises.rm(file, { force: true })
    }
  }
  await fs.promises.rm(target.mediaDir, { recursive: true, force: true })
  await clearDerivedState({ dataDir: target.dataDir })

  const expected = new Map(verified.manifest.files.map((file) => [file.path, file]))
  let files = 0
  let bytes = 0
  await readArchive({
    filePath: archive,
    passphrase,
    onEntry: async ({ name, content }) => {
      const destination = destinationOf({ name, target, mongoDumpFile })
      if (destination === null) {
        content.resume()
        return
      }
      await fs.promises.mkdir(path.dirname(destination), { recursive: true })
      const hash = createHash('sha256')
      await pipeline(
        content,
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk)
            callback(null, chunk)
          },
        }),
        fs.createWriteStream(destination, { flags: 'wx' }),
      )
      const file = expected.get(name)
      if (!file || hash.digest('hex') !== file.sha256) {
        throw new ArchiveVerificationError([`${name}: changed since it was verified`])
      }
      files += 1
      bytes += file.size
    },
  })
  return { files, bytes }
}

/** The folders and files under DATA_DIR that are rebuilt from the database and media. */
export const DERIVED_STATE = [
  'search',
  'search-reindex.checkpoint.json',
  'download-cache',
  'uploads-tmp',
  'transcode',
]

async function clearDerivedState({ dataDir }: { dataDir: string }): Promise<void> {
  for (const name of DERIVED_STATE) {
    await fs.promises.rm(path.join(dataDir, name), { recursive: true, force: true })
  }
}

function destinationOf({
  name,
  target,
  mongoDumpFile,
}: {
  name: string
  target: RestoreTarget
  mongoDumpFile: string | null
}): string | null {
  if (name === ARCHIVE_PATHS.sqlite) return target.databaseFile
  if (name === ARCHIVE_PATHS.mongoDump) return mongoDumpFile
  if (name.startsWith(ARCHIVE_PATHS.mediaFolder) && isSafeEntryName(name)) {
    return path.join(target.mediaDir, ...name.slice(ARCHIVE_PATHS.mediaFolder.length).split('/'))
  }
  return null
}

function isSafeEntryName(name: string): boolean {
  return (
    !name.startsWith('/') &&
    !name.includes('\\') &&
    name.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  )
}

function databaseFiles({ databaseFile }: { databaseFile: string }): string[] {
  return [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, `${databaseFile}-journal`]
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await fs.promises.stat(file)).size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
}

async function hashStream({
  source,
  onChunk,
}: {
  source: NodeJS.ReadableStream
  onChunk?: (chunk: Buffer) => void
}): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  await pipeline(
    source,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        hash.update(chunk)
        size += chunk.length
        onChunk?.(chunk)
        callback()
      },
    }),
  )
  return { size, sha256: hash.digest('hex') }
}
