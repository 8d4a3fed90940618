import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import { readBackupRecords, type BackupRecord } from '../backup/backupRecords'
import type { Env } from '../env'
import type { MessageKey } from '../i18n'
import { getSearchIndex } from '../search/getSearchIndex'
import { assertMeilisearchHealthy } from '../search/meilisearchClient'
import { assertBucketReachable } from '../storage/s3Client'

export type PartStatus = 'ok' | 'error'

export type HealthPart = 'db' | 'storage' | 'search'

/**
 * The age of the last good backup, when scheduled backups are configured (`BACKUP_DIR`):
 * `degraded` when it is older than `BACKUP_MAX_AGE_HOURS` or there is none.
 */
export type BackupHealth = {
  status: 'ok' | 'degraded'
  lastBackupAt: string | null
  ageHours: number | null
  /** Why it is degraded: no recent backup, or a record of backups that cannot be read. */
  messageKey?: MessageKey
}

/** The health of each backend, and which implementation answers for it. */
export type HealthReport = {
  /** `degraded`: every backend works but something needs an operator (an old backup). */
  status: PartStatus | 'degraded'
  db: PartStatus
  storage: PartStatus
  search: PartStatus
  backends: Record<HealthPart, string>
  /** For each failing part, the message key to show the caller. */
  failures: Partial<Record<HealthPart, { messageKey: MessageKey; error: unknown }>>
  /** Only when backups are configured. */
  backup?: BackupHealth
}

const PROBE_TIMEOUT_MS = 3000

/** Probes the database, file storage and search backends concurrently. */
export async function checkHealth({
  payload,
  env,
}: {
  payload: Payload
  env: Env
}): Promise<HealthReport> {
  const probes: Record<
    HealthPart,
    { backend: string; messageKey: MessageKey; probe: () => Promise<unknown> }
  > = {
    db: {
      backend: env.database.kind,
      messageKey: 'health.dbUnavailable',
      probe: () => payload.count({ collection: slugs.agencies }),
    },
    storage: env.s3
      ? {
          backend: 's3',
          messageKey: 'health.storageUnavailable',
          probe: () => assertBucketReachable({ config: env.s3!, timeoutMs: PROBE_TIMEOUT_MS }),
        }
      : {
          backend: 'local',
          messageKey: 'health.storageUnavailable',
          probe: () => assertWritableFolder(env.mediaDir),
        },
    search: env.meilisearch
      ? {
          backend: 'meilisearch',
          messageKey: 'health.searchUnavailable',
          probe: () => assertMeilisearchHealthy({ config: env.meilisearch! }),
        }
      : {
          backend: 'embedded',
          messageKey: 'health.searchUnavailable',
          // Loaded (snapshot and log read) and writable (folder, manifest and log).
          probe: () => getSearchIndex({ env, logger: payload.logger }).assertHealthy(),
        },
  }

  const parts = Object.keys(probes) as HealthPart[]
  const outcomes = await Promise.allSettled(
    parts.map((part) =>
      withTimeout({ promise: probes[part].probe(), timeoutMs: PROBE_TIMEOUT_MS }),
    ),
  )

  const report: HealthReport = {
    status: 'ok',
    db: 'ok',
    storage: 'ok',
    search: 'ok',
    backends: {
      db: probes.db.backend,
      storage: probes.storage.backend,
      search: probes.search.backend,
    },
    failures: {},
  }
  if (env.backup.directory) {
    report.backup = await backupHealth({ payload, env, now: new Date() })
    if (report.backup.status === 'degraded' && report.status === 'ok') report.status = 'degraded'
  }
  outcomes.forEach((outcome, index) => {
    const part = parts[index]!
    if (outcome.status === 'rejected') {
      report[part] = 'error'
      report.status = 'error'
      report.failures[part] = { messageKey: probes[part].messageKey, error: outcome.reason }
    }
  })
  return report
}

async function backupHealth({
  payload,
  env,
  now,
}: {
  payload: Payload
  env: Env
  now: Date
}): Promise<BackupHealth> {
  let last: BackupRecord | undefined
  try {
    last = (await readBackupRecords({ dataDir: env.dataDir })).at(-1)
  } catch (error) {
    // A damaged record says nothing about the backups themselves: the node still serves, and
    // the operator is told which file to look at instead of the health check failing.
    payload.logger.error({ msg: 'Health check: the record of backups cannot be read', err: error })
    return {
      status: 'degraded',
      lastBackupAt: null,
      ageHours: null,
      messageKey: 'health.backupRecordsUnreadable',
    }
  }
  if (!last) {
    return { status: 'degraded', lastBackupAt: null, ageHours: null, messageKey: STALE }
  }
  const ageMs = now.getTime() - new Date(last.at).getTime()
  const isStale = ageMs > env.backup.maxAgeMs
  return {
    status: isStale ? 'degraded' : 'ok',
    ...(isStale ? { messageKey: STALE } : {}),
    lastBackupAt: last.at,
    ageHours: Math.round((ageMs / 3_600_000) * 10) / 10,
  }
}

const STALE: MessageKey = 'health.backupStale'

async function assertWritableFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true })
  await fs.access(folder, fs.constants.W_OK)
}

async function withTimeout<T>({
  promise,
  timeoutMs,
}: {
  promise: Promise<T>
  timeoutMs: number
}): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
