import fs from 'node:fs/promises'
import path from 'node:path'

import { migrations } from '../migrations'

/** One file of an archive, as the manifest lists it. */
export type ArchiveFile = { path: string; size: number; sha256: string }

/** One object of the S3 bucket at backup time (the archive's `s3/objects.json`). */
export type BucketObject = { key: string; size: number; sha256: string }

/** `manifest.json`, the last entry of every archive. */
export type BackupManifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  /** `version` of package.json of the app that made it. */
  appVersion: string
  /** The newest SQL migration the app knew (src/migrations/index.ts). */
  migration: string | null
  database: 'sqlite' | 'mongodb'
  storage: 'local' | 's3'
  /** Documents per collection (SQLite: counted in the snapshot itself; MongoDB: at dump time). */
  counts: Record<string, number>
  /** Every other entry of the archive with its size and SHA-256. */
  files: ArchiveFile[]
  /** With S3 storage: the bucket, its objects and where they were copied. */
  s3: { bucket: string; objects: number; bytes: number; copiedTo: string | null } | null
  encrypted: boolean
}

export const MANIFEST_FORMAT = 'ttdn-backup/1'

/** Where each part lives inside an archive. */
export const ARCHIVE_PATHS = {
  manifest: 'manifest.json',
  settings: 'settings.json',
  sqlite: 'database/ttdn.db',
  mongoDump: 'database/mongodump.archive',
  s3Objects: 's3/objects.json',
  mediaFolder: 'media/',
} as const

/** The app's version and newest migration, as a manifest records them. */
export async function appIdentity(): Promise<{ appVersion: string; migration: string | null }> {
  const packageJson = JSON.parse(
    await fs.readFile(path.join(process.cwd(), 'package.json'), 'utf8'),
  ) as { version: string }
  return { appVersion: packageJson.version, migration: migrations.at(-1)?.name ?? null }
}
