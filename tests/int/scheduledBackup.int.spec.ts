import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backupRecordsFile, readBackupRecords } from '../../src/backup/backupRecords'
import { runScheduledBackup } from '../../src/backup/scheduledBackup'
import { getEnv, type Env } from '../../src/env'
import { EDITORIAL_QUEUE } from '../../src/jobs'
import { translate } from '../../src/i18n'
import { useScratchFolder } from '../helpers/scratchFolder'
import { startPayload, type TestApp } from '../helpers/startPayload'

describe('scheduled backups, retention and the health of backups', () => {
  const scratch = useScratchFolder({ prefix: 'scheduled-backup' })
  let app: TestApp
  let backupDir: string

  const health = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await app.rest.request('GET', '/health', {
      headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const archivesIn = async (folder: string): Promise<string[]> =>
    (await fs.readdir(folder)).filter((name) => name.startsWith('ttdn-backup-')).sort()

  beforeAll(async () => {
    backupDir = path.join(scratch(), 'backups')
    app = await startPayload({ env: { BACKUP_DIR: backupDir, BACKUP_MAX_AGE_HOURS: '30' } })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('reports degraded (200, in the requester’s language) while there is no backup', async () => {
    const { status, body } = await health()
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'degraded',
      db: 'ok',
      backup: { status: 'degraded', lastBackupAt: null, ageHours: null },
      problems: { backup: translate({ locale: 'fr', key: 'health.backupStale' }) },
    })
  })

  it('reports a corrupt record of backups as degraded with a clear message instead of failing', async () => {
    const file = backupRecordsFile({ dataDir: getEnv().dataDir })
    await fs.mkdir(path.dirname(file), { recursive: true })
    for (const damaged of ['{"at": "2026-0', '{"not":"a list"}', '[{"at":"hier"}]']) {
      await fs.writeFile(file, damaged)
      const { status, body } = await health()
      expect({ damaged, status }).toEqual({ damaged, status: 200 })
      expect(body).toMatchObject({
        status: 'degraded',
        backup: { status: 'degraded', lastBackupAt: null },
        problems: { backup: translate({ locale: 'fr', key: 'health.backupRecordsUnreadable' }) },
      })
    }
  })

  it('applies retention over many nights, records each good backup and never counts or keeps a killed run’s partial archive', async () => {
    const base = getEnv()
    const env: Env = {
      ...base,
      backup: { ...base.backup, keep: { daily: 3, weekly: 2, monthly: 2 } },
    }
    const startedAt = new Date()
    // What a run killed mid-write leaves: a half archive and its work folder, from before.
    await fs.mkdir(backupDir, { recursive: true })
    const partial = path.join(backupDir, 'ttdn-backup-20260101T023000Z.tar.gz.partial')
    const workFolder = path.join(backupDir, '.ttdn-backup-AbCdEf')
    await fs.writeFile(partial, 'half an archive')
    await fs.mkdir(workFolder)
    await fs.writeFile(path.join(workFolder, 'ttdn.db'), 'half a snapshot')
    const longAgo = new Date(startedAt.getTime() - 3_600_000)
    for (const entry of [partial, workFolder]) await fs.utimes(entry, longAgo, longAgo)

    // Nightly at 02:30 from Thursday 1 January 2026 to Saturday 14 February 2026.
    const nights: Date[] = []
    for (let day = 0; day < 45; day += 1) {
      nights.push(new Date(Date.UTC(2026, 0, 1 + day, 2, 30)))
    }
    let removed = 0
    for (const now of nights) {
      const output = await runScheduledBackup({ payload: app.payload, now, env, startedAt })
      removed += output.removed
    }

    expect(await fs.readdir(backupDir)).not.toContain(path.basename(partial))
    expect(await fs.readdir(backupDir)).not.toContain(path.basename(workFolder))
    // The 3 newest nights; the newest of the 2 newest ISO weeks (Sunday 8 February, the
    // current week's is the 14th); the newest of the 2 newest months (31 January).
    expect(await archivesIn(backupDir)).toEqual([
      'ttdn-backup-20260131T023000Z.tar.gz',
      'ttdn-backup-20260208T023000Z.tar.gz',
      'ttdn-backup-20260212T023000Z.tar.gz',
      'ttdn-backup-20260213T023000Z.tar.gz',
      'ttdn-backup-20260214T023000Z.tar.gz',
    ])
    expect(removed).toBe(nights.length - 5)
    const records = await readBackupRecords({ dataDir: base.dataDir })
    expect(records.map((record) => record.at)).toEqual(nights.map((night) => night.toISOString()))
    expect(records.every((record) => !record.path.endsWith('.partial'))).toBe(true)
    // The damaged record of the test before was kept aside, not lost.
    expect(
      await fs.readFile(`${backupRecordsFile({ dataDir: base.dataDir })}.damaged`, 'utf8'),
    ).toBeTruthy()

    // The newest record is from February 2026, long before the test's clock: degraded.
    const stale = await health()
    expect(stale.body).toMatchObject({
      status: 'degraded',
      backup: { status: 'degraded', lastBackupAt: nights.at(-1)!.toISOString() },
      problems: { backup: translate({ locale: 'fr', key: 'health.backupStale' }) },
    })
  })

  it('runs as the scheduled-backup job and turns health ok after a fresh backup', async () => {
    const before = await archivesIn(backupDir)
    await app.payload.jobs.queue({ task: 'scheduled-backup', input: {}, queue: EDITORIAL_QUEUE })
    await app.payload.jobs.run({ queue: EDITORIAL_QUEUE, limit: 10 })
    const after = await archivesIn(backupDir)
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1)
    const { status, body } = await health()
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', backup: { status: 'ok' } })
    expect(body).not.toHaveProperty('problems')
  })
})
