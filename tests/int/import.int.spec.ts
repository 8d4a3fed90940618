import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../../src/env'
import { LOCALES } from '../../src/i18n/locales'
import { IMPORT_COLUMNS } from '../../src/import/columns'
import { expireAbandonedBatches } from '../../src/import/expireAbandonedBatches'
import {
  commitImportBatch,
  createImportBatch,
  importFolder,
  type ImportBatchRecord,
} from '../../src/import/importBatch'
import { IMPORT_QUEUE, IMPORT_TASK } from '../../src/import/importBatchTask'
import type { BatchFormat } from '../../src/import/readBatch'
import type { User } from '../../src/payload-types'
import { createAgency, signInStaff, TEST_PASSWORD } from '../helpers/accounts'
import { startAppProcess, stopAllAppProcesses } from '../helpers/appProcess'
import { cameraPhoto, EMBEDDED } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { waitFor } from '../helpers/waitFor'

/**
 * Batch import (issue 19, item 1): sheets and ZIPs read, dry-run, committed through the Local
 * API as the importing person, idempotent by externalId or file hash.
 */
describe('batch import of a sheet or a ZIP', () => {
  let app: TestApp
  let ownAgency: number
  let publisher: User
  let contributor: User

  beforeAll(async () => {
    app = await startPayload()
    await signInStaff({ app, email: 'admin@import.test', roles: ['admin'] })
    ownAgency = await createAgency({ app, name: 'Sở Văn hoá', code: 'so-vhttdl' })
    await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    await app.payload.create({
      collection: slugs.topics,
      data: { name: 'Du lịch', slug: 'du-lich' } as never,
    })
    const publisherId = (
      await signInStaff({ app, email: 'pub@import.test', roles: ['publisher'], agency: ownAgency })
    ).id
    const contributorId = (
      await signInStaff({
        app,
        email: 'con@import.test',
        roles: ['contributor'],
        agency: ownAgency,
      })
    ).id
    publisher = await staffUser({ app, id: publisherId })
    contributor = await staffUser({ app, id: contributorId })
  })

  afterAll(async () => {
    await stopAllAppProcesses()
    await app?.stop()
  })

  async function importBatch({
    user,
    data,
    fileName,
    format,
    shouldCommit = true,
    shouldPublish = false,
  }: {
    user: User
    data: Buffer
    fileName: string
    format: BatchFormat
    shouldCommit?: boolean
    shouldPublish?: boolean
  }): Promise<{ batch: ImportBatchRecord; committed: ImportBatchRecord | null }> {
    const batch = await createImportBatch({
      payload: app.payload,
      env: getEnv(),
      user: { ...user, collection: slugs.users } as never,
      input: Readable.from(data),
      fileName,
      format,
      language: 'en',
    })
    if (!shouldCommit) return { batch, committed: null }
    if (shouldPublish)
      await app.payload.update({
        collection: slugs.importBatches,
        id: batch.id,
        data: { shouldPublish },
      })
    await commitImportBatch({ payload: app.payload, env: getEnv(), id: batch.id })
    const committed = await app.payload.findByID({
      collection: slugs.importBatches as never,
      id: batch.id,
      depth: 0,
    })
    return { batch, committed: committed as unknown as ImportBatchRecord }
  }

  async function articleBy(externalId: string): Promise<Record<string, unknown> | undefined> {
    const { docs } = await app.payload.find({
      collection: slugs.articles,
      where: { externalId: { equals: externalId } } as never,
      draft: true,
      locale: 'all',
      depth: 0,
    })
    expect(docs.length).toBeLessThanOrEqual(1)
    return docs[0] as Record<string, unknown> | undefined
  }

  async function versionsOf(
    collection: 'articles' | 'media' | 'albums',
    id: unknown,
  ): Promise<number> {
    const { totalDocs } = await app.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      depth: 0,
    })
    return totalDocs
  }

  it.each(['csv', 'xlsx'] as const)(
    'a %s sheet with eight languages lands in all eight, as drafts of the agency',
    async (format) => {
      const rows = [eightLanguageRow({ externalId: `tam-ngu-${format}`, topics: 'du-lich' })]
      const { batch, committed } = await importBatch({
        user: contributor,
        data: await sheetOf({ rows, format }),
        fileName: `bai.${format}`,
        format,
      })
      expect(batch.dryRun).toMatchObject([{ row: 2, action: 'create' }])
      expect(committed).toMatchObject({ status: 'done', total: 1, done: 1, created: 1, failed: 0 })
      const article = await articleBy(`tam-ngu-${format}`)
      const titles = article!.title as Record<string, string>
      for (const locale of LOCALES) expect(titles[locale]).toBe(`Tiêu đề ${locale}`)
      expect(JSON.stringify((article!.body as Record<string, unknown>).ja)).toContain('Đoạn hai ja')
      expect(article).toMatchObject({
        agency: ownAgency,
        infoType: 'promotional',
        accessTier: 'press',
        _status: 'draft',
      })
      expect((article!.topics as unknown[]).length).toBe(1)
    },
  )

  it('importing the same sheet again changes nothing; an edited row updates its item with one version', async () => {
    const rows = [
      eightLanguageRow({ externalId: 'lap-lai-1' }),
      eightLanguageRow({ externalId: 'lap-lai-2' }),
    ]
    await importBatch({
      user: publisher,
      data: await sheetOf({ rows }),
      fileName: 'a.csv',
      format: 'csv',
    })
    const first = await articleBy('lap-lai-1')
    const second = await articleBy('lap-lai-2')
    const versions = [
      await versionsOf('articles', first!.id),
      await versionsOf('articles', second!.id),
    ]

    const again = await importBatch({
      user: publisher,
      data: await sheetOf({ rows }),
      fileName: 'a.csv',
      format: 'csv',
    })
    expect(again.batch.dryRun!.map((row) => row.action)).toEqual(['unchanged', 'unchanged'])
    expect(again.committed).toMatchObject({ unchanged: 2, created: 0, updated: 0 })
    expect(await versionsOf('articles', first!.id)).toBe(versions[0])
    expect(await versionsOf('articles', second!.id)).toBe(versions[1])

    rows[1] = { ...rows[1]!, title_en: 'An edited English title' }
    const edited = await importBatch({
      user: publisher,
      data: await sheetOf({ rows }),
      fileName: 'a.csv',
      format: 'csv',
    })
    expect(edited.batch.dryRun!.map((row) => row.action)).toEqual(['unchanged', 'update'])
    expect(edited.committed).toMatchObject({ unchanged: 1, updated: 1 })
    expect(((await articleBy('lap-lai-2'))!.title as Record<string, string>).en).toBe(
      'An edited English title',
    )
    expect(await versionsOf('articles', second!.id)).toBe(versions[1]! + 1)
    expect(await versionsOf('articles', first!.id)).toBe(versions[0])
  })

  it('a classified row is refused and leaves nothing, while the rest of the batch lands', async () => {
    const rows = [
      eightLanguageRow({ externalId: 'mat-truoc' }),
      { ...eightLanguageRow({ externalId: 'mat-giua' }), classification: 'mat' },
      eightLanguageRow({ externalId: 'mat-sau' }),
    ]
    const { batch, committed } = await importBatch({
      user: publisher,
      data: await sheetOf({ rows }),
      fileName: 'mat.csv',
      format: 'csv',
    })
    expect(batch.dryRun!.map((row) => row.action)).toEqual(['create', 'error', 'create'])
    expect(committed).toMatchObject({ created: 2, failed: 1 })
    expect(committed!.failures).toEqual([
      expect.objectContaining({
        row: 3,
        externalId: 'mat-giua',
        action: 'error',
        reason: expect.stringContaining('State-secret material') as unknown,
      }),
    ])
    expect(await articleBy('mat-giua')).toBeUndefined()
    expect(await articleBy('mat-truoc')).toBeDefined()
    expect(await articleBy('mat-sau')).toBeDefined()
  })

  it("a contributor's row for another agency is refused with the reason; their own row lands", async () => {
    const rows = [
      { ...eightLanguageRow({ externalId: 'khac-co-quan' }), agency: 'bao-dong-nai' },
      { ...eightLanguageRow({ externalId: 'cung-co-quan' }), agency: 'so-vhttdl' },
    ]
    const { batch, committed } = await importBatch({
      user: contributor,
      data: await sheetOf({ rows }),
      fileName: 'khac.csv',
      format: 'csv',
    })
    expect(batch.dryRun![0]).toMatchObject({
      action: 'error',
      reason: 'You may only create content for your own agency.',
    })
    expect(committed).toMatchObject({ created: 1, failed: 1 })
    expect(await articleBy('khac-co-quan')).toBeUndefined()
    expect(await articleBy('cung-co-quan')).toBeDefined()
  })

  it("a contributor's row whose externalId is a restricted item they may not read is refused in the dry run, and the item is untouched", async () => {
    const hidden = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: {
        title: 'Hồ sơ hạn chế',
        agency: ownAgency,
        accessTier: 'restricted',
        infoType: 'official',
        classification: 'unclassified',
        externalId: 'han-che-1',
      } as never,
    })
    const rows = [{ ...eightLanguageRow({ externalId: 'han-che-1' }), agency: 'so-vhttdl' }]
    const { batch, committed } = await importBatch({
      user: contributor,
      data: await sheetOf({ rows }),
      fileName: 'han-che.csv',
      format: 'csv',
    })
    expect(batch.dryRun![0]).toMatchObject({ action: 'error' })
    expect(batch.dryRun![0]).not.toHaveProperty('id')
    expect(batch.dryRun![0]!.reason).toContain('han-che-1')
    expect(committed).toMatchObject({ created: 0, updated: 0, failed: 1 })
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: hidden.id,
      draft: true,
      locale: 'all',
    })
    expect((stored.title as unknown as Record<string, string>).vi).toBe('Hồ sơ hạn chế')
  })

  it('over REST: upload answers the dry run, a contributor may not publish, commit runs as a job to done', async () => {
    const contributorToken = await app.rest.login({
      collection: slugs.users,
      email: 'con@import.test',
      password: TEST_PASSWORD,
    })
    const sheet = await sheetOf({ rows: [eightLanguageRow({ externalId: 'qua-rest' })] })
    const uploaded = await app.rest.request('POST', '/import-batches/upload?filename=rest.csv', {
      token: contributorToken,
      body: sheet.toString('utf8'),
      headers: { 'content-type': 'text/csv' },
    })
    expect(uploaded.status).toBe(201)
    const batch = (await uploaded.json()) as ImportBatchRecord
    expect(batch).toMatchObject({ status: 'checked', total: 1, dryRun: [{ action: 'create' }] })
    expect(batch).not.toHaveProperty('storedFile')

    const refused = await app.rest.request('POST', `/import-batches/${batch.id}/commit`, {
      token: contributorToken,
      body: { publish: true },
    })
    expect(refused.status).toBe(403)
    const committed = await app.rest.request('POST', `/import-batches/${batch.id}/commit`, {
      token: contributorToken,
      body: { publish: false },
    })
    expect(committed.status).toBe(200)
    await app.payload.jobs.run({ queue: IMPORT_QUEUE })
    const progress = await app.rest.request('GET', `/import-batches/${batch.id}/progress`, {
      token: contributorToken,
    })
    expect(await progress.json()).toMatchObject({ status: 'done', done: 1, created: 1 })
    expect(await articleBy('qua-rest')).toBeDefined()
  })

  it('a commit killed in the middle resumes after a restart and finishes without duplicates', async () => {
    const rows = Array.from({ length: 40 }, (_, n) => eightLanguageRow({ externalId: `sap-${n}` }))
    const { batch } = await importBatch({
      user: publisher,
      data: await sheetOf({ rows }),
      fileName: 'lon.csv',
      format: 'csv',
      shouldCommit: false,
    })
    await app.payload.update({
      collection: slugs.importBatches as never,
      id: batch.id,
      data: { status: 'queued' } as never,
    })
    await app.payload.jobs.queue({
      task: IMPORT_TASK,
      queue: IMPORT_QUEUE,
      input: { batchId: String(batch.id) },
    } as never)
    const progress = async () =>
      (await app.payload.findByID({
        collection: slugs.importBatches as never,
        id: batch.id,
        depth: 0,
      })) as unknown as ImportBatchRecord
    const childEnv = {
      JOBS_AUTORUN: 'true',
      JOBS_LEASE_SECONDS: '2',
      PAYLOAD_SECRET: getEnv().payloadSecret,
    }
    const first = await startAppProcess({ dir: app.dir, env: childEnv })
    await waitFor({
      what: 'the batch half-way',
      until: async () => (await progress()).done > 0,
      output: first.output,
      intervalMs: 20,
      timeoutMs: 120_000,
    })
    await first.kill()
    const cutOff = (await progress()).done
    expect(cutOff).toBeLessThan(rows.length)

    const second = await startAppProcess({ dir: app.dir, env: childEnv })
    await waitFor({
      what: 'the batch done',
      until: async () => (await progress()).status === 'done',
      output: second.output,
      timeoutMs: 180_000,
    })
    await second.stop()
    expect(await progress()).toMatchObject({ done: 40, created: 40, failed: 0, total: 40 })
    const { totalDocs } = await app.payload.count({
      collection: slugs.articles,
      where: { externalId: { like: 'sap-' } } as never,
    })
    expect(totalDocs).toBe(40)
  }, 400_000)

  it('a ZIP with a sheet: a photo row takes its texts from the row; an article whose save fails leaves no file behind', async () => {
    const zip = new JSZip()
    zip.file('hang-loat/anh-dong.jpg', await cameraPhoto({ width: 320, height: 240 }))
    zip.file('hang-loat/anh-bai.jpg', await cameraPhoto({ width: 330, height: 240 }))
    zip.file(
      'hang-loat/danh-sach.csv',
      await sheetOf({
        rows: [
          {
            externalId: 'anh-dong',
            kind: 'photo',
            file: 'anh-dong.jpg',
            title_vi: 'Chợ nổi',
            title_en: 'Floating market',
            credit: 'Sở Văn hoá',
          },
          // Longer than an article title may be: the article fails, so must its photo.
          {
            ...eightLanguageRow({ externalId: 'bai-hong' }),
            title_vi: 'x'.repeat(400),
            file: 'anh-bai.jpg',
          },
        ],
      }),
    )
    const mediaFolder = path.join(app.dir, 'media', 'media')
    await fs.mkdir(mediaFolder, { recursive: true })
    const filesBefore = await fs.readdir(mediaFolder)
    const { committed } = await importBatch({
      user: publisher,
      data: await zip.generateAsync({ type: 'nodebuffer' }),
      fileName: 'hang-loat.zip',
      format: 'zip',
    })
    expect(committed).toMatchObject({ total: 2, created: 1, failed: 1 })
    expect(committed!.failures).toMatchObject([{ externalId: 'bai-hong', action: 'error' }])
    const { docs } = await app.payload.find({
      collection: slugs.media,
      where: { externalId: { equals: 'anh-dong' } },
      draft: true,
      locale: 'all',
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      headline: { vi: 'Chợ nổi', en: 'Floating market' },
      credit: 'Sở Văn hoá',
      kind: 'image',
    })
    const created = docs[0]!.filename!
    const added = (await fs.readdir(mediaFolder)).filter((name) => !filesBefore.includes(name))
    expect(added.length).toBeGreaterThan(0)
    // Every new file is the landed photo's original or one of its renditions.
    const stem = created.replace(/\.[^.]+$/, '')
    expect(added.filter((name) => !name.startsWith(stem))).toEqual([])
  })

  it('events and albums import with their links in any row order; a link to a failed row is reported; again, nothing changes', async () => {
    const zip = new JSZip()
    zip.file('le-hoi/anh-1.jpg', await cameraPhoto({ width: 340, height: 240 }))
    zip.file('le-hoi/anh-2.jpg', await cameraPhoto({ width: 350, height: 240 }))
    const rows: Array<Record<string, string>> = [
      // The album first: every link of it points below.
      {
        externalId: 'album-le-hoi',
        kind: 'album',
        title_vi: 'Album lễ hội',
        title_en: 'Festival album',
        summary_vi: 'Ảnh và bài về lễ hội',
        event: 'su-kien-le-hoi',
        cover: 'anh-le-hoi-2',
        items: 'anh-le-hoi-2;article:bai-le-hoi;anh-le-hoi-1',
      },
      {
        ...eightLanguageRow({ externalId: 'bai-le-hoi' }),
        event: 'su-kien-le-hoi',
        media: 'anh-le-hoi-1',
      },
      { externalId: 'anh-le-hoi-1', kind: 'photo', file: 'anh-1.jpg', event: 'su-kien-le-hoi' },
      { externalId: 'anh-le-hoi-2', kind: 'photo', file: 'anh-2.jpg', title_vi: 'Ảnh hai' },
      {
        externalId: 'su-kien-le-hoi',
        kind: 'event',
        eventKind: 'festival',
        eventDate: '2026-03-14',
        endDate: '2026-03-16',
        title_vi: 'Lễ hội Sa Yang Va',
        title_fr: 'Fête Sa Yang Va',
        summary_vi: 'Lễ mừng lúa mới',
        place_vi: 'Xã Phú Lý',
        cover: 'anh-le-hoi-1',
      },
      // Its photo is missing from the ZIP, so the album that names it fails on the link.
      { externalId: 'anh-thieu', kind: 'photo', file: 'khong-co.jpg' },
      {
        externalId: 'album-thieu',
        kind: 'album',
        title_vi: 'Album thiếu ảnh',
        items: 'anh-thieu',
      },
    ]
    zip.file('le-hoi/danh-sach.csv', await sheetOf({ rows }))
    const data = await zip.generateAsync({ type: 'nodebuffer' })
    const { batch, committed } = await importBatch({
      user: contributor,
      data,
      fileName: 'le-hoi.zip',
      format: 'zip',
    })
    expect(batch.dryRun!.map((outcome) => outcome.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'create',
      'error',
      'create',
    ])
    expect(committed).toMatchObject({ status: 'done', created: 5, failed: 2 })
    expect(committed!.failures!.map((failure) => failure.externalId)).toEqual([
      'anh-thieu',
      'album-thieu',
    ])
    expect(committed!.failures![1]!.reason).toContain('anh-thieu')
    const one = async (collection: 'articles' | 'media' | 'events' | 'albums', id: string) => {
      const { docs } = await app.payload.find({
        collection,
        where: { externalId: { equals: id } },
        draft: true,
        locale: 'all',
        depth: 0,
      })
      expect(docs, id).toHaveLength(1)
      return docs[0] as unknown as Record<string, unknown> & { id: number }
    }
    const event = await one('events', 'su-kien-le-hoi')
    const photo1 = await one('media', 'anh-le-hoi-1')
    const photo2 = await one('media', 'anh-le-hoi-2')
    const article = await one('articles', 'bai-le-hoi')
    const album = await one('albums', 'album-le-hoi')
    expect(event).toMatchObject({
      kind: 'festival',
      title: { vi: 'Lễ hội Sa Yang Va', fr: 'Fête Sa Yang Va' },
      description: { vi: 'Lễ mừng lúa mới' },
      place: { name: { vi: 'Xã Phú Lý' } },
      cover: photo1.id,
      agency: ownAgency,
      _status: 'draft',
    })
    expect(new Date(event.startDate as string).toISOString().slice(0, 10)).toBe('2026-03-14')
    expect(photo1.event).toBe(event.id)
    expect(article).toMatchObject({ event: event.id, media: [photo1.id] })
    expect(album).toMatchObject({
      event: event.id,
      cover: photo2.id,
      title: { vi: 'Album lễ hội', en: 'Festival album' },
      items: [
        { relationTo: 'media', value: photo2.id },
        { relationTo: 'articles', value: article.id },
        { relationTo: 'media', value: photo1.id },
      ],
    })
    const { totalDocs: failedAlbums } = await app.payload.count({
      collection: slugs.albums,
      where: { externalId: { equals: 'album-thieu' } },
    })
    expect(failedAlbums).toBe(0)

    const versionsBefore = await versionsOf('albums', album.id)
    const again = await importBatch({
      user: contributor,
      data,
      fileName: 'le-hoi.zip',
      format: 'zip',
    })
    expect(again.committed).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 2 })
    expect(await versionsOf('albums', album.id)).toBe(versionsBefore)
  })

  it('a link names the item of the row’s own agency when two agencies use the same identifier', async () => {
    const { docs: agencies } = await app.payload.find({
      collection: slugs.agencies,
      where: { code: { equals: 'bao-dong-nai' } },
      depth: 0,
    })
    // Published, so that the contributor may read the other agency's event too.
    const event = (agency: number, title: string) =>
      app.payload.create({
        collection: slugs.events,
        data: {
          _status: 'published',
          title,
          agency,
          kind: 'festival',
          startDate: '2026-05-01T00:00:00.000Z',
          accessTier: 'public',
          classification: 'unclassified',
          externalId: 'su-kien-chung',
        } as never,
      })
    // The other agency's last: a lookup ignoring the agency finds the newest first.
    const own = await event(ownAgency, 'Sự kiện của sở')
    await event(agencies[0]!.id, 'Sự kiện của báo')
    const { committed } = await importBatch({
      user: contributor,
      data: await sheetOf({
        rows: [
          { ...eightLanguageRow({ externalId: 'bai-su-kien-chung' }), event: 'su-kien-chung' },
        ],
      }),
      fileName: 'chung.csv',
      format: 'csv',
    })
    expect(committed).toMatchObject({ created: 1, failed: 0 })
    expect(await articleBy('bai-su-kien-chung')).toMatchObject({ event: own.id })
  })

  it('a batch file over IMPORT_MAX_MB is refused with 413 while it streams, leaving no file and no batch', async () => {
    const env = { ...getEnv(), imports: { ...getEnv().imports, maxBytes: 256 * 1024 } }
    let produced = 0
    // 64 MB if it were read whole; the limit must stop it after a few hundred KB.
    const endless = Readable.from(
      (function* () {
        for (let n = 0; n < 1024; n += 1) {
          produced += 64 * 1024
          yield Buffer.alloc(64 * 1024, 0x41)
        }
      })(),
    )
    const folder = importFolder({ env })
    await fs.mkdir(folder, { recursive: true })
    const filesBefore = await fs.readdir(folder)
    const batchesBefore = await app.payload.count({ collection: slugs.importBatches as never })
    await expect(
      createImportBatch({
        payload: app.payload,
        env,
        user: { ...publisher, collection: slugs.users } as never,
        input: endless,
        fileName: 'lon.csv',
        format: 'csv',
        language: 'en',
      }),
    ).rejects.toMatchObject({ status: 413, message: 'The file is larger than allowed (256 KB).' })
    expect(produced).toBeLessThan(2 * 1024 * 1024)
    expect(await fs.readdir(folder)).toEqual(filesBefore)
    expect(await app.payload.count({ collection: slugs.importBatches as never })).toEqual(
      batchesBefore,
    )
  })

  it('a batch checked but not committed within IMPORT_ABANDONED_HOURS is expired: its file deleted, its commit refused', async () => {
    const { batch } = await importBatch({
      user: contributor,
      data: await sheetOf({ rows: [eightLanguageRow({ externalId: 'bo-do' })] }),
      fileName: 'bo-do.csv',
      format: 'csv',
      shouldCommit: false,
    })
    const env = getEnv()
    const stored = (await app.payload.findByID({
      collection: slugs.importBatches as never,
      id: batch.id,
      depth: 0,
    })) as unknown as ImportBatchRecord
    const filePath = path.join(importFolder({ env }), stored.storedFile)
    await fs.access(filePath)
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000)

    await expireAbandonedBatches({ payload: app.payload, env, now: hours(23) })
    await fs.access(filePath)
    await expireAbandonedBatches({ payload: app.payload, env, now: hours(25) })
    await expect(fs.access(filePath)).rejects.toThrow()
    expect(
      await app.payload.findByID({ collection: slugs.importBatches as never, id: batch.id }),
    ).toMatchObject({ status: 'expired' })

    const token = await app.rest.login({
      collection: slugs.users,
      email: 'con@import.test',
      password: TEST_PASSWORD,
    })
    const refused = await app.rest.request('POST', `/import-batches/${batch.id}/commit`, {
      token,
      body: { publish: false },
      headers: { 'accept-language': 'en' },
    })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain('has expired')
    expect(await articleBy('bo-do')).toBeUndefined()
  })

  it("Payload's own refusal of a row reaches the report in the importer's language", async () => {
    const { committed } = await importBatch({
      user: publisher,
      data: await sheetOf({
        rows: [{ ...eightLanguageRow({ externalId: 'qua-dai' }), title_vi: 'x'.repeat(400) }],
      }),
      fileName: 'dai.csv',
      format: 'csv',
    })
    expect(committed).toMatchObject({ failed: 1 })
    expect(committed!.failures![0]!.reason).toMatch(/^The following field is invalid/)
    expect(await articleBy('qua-dai')).toBeUndefined()
  })

  it('a publisher may import as published; the items are live at once', async () => {
    const { committed } = await importBatch({
      user: publisher,
      data: await sheetOf({ rows: [eightLanguageRow({ externalId: 'xuat-ban' })] }),
      fileName: 'xb.csv',
      format: 'csv',
      shouldPublish: true,
    })
    expect(committed).toMatchObject({ created: 1, failed: 0 })
    const live = await app.payload.find({
      collection: slugs.articles,
      where: { externalId: { equals: 'xuat-ban' } },
      depth: 0,
    })
    expect(live.docs[0]).toMatchObject({ _status: 'published', title: 'Tiêu đề vi' })
  })

  it('a row stamped MẬT in its body is stored but held for security review, not published', async () => {
    const { committed } = await importBatch({
      user: publisher,
      data: await sheetOf({
        rows: [{ ...eightLanguageRow({ externalId: 'dong-dau' }), body_vi: 'TỐI MẬT\nNội dung' }],
      }),
      fileName: 'dau.csv',
      format: 'csv',
      shouldPublish: true,
    })
    expect(committed!.failures).toEqual([])
    expect(committed).toMatchObject({ created: 1, failed: 0 })
    const held = await articleBy('dong-dau')
    expect(held).toMatchObject({ securityHold: { isHeld: true }, _status: 'draft' })
  })

  it('a ZIP of photos without a sheet: each photo takes its embedded captions, vi and en in their languages; again, nothing changes', async () => {
    const photo = await cameraPhoto({ width: 640, height: 480 })
    const zip = new JSZip()
    zip.file('anh/cau-hoa-an.jpg', photo)
    const data = await zip.generateAsync({ type: 'nodebuffer' })
    const { batch, committed } = await importBatch({
      user: contributor,
      data,
      fileName: 'anh.zip',
      format: 'zip',
    })
    expect(batch.dryRun).toMatchObject([
      { row: null, file: 'anh/cau-hoa-an.jpg', action: 'create' },
    ])
    expect(committed).toMatchObject({ created: 1, failed: 0 })
    const { docs } = await app.payload.find({
      collection: slugs.media,
      where: { originalFilename: { equals: 'cau-hoa-an.jpg' } } as never,
      draft: true,
      locale: 'all',
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const media = docs[0] as unknown as Record<string, Record<string, string>>
    expect(media.caption!.vi).toBe(EMBEDDED.captionVi)
    expect(media.caption!.en).toBe(EMBEDDED.captionEn)
    expect(media).toMatchObject({ credit: EMBEDDED.credit, agency: ownAgency })

    const again = await importBatch({ user: contributor, data, fileName: 'anh.zip', format: 'zip' })
    expect(again.committed).toMatchObject({ unchanged: 1, created: 0 })
  })
})

/** A row with every language's title, summary and two-paragraph body. */
function eightLanguageRow({
  externalId,
  topics = '',
}: {
  externalId: string
  topics?: string
}): Record<string, string> {
  const row: Record<string, string> = {
    externalId,
    kind: 'article',
    infoType: 'promotional',
    accessTier: 'press',
    eventDate: '2025-04-30',
    topics,
  }
  for (const locale of LOCALES) {
    row[`title_${locale}`] = `Tiêu đề ${locale}`
    row[`summary_${locale}`] = `Tóm tắt ${locale}`
    row[`body_${locale}`] = `Đoạn một ${locale}\nĐoạn hai ${locale}`
  }
  return row
}

/** `rows` as a CSV (quoted where needed) or an XLSX sheet with every import column. */
async function sheetOf({
  rows,
  format = 'csv',
}: {
  rows: Array<Record<string, string>>
  format?: 'csv' | 'xlsx'
}): Promise<Buffer> {
  const header = IMPORT_COLUMNS
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('batch')
    sheet.addRow(header)
    for (const row of rows) sheet.addRow(header.map((column) => row[column] ?? ''))
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`
  const lines = [
    header.join(','),
    ...rows.map((row) => header.map((c) => quote(row[c] ?? '')).join(',')),
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`)
}

async function staffUser({ app, id }: { app: TestApp; id: number }): Promise<User> {
  return app.payload.findByID({ collection: slugs.users, id, depth: 0 })
}
