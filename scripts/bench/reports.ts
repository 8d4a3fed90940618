/**
 * `npm run bench:reports [-- --items=100000 --rounds=5]`: the statistics of a year for every
 * agency, counted by the database (src/reports/sqliteStatistics.ts), against the same figures
 * counted by reading every document through the Local API (scripts/bench/reportsBaseline.ts),
 * on the same data in the same run.
 *
 * 1. Boots the app on a scratch SQLite file (never the configured database) and seeds the
 *    province's agencies, a department manager and two syndication targets.
 * 2. Fills `--items=` items over two years (2024 and 2025) with their timelines, translations,
 *    pushes, journalists, downloads and page views, as rows (scripts/bench/reportsFill.ts).
 * 3. Computes the statistics of 2025 as the department manager, ours and the baseline in
 *    alternating rounds, checks that both give the same JSON, and prints the medians:
 *    `RESULT reports statistics_year_ms=<ms> baseline=<ms> ratio=<x>` (ratio: how many times
 *    faster ours is).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { scratchAppEnv } from '../../tests/helpers/scratchEnv'
import { loadPayloadApp } from '../lib/loadPayloadApp'
import type { Statistics } from '../../src/reports/statisticsTypes'
import { formatNumber, medianOf, resultLine } from './load'

const argument = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const items = argument('items', 100_000)
const rounds = argument('rounds', 5)
const say = (line: string) => process.stdout.write(`${line}\n`)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-bench-reports-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir: scratch }),
  JOBS_AUTORUN: 'false',
})

const { config, getPayload } = await loadPayloadApp()
const { createLocalReq } = await import('payload')
const { seed } = await import('../../src/seed')
const { computeStatisticsWith, statisticsBackend } = await import(
  '../../src/reports/computeStatistics'
)
const { readEveryDocumentStatistics } = await import('./reportsBaseline')
const { renderReportDocx } = await import('../../src/reports/renderReportDocx')
const { renderReportXlsx } = await import('../../src/reports/renderReportXlsx')
const { reportingSettingsFrom } = await import('../../src/reports/reportingSettings')
const { fillReportsData } = await import('./reportsFill')
const payload = await getPayload({ config, disableOnInit: true })

let exitCode = 0
try {
  const seedReq = await createLocalReq({}, payload)
  await seed({ payload, req: seedReq })
  const agencies = (
    await payload.find({ collection: 'agencies', limit: 0, pagination: false, depth: 0 })
  ).docs
  const manager = await payload.create({
    collection: 'users',
    data: {
      email: 'manager@bench.example',
      password: 'mat-khau-bench-bao-cao-2026',
      name: 'Quản lý Sở',
      roles: ['department-manager'],
      agency: agencies[0]!.id,
    },
  })
  const targetIds: number[] = []
  for (const key of ['vietnam-vn', 'cong-thong-tin-tinh']) {
    const target = (await payload.db.create({
      collection: 'syndication-targets',
      data: {
        key,
        name: key,
        kind: 'generic',
        url: `https://${key}.example/push`,
        secret: 'bench-secret-not-used',
        enabled: false,
      },
    })) as { id: number }
    targetIds.push(target.id)
  }
  let startedAt = performance.now()
  const filled = await fillReportsData({
    payload,
    items,
    start: '2024-01-01',
    agencyIds: agencies.map((agency) => agency.id),
    targetIds,
  })
  say(
    `Database: ${Object.entries(filled)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ')} inserted in ${formatNumber((performance.now() - startedAt) / 1000)} s`,
  )

  const req = await createLocalReq({ user: { ...manager, collection: 'users' } as never }, payload)
  const year = { payload, req, from: '2025-01-01', to: '2025-12-31' }
  const timed = async (backend: Parameters<typeof computeStatisticsWith>[0]['backend']) => {
    startedAt = performance.now()
    const statistics = await computeStatisticsWith({ ...year, backend })
    return { ms: performance.now() - startedAt, statistics: { ...statistics, generatedAt: '' } }
  }
  let lastStatistics: Statistics | undefined
  const ours: number[] = []
  const baseline: number[] = []
  for (let round = 1; round <= rounds; round += 1) {
    const database = await timed(statisticsBackend({ payload }))
    const everyDocument = await timed(readEveryDocumentStatistics)
    if (JSON.stringify(database.statistics) !== JSON.stringify(everyDocument.statistics)) {
      throw new Error('The database and the baseline disagree on the statistics of 2025')
    }
    lastStatistics = database.statistics
    ours.push(database.ms)
    baseline.push(everyDocument.ms)
    say(
      `Round ${round}: database ${formatNumber(database.ms)} ms, every document ${formatNumber(everyDocument.ms)} ms` +
        (round === 1
          ? ` (${database.statistics.agencies.length} agencies; ${database.statistics.totals.items.supplied} items supplied in 2025)`
          : ''),
    )
  }
  say(
    resultLine({
      bench: 'reports',
      metric: 'statistics_year_ms',
      value: medianOf(ours),
      baseline: medianOf(baseline),
      isTime: true,
    }),
  )
  await measureReportFiles({ statistics: lastStatistics! })
} catch (error) {
  exitCode = 1
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
} finally {
  await payload.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
}
process.exit(exitCode)

/**
 * The consolidated report of the year as DOCX and XLSX (src/reports/renderReport*.ts), from the
 * statistics just computed, every agency having submitted its narrative: the median of
 * `rounds` renders each. No baseline: there is no other way the app writes them.
 */
async function measureReportFiles({ statistics }: { statistics: Statistics }): Promise<void> {
  const narrative = {
    results: 'Kết quả công tác thông tin đối ngoại trong năm. '.repeat(40),
    limitations: 'Hạn chế và nguyên nhân. '.repeat(20),
    proposals: 'Đề xuất, kiến nghị. '.repeat(20),
    directions: 'Phương hướng, nhiệm vụ năm tới. '.repeat(20),
  }
  const report = {
    id: 'bench',
    kind: 'consolidated' as const,
    cycle: 'annual' as const,
    year: 2025,
    status: 'draft' as const,
    ...narrative,
    generatedAt: new Date().toISOString(),
    figures: {
      statistics,
      focalPoints: [],
      agencyReports: statistics.agencies.map(({ agency }) => ({
        agency,
        status: 'submitted' as const,
        submittedAt: '2025-11-10T03:00:00.000Z',
        narrative,
      })),
      notSubmitted: [],
    },
  }
  const issuer = { name: 'Sở Văn hóa, Thể thao và Du lịch', code: 'so-vhttdl' }
  const settings = reportingSettingsFrom({ stored: {} })
  for (const [name, render] of [
    ['DOCX', () => renderReportDocx({ report, issuer, settings })],
    ['XLSX', () => renderReportXlsx({ report, issuer })],
  ] as const) {
    const times: number[] = []
    let bytes = 0
    for (let round = 0; round < rounds; round += 1) {
      const startedAt = performance.now()
      bytes = (await render()).byteLength
      times.push(performance.now() - startedAt)
    }
    say(
      `Consolidated ${name} of 2025 (${statistics.agencies.length} agencies): median ${formatNumber(medianOf(times))} ms over ${rounds} render(s), ${formatNumber(bytes / 1024)} KB`,
    )
  }
}
