import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { globalSlugs, slugs } from '../../collections/slugs'
import type { ListsImportReport } from '../../src/lists/importLists'
import { LIST_SHEETS, type ListName, type ListRow } from '../../src/lists/listSheets'
import { readListsFile, writeListsWorkbook } from '../../src/lists/listsWorkbook'
import { seed } from '../../src/seed'
import { demoFocalPoints } from '../../src/seed/data/agencies'
import { settingsSeed } from '../../src/seed/data/settings'
import { signInJournalist, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Sheets = Partial<Record<ListName, ListRow[]>>

/**
 * The province's lists out of one deployment and into another (issue 19 item 4): the demo
 * seed's lists exported as a workbook by `GET /api/lists/export`, imported by
 * `POST /api/lists/import` into an empty database, and compared cell by cell — every locale,
 * the focal points, the topic tree, the places' variants, the settings.
 */
describe('lists import and export', () => {
  let source: TestApp | undefined
  let app: TestApp
  let exported: Buffer
  let sourceSheets: Sheets
  let admin: string
  let tokens: Record<'contributor' | 'department-manager' | 'journalist', string>

  beforeAll(async () => {
    source = await startPayload()
    const req = await createLocalReq({}, source.payload)
    await seed({ payload: source.payload, req })
    await applyDemoFocalPoints({ app: source })
    const sourceAdmin = await signInStaffPerRole({ app: source, roles: ['admin'] })
    const response = await source.rest.request('GET', '/lists/export', {
      token: sourceAdmin.tokens.admin,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE)
    exported = Buffer.from(await response.arrayBuffer())
    sourceSheets = await sheetsOf({ data: exported })
    await source.stop()
    source = undefined

    // Payload keeps one instance per process and reads the environment once per module
    // registry: the empty deployment needs both afresh.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    vi.resetModules()
    // Drizzle pushes a schema once per process unless told again: the new database is empty.
    app = await startPayload({ env: { PAYLOAD_FORCE_DRIZZLE_PUSH: 'true' } })
    const staff = await signInStaffPerRole({
      app,
      roles: ['admin', 'department-manager', 'contributor'],
    })
    admin = staff.tokens.admin
    tokens = {
      contributor: staff.tokens.contributor,
      'department-manager': staff.tokens['department-manager'],
      journalist: (await signInJournalist({ app, email: 'press@lists.test' })).token,
    }
  }, 240_000)

  afterAll(async () => {
    await source?.stop()
    await app?.stop()
  })

  async function importFile({
    data,
    dryRun = false,
    token = admin,
    filename = 'lists.xlsx',
    headers,
  }: {
    data: Buffer
    dryRun?: boolean
    token?: string
    filename?: string
    headers?: Record<string, string>
  }): Promise<Response> {
    const form = new FormData()
    form.set('file', new File([new Uint8Array(data)], filename, { type: XLSX_TYPE }))
    return app.rest.request('POST', `/lists/import${dryRun ? '?dryRun=1' : ''}`, {
      body: form,
      token,
      ...(headers ? { headers } : {}),
    })
  }

  async function importReport(args: Parameters<typeof importFile>[0]): Promise<ListsImportReport> {
    const response = await importFile(args)
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as ListsImportReport
  }

  async function exportNow(): Promise<Sheets> {
    const response = await app.rest.request('GET', '/lists/export', { token: admin })
    expect(response.status).toBe(200)
    return sheetsOf({ data: Buffer.from(await response.arrayBuffer()) })
  }

  async function countLists(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    for (const collection of [slugs.agencies, slugs.topics, slugs.places]) {
      counts[collection] = (await app.payload.count({ collection })).totalDocs
    }
    return counts
  }

  it('exports the demo seed lists with every locale, the focal points and the settings', () => {
    const agency = sourceSheets.agencies?.find((row) => row.code === 'so-vhttdl')
    expect(agency).toMatchObject({
      kind: 'provincial-department',
      name_vi: 'Sở Văn hóa, Thể thao và Du lịch',
      name_fr: 'Département de la Culture, des Sports et du Tourisme',
      name_ja: '',
      leader_name: demoFocalPoints['so-vhttdl']!.leader.name,
      officer_phone: demoFocalPoints['so-vhttdl']!.officer.phone,
    })
    expect(sourceSheets.topics?.find((row) => row.slug === 'khu-cong-nghiep')).toMatchObject({
      parent: 'dau-tu',
      name_km: 'តំបន់ឧស្សាហកម្ម',
    })
    expect(sourceSheets.places?.find((row) => row.slug === 'dong-nai')?.variants).toContain('Донай')
    const [settings] = sourceSheets.settings ?? []
    expect(settings).toMatchObject({
      provinceName_zh: settingsSeed.provinceName.zh,
      managingAgency: settingsSeed.managingAgencyCode,
      usageTerms_en: settingsSeed.usageTerms.en,
      // Stored nowhere in Japanese: the export leaves it empty, not the fallback's text.
      usageTerms_ja: '',
    })
  })

  it('reports in a dry run every row as it would import it, and writes nothing', async () => {
    const before = await countLists()
    const report = await importReport({ data: exported, dryRun: true })
    expect(report.dryRun).toBe(true)
    expect(
      report.counts.error,
      JSON.stringify(report.rows.filter((row) => row.action === 'error')),
    ).toBe(0)
    expect(report.counts.create).toBe(
      (sourceSheets.agencies?.length ?? 0) +
        (sourceSheets.topics?.length ?? 0) +
        (sourceSheets.places?.length ?? 0),
    )
    expect(await countLists()).toEqual(before)
  })

  it('imports the export into an empty database as the same lists, every locale and the topic tree', async () => {
    const report = await importReport({ data: exported })
    expect(
      report.counts.error,
      JSON.stringify(report.rows.filter((row) => row.action === 'error')),
    ).toBe(0)
    const imported = await exportNow()
    for (const list of ['agencies', 'topics', 'places', 'settings'] as const) {
      expect(byKey({ list, rows: imported[list] })).toEqual(
        byKey({ list, rows: sourceSheets[list] }),
      )
    }
    // What a locale has no text for stays empty there, so the library can mark the fallback.
    const settings = (await app.payload.findGlobal({
      slug: globalSlugs.settings,
      locale: 'all',
    })) as unknown as { usageTerms?: Record<string, string | null> }
    expect(settings.usageTerms?.ja ?? null).toBeNull()
    expect(settings.usageTerms?.en).toBe(settingsSeed.usageTerms.en)
  })

  it('changes nothing when the same file is imported again', async () => {
    const before = await countLists()
    const report = await importReport({ data: exported })
    expect(report.counts).toEqual({ create: 0, update: 0, error: 0, unchanged: report.rows.length })
    expect(await countLists()).toEqual(before)
  })

  it('updates the one row an edited file changes, replacing its focal points as a set', async () => {
    const sheets = structuredClone(sourceSheets)
    const topic = sheets.topics!.find((row) => row.slug === 'du-lich')!
    topic.name_en = 'Travel and tourism'
    const agency = sheets.agencies!.find((row) => row.code === 'so-ngoai-vu')!
    agency.officer_name = 'Hoàng Văn Em'
    agency.officer_phone = ''
    const report = await importReport({ data: await writeListsWorkbook({ rows: sheets }) })
    expect(report.counts).toMatchObject({ create: 0, update: 2, error: 0 })
    expect(report.rows.find((row) => row.key === 'du-lich')).toMatchObject({
      action: 'update',
      changed: ['name_en'],
    })
    expect(report.rows.find((row) => row.key === 'so-ngoai-vu')).toMatchObject({
      action: 'update',
      changed: ['officer_name', 'officer_phone'],
    })
    const after = await exportNow()
    expect(after.topics!.find((row) => row.slug === 'du-lich')).toMatchObject({
      name_en: 'Travel and tourism',
      name_vi: topic.name_vi,
      name_ja: topic.name_ja,
    })
    expect(after.agencies!.find((row) => row.code === 'so-ngoai-vu')).toMatchObject({
      officer_name: 'Hoàng Văn Em',
      officer_phone: '',
      leader_name: agency.leader_name,
    })
  })

  it('reports a bad row with its reason and lands the rest, parents resolved in any order', async () => {
    const rows: Sheets = {
      topics: [
        {
          slug: 'le-hoi-thu-con',
          parent: 'le-hoi-thu',
          name_vi: 'Lễ hội con',
          name_en: 'Small festivals',
        },
        { slug: 'le-hoi-thu', parent: '', name_vi: 'Lễ hội', name_en: 'Festivals' },
        { slug: 'mo-coi', parent: 'khong-co-chu-de-nay', name_vi: 'Mồ côi' },
        // The round trip stored it in eight languages: its name is required in each.
        { slug: 'du-lich', name_vi: 'Du lịch' },
      ],
      places: [
        { slug: 'ho-thu-nghiem', kind: 'nature', name_vi: 'Hồ Trị An', name_en: 'Tri An Lake' },
        { slug: 'sai-loai', kind: 'khong-phai-loai', name_vi: 'Sai loại' },
      ],
    }
    const report = await importReport({
      data: await writeListsWorkbook({ rows }),
      headers: { 'Accept-Language': 'vi' },
    })
    const outcome = (key: string) => report.rows.find((row) => row.key === key)
    expect(outcome('le-hoi-thu'), JSON.stringify(report.rows)).toMatchObject({ action: 'create' })
    expect(outcome('le-hoi-thu-con')?.action).toBe('create')
    expect(outcome('ho-thu-nghiem')?.action).toBe('create')
    expect(outcome('mo-coi')).toMatchObject({ action: 'error', row: 4 })
    expect(outcome('mo-coi')?.message).toContain('khong-co-chu-de-nay')
    expect(outcome('sai-loai')).toMatchObject({ action: 'error', row: 3 })
    expect(outcome('sai-loai')?.message).toBeTruthy()
    expect(outcome('du-lich')?.message).toMatch(/^English: /)
    const { docs } = await app.payload.find({
      collection: slugs.topics,
      where: { slug: { in: ['le-hoi-thu-con', 'mo-coi'] } },
      depth: 1,
    })
    expect(docs.map((doc) => doc.slug)).toEqual(['le-hoi-thu-con'])
    expect(docs[0]!.parent).toMatchObject({ slug: 'le-hoi-thu' })
    expect(
      await app.payload.count({
        collection: slugs.places,
        where: { slug: { equals: 'sai-loai' } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('exports with npm run lists and finds nothing to change when that file is dry-run imported', async () => {
    const file = path.join(app.dir, 'lists-cli.xlsx')
    const exportRun = await listsCli(['export', file])
    expect(exportRun.stdout).toContain(`Lists written to ${file}`)
    expect(
      byKey({ list: 'topics', rows: (await sheetsOf({ data: await readFile(file) })).topics }),
    ).toEqual(byKey({ list: 'topics', rows: (await exportNow()).topics }))
    const importRun = await listsCli(['import', file, '--dry-run'])
    expect(importRun.stdout).toMatch(
      /Dry run, nothing written: 0 created, 0 updated, \d+ unchanged, 0 failed/,
    )
  }, 120_000)

  it('refuses contributors and journalists (403) and anonymous callers (401)', async () => {
    for (const token of [tokens.contributor, tokens.journalist]) {
      expect((await app.rest.request('GET', '/lists/export', { token })).status).toBe(403)
      expect((await importFile({ data: exported, token })).status).toBe(403)
    }
    expect((await app.rest.request('GET', '/lists/export')).status).toBe(401)
  })

  it('lets a department manager export, and refuses them the agencies a single save refuses', async () => {
    const response = await app.rest.request('GET', '/lists/export', {
      token: tokens['department-manager'],
    })
    expect(response.status).toBe(200)
    const sheets = await sheetsOf({ data: Buffer.from(await response.arrayBuffer()) })
    const agency = sheets.agencies!.find((row) => row.code === 'so-vhttdl')!
    agency.name_en = 'Renamed by a department manager'
    const report = await importReport({
      data: await writeListsWorkbook({ rows: { agencies: sheets.agencies! } }),
      token: tokens['department-manager'],
    })
    expect(report.rows.find((row) => row.key === 'so-vhttdl')?.action).toBe('error')
  })

  it('answers a file that is no workbook with a 400 in the requester language and writes nothing', async () => {
    const before = await countLists()
    const response = await importFile({
      data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      filename: 'photo.jpg',
      headers: { 'Accept-Language': 'vi' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]!.message).toContain('Chưa nhập gì')
    const unknownColumn = await importFile({
      data: await workbookWithHeader({ sheet: 'topics', header: ['slug', 'name_vi', 'ten_sai'] }),
      headers: { 'Accept-Language': 'en' },
    })
    expect(unknownColumn.status).toBe(400)
    expect(
      ((await unknownColumn.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
    ).toContain('ten_sai')
    expect(await countLists()).toEqual(before)
  })
})

/** `npm run lists -- …` in its own process, on the suite's database (its schema exists). */
async function listsCli(args: string[]): Promise<{ stdout: string }> {
  const { stdout } = await promisify(execFile)(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/lists.ts', ...args],
    {
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', PAYLOAD_MIGRATING: 'true' },
      timeout: 120_000,
    },
  )
  return { stdout }
}

/** Reads a lists workbook back into its rows. */
async function sheetsOf({ data }: { data: Buffer }): Promise<Sheets> {
  const file = await readListsFile({ data })
  return Object.fromEntries(
    Object.entries(file).map(([list, sheet]) => [list, sheet.rows.map(({ cells }) => cells)]),
  )
}

/** A sheet's rows by their key, so two exports compare whatever their row order. */
function byKey({ list, rows = [] }: { list: ListName; rows?: ListRow[] }): Record<string, ListRow> {
  const key = LIST_SHEETS[list].key
  return Object.fromEntries(rows.map((row, index) => [key ? row[key]! : String(index), row]))
}

/** A workbook whose one sheet has exactly `header` (with a column no list has). */
async function workbookWithHeader({
  sheet,
  header,
}: {
  sheet: string
  header: string[]
}): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const worksheet = workbook.addWorksheet(sheet)
  worksheet.addRow(header)
  worksheet.addRow(header.map((column) => `x-${column}`))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The demo seed's focal points (src/seed/index.ts writes the same with `demo: true`). */
async function applyDemoFocalPoints({ app }: { app: TestApp }): Promise<void> {
  for (const [code, focalPoints] of Object.entries(demoFocalPoints)) {
    const { docs } = await app.payload.find({
      collection: slugs.agencies,
      where: { code: { equals: code } },
      depth: 0,
      limit: 1,
    })
    if (!docs[0]) continue
    await app.payload.update({
      collection: slugs.agencies,
      id: docs[0].id,
      data: { focalPoints } as Record<string, unknown>,
    })
  }
}
