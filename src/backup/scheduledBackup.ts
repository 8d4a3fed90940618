import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { getEnv, type Env } from '../env'
import { processStartTime, removeEntriesWrittenBefore } from '../storage/removeEntriesWrittenBefore'
import { recordGoodBackup } from './backupRecords'
import { createBackup } from './createBackup'
import { selectArchivesToKeep } from './retention'

/** What one scheduled backup did. */
export type ScheduledBackupOutput = { path: string; bytes: number; sha256: string; removed: number }

/**
 * The scheduled backup (`BACKUP_SCHEDULE`, nightly at 02:30 by default) into `BACKUP_DIR`, then
 * retention (`BACKUP_KEEP_*`). It rides on `queue`, which the web process or the worker runs
 * already. Without BACKUP_DIR it has no schedule and nothing queues it.
 */
export function scheduledBackupTask({
  queue,
  env,
}: {
  queue: string
  env: Env
}): TaskConfig<{ input: object; output: ScheduledBackupOutput }> {
  return {
    slug: 'scheduled-backup',
    label: 'Back up the database, media and settings, and apply retention',
    schedule: env.backup.directory ? [{ cron: env.backup.schedule, queue }] : [],
    // A failed backup is tried once more; after that the health check's age turns degraded.
    retries: 1,
    handler: async ({ req }) => ({ output: await runScheduledBackup({ payload: req.payload }) }),
  }
}

/**
 * One scheduled backup: what a killed run left (its `.partial` archive and work folder) removed,
 * an archive named after its time in BACKUP_DIR, recorded as good, then the archives retention
 * no longer keeps deleted. Only files named like ours are touched.
 */
export async function runScheduledBackup({
  payload,
  now = new Date(),
  env = getEnv(),
  startedAt = processStartTime(),
}: {
  payload: Payload
  now?: Date
  env?: Env
  /** Leftovers last modified before this are a dead run's. @default this process's start */
  startedAt?: Date
}): Promise<ScheduledBackupOutput> {
  const directory = env.backup.directory
  if (!directory) throw new Error('BACKUP_DIR is not set: there is nowhere to write the backup')
  const leftovers = await removeDeadRunLeftovers({ directory, startedAt })
  if (leftovers.length > 0) {
    payload.logger.warn({
      msg: `Backup: removed what an interrupted backup left in ${directory}: ${leftovers.join(', ')}`,
    })
  }
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const suffix = env.backup.encryptionKey ? '.tar.gz.enc' : '.tar.gz'
  const result = await createBackup({
    payload,
    env,
    out: path.join(directory, `${ARCHIVE_PREFIX}${stamp}${suffix}`),
    now,
  })
  const { setAside } = await recordGoodBackup({
    dataDir: env.dataDir,
    record: {
      at: now.toISOString(),
      path: result.path,
      bytes: result.bytes,
      sha256: result.sha256,
    },
  })
  if (setAside) {
    payload.logger.error({
      msg: `Backup: the record of backups could not be read; kept it as ${setAside} and started a new one`,
    })
  }
  const archives = (await fs.readdir(directory)).flatMap((name) => {
    const createdAt = archiveDate({ name })
    return createdAt ? [{ name, createdAt }] : []
  })
  const { remove } = selectArchivesToKeep({ archives, now, policy: env.backup.keep })
  for (const name of remove) await fs.rm(path.join(directory, name))
  payload.logger.info({
    msg: `Backup: ${result.path} (${result.bytes} bytes) written; ${remove.length} old archive(s) removed`,
  })
  return { path: result.path, bytes: result.bytes, sha256: result.sha256, removed: remove.length }
}

/** The time in a scheduled archive's name, or null for any other file. */
export function archiveDate({ name }: { name: string }): Date | null {
  const match = /^ttdn-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz(\.enc)?$/.exec(
    name,
  )
  if (!match) return null
  const [, year, month, day, hour, minute, second] = match
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`)
}

const ARCHIVE_PREFIX = 'ttdn-backup-'

/**
 * Removes the half-written archives (`ttdn-backup-….partial`) and work folders
 * (`.ttdn-backup-…`, createBackup's SQLite snapshot) of a run that was killed: a complete
 * archive never has either name, so they are never counted or kept by retention, but they hold
 * a copy of the database and fill the disk. Only those last modified before `startedAt` go:
 * scheduled backups never overlap, and one that is running writes its files as it goes.
 */
async function removeDeadRunLeftovers({
  directory,
  startedAt,
}: {
  directory: string
  startedAt: Date
}): Promise<string[]> {
  return removeEntriesWrittenBefore({
    folder: directory,
    before: startedAt,
    isCandidate: (name) =>
      (name.startsWith(ARCHIVE_PREFIX) && name.endsWith('.partial')) ||
      name.startsWith(`.${ARCHIVE_PREFIX}`),
  })
}
