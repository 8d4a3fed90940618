import fs from 'node:fs/promises'
import path from 'node:path'

/** One good backup: when it finished, where it is, its size and SHA-256. */
export type BackupRecord = { at: string; path: string; bytes: number; sha256: string }

/**
 * Where good backups are recorded: `DATA_DIR/backups.json`, a small file rather than a
 * collection, because the record must not be part of the data it describes (a restored
 * database would otherwise claim backups made of it elsewhere), `npm run backup` and the
 * scheduled job write it from different processes without a schema change, and the health
 * check reads it without a database query. With several app servers, give them one DATA_DIR or
 * run the backup where the health check that watches it runs.
 */
export function backupRecordsFile({ dataDir }: { dataDir: string }): string {
  return path.join(dataDir, 'backups.json')
}

/** `backups.json` holds something other than a list of backup records. */
export class BackupRecordsUnreadableError extends Error {
  constructor({ file, cause }: { file: string; cause?: unknown }) {
    super(`${file} is not a list of backup records`, { cause })
    this.name = 'BackupRecordsUnreadableError'
  }
}

/**
 * Adds `record` to the file, keeping the newest {@link KEPT_RECORDS}; written atomically. A
 * damaged file is kept aside as `backups.json.damaged` for the operator and a new list is
 * started, so that one bad write never stops every later backup from being recorded.
 */
export async function recordGoodBackup({
  dataDir,
  record,
}: {
  dataDir: string
  record: BackupRecord
}): Promise<{ setAside: string | null }> {
  const file = backupRecordsFile({ dataDir })
  let earlier: BackupRecord[] = []
  let setAside: string | null = null
  try {
    earlier = await readBackupRecords({ dataDir })
  } catch (error) {
    if (!(error instanceof BackupRecordsUnreadableError)) throw error
    setAside = `${file}.damaged`
    await fs.rename(file, setAside)
  }
  const records = [...earlier, record].slice(-KEPT_RECORDS)
  await fs.mkdir(dataDir, { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await fs.writeFile(partial, JSON.stringify(records, null, 2))
  await fs.rename(partial, file)
  return { setAside }
}

/**
 * The recorded good backups, oldest first; none when nothing was recorded yet. Throws
 * {@link BackupRecordsUnreadableError} when the file is not JSON or not a list of records.
 */
export async function readBackupRecords({ dataDir }: { dataDir: string }): Promise<BackupRecord[]> {
  const file = backupRecordsFile({ dataDir })
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  let records: unknown
  try {
    records = JSON.parse(text)
  } catch (error) {
    throw new BackupRecordsUnreadableError({ file, cause: error })
  }
  if (!Array.isArray(records) || !records.every(isBackupRecord)) {
    throw new BackupRecordsUnreadableError({ file })
  }
  return records
}

const KEPT_RECORDS = 100

function isBackupRecord(value: unknown): value is BackupRecord {
  const record = value as Partial<BackupRecord> | null
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.at === 'string' &&
    !Number.isNaN(Date.parse(record.at)) &&
    typeof record.path === 'string'
  )
}
