import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import JSZip from 'jszip'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { createLocalReq, type RichTextField } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { relationId } from '../../src/access/requester'
import { externalIdOf, rowFromItem } from '../../src/import/columns'
import { articleBodyFormat } from '../../src/text/markdownBody'
import type { ImportBatchRecord, ImportCounts } from '../../src/import/importBatch'
import { readSheet } from '../../src/import/readSheet'
import { seed } from '../../src/seed'
import { createAgency, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Collection = 'articles' | 'media' | 'events' | 'albums'

const COLLECTIONS: Collection[] = ['articles', 'media', 'events', 'albums']

/** What the round trip keeps of an item, by its exported identifier. */
type Snapshot = Map<string, { row: ReturnType<typeof rowFromItem>; sha256: string | null }>

/**
 * Export → import (issue 19, item 3): the demo seed (without its videos, which take minutes to
 * film and transcode and prove nothing more here than the PDFs and photos) exported by an
 * administrator through `GET /api/export`, imported into a second, empty database whose lists
 * come from `seed({ demo: false })` (the same agency codes and topic slugs), and compared item
 * by item: translations in every locale, tier, agency, topics, an article's media, and each
 * original's SHA-256. A second import of the same ZIP changes nothing.
 */
describe('export of articles and media, and the round trip into an empty database', () => {
  let source: TestApp | undefined
  let target: TestApp
  let exported: Buffer
  let sourceSnapshot: Record<Collection, Snapshot>
  let contributorSheet: string[]
  let contributorReadable: string[]
  let selections: Record<'ids' | 'where', Array<Record<string, string>>>
  let selectedArticles: { ids: string[]; media: string[] }

  beforeAll(async () => {
    source = await startPayload()
    const req = await createLocalReq({}, source.payload)
    await seed({ payload: source.payload, req, demo: true, demoVideos: false })
    await addFormattedArticle({ app: source })
    const admin = await signInStaff({ app: source, email: 'admin@export.test', roles: ['admin'] })
    const startedAt = performance.now()
    const response = await source.rest.request('GET', '/export', { token: admin.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    exported = Buffer.from(await response.arrayBuffer())
    process.stdout.write(
      `[export] demo seed without videos: ${((performance.now() - startedAt) / 1000).toFixed(1)} s, ${(exported.length / 1024 / 1024).toFixed(1)} MB\n`,
    )
    sourceSnapshot = await snapshotsOf({ app: source })

    // A selection: two articles by id, and the same two by a filter; their media come along.
    const { docs: two } = await source.payload.find({
      collection: slugs.articles,
      where: { media: { exists: true } },
      sort: 'id',
      limit: 2,
      depth: 0,
      draft: true,
    })
    const ids = two.map((doc) => String(doc.id))
    selectedArticles = {
      ids: ids.map((id) => `articles:${id}`),
      media: [...sourceSnapshot.articles.values()]
        .filter(({ row }) => ids.some((id) => row.externalId === `articles:${id}`))
        .flatMap(({ row }) => row.media),
    }
    const selectionOf = async (query: string) => {
      const selected = await source!.rest.request('GET', `/export?collection=articles&${query}`, {
        token: admin.token,
      })
      expect(selected.status).toBe(200)
      return sheetOf({ zip: Buffer.from(await selected.arrayBuffer()) })
    }
    selections = {
      ids: await selectionOf(`ids=${ids.join(',')}`),
      where: await selectionOf(ids.map((id) => `where[id][in]=${id}`).join('&')),
    }

    // A contributor of one agency: their export against what the Local API lets them read.
    const { docs: agencies } = await source.payload.find({
      collection: slugs.agencies,
      sort: 'id',
      limit: 1,
      depth: 0,
    })
    const contributor = await signInStaff({
      app: source,
      email: 'contributor@export.test',
      roles: ['contributor'],
      agency: agencies[0]!.id,
    })
    const own = await source.rest.request('GET', '/export?collection=articles', {
      token: contributor.token,
    })
    expect(own.status).toBe(200)
    contributorSheet = (await sheetOf({ zip: Buffer.from(await own.arrayBuffer()) }))
      .filter((record) => record.kind === 'article')
      .map((record) => record.externalId!)
      .sort()
    const user = await source.payload.findByID({
      collection: slugs.users,
      id: contributor.id,
      depth: 0,
    })
    const { docs: readable } = await source.payload.find({
      collection: slugs.articles,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: { ...user, collection: slugs.users },
    })
    contributorReadable = readable
      .map((doc) => externalIdOf({ collection: 'articles', item: doc }))
      .sort()
    await source.stop()
    source = undefined

    // Payload keeps one instance per process and reads the environment once per module
    // registry: the empty deployment needs both afresh.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    vi.resetModules()
    target = await startPayload({ env: { PAYLOAD_FORCE_DRIZZLE_PUSH: 'true' } })
    await seed({ payload: target.payload, req: await createLocalReq({}, target.payload) })
  }, 600_000)

  afterAll(async () => {
    await source?.stop()
    await target?.stop()
  })

  it('exports the demo seed as a sheet with every item and the original of every file', async () => {
    const zip = await JSZip.loadAsync(exported)
    const records = await sheetOf({ zip: exported })
    expect(records.filter((record) => record.kind === 'article')).toHaveLength(
      sourceSnapshot.articles.size,
    )
    for (const [kind, collection] of [
      ['event', 'events'],
      ['album', 'albums'],
    ] as const)
      expect(records.filter((record) => record.kind === kind)).toHaveLength(
        sourceSnapshot[collection].size,
      )
    expect(records.filter((record) => isMediaRow({ record }))).toHaveLength(
      sourceSnapshot.media.size,
    )
    for (const record of records.filter((row) => isMediaRow({ record: row }))) {
      const entry = zip.file(record.file!)
      expect(entry, record.file).not.toBeNull()
      const sha256 = createHash('sha256')
        .update(await entry!.async('nodebuffer'))
        .digest('hex')
      expect(sha256).toBe(sourceSnapshot.media.get(record.externalId!)!.sha256)
    }
  })

  it.each(['ids', 'where'] as const)(
    'exports a selection by %s: those articles and the media they show',
    (selection) => {
      const records = selections[selection]
      const articles = records.filter((record) => record.kind === 'article')
      expect(articles.map((record) => record.externalId).sort()).toEqual(
        [...selectedArticles.ids].sort(),
      )
      expect(selectedArticles.media.length).toBeGreaterThan(0)
      expect(records.filter((record) => isMediaRow({ record })).map((r) => r.externalId)).toEqual(
        expect.arrayContaining(selectedArticles.media),
      )
    },
  )

  it('exports for a contributor only the articles the contributor may read', () => {
    expect(contributorSheet.length).toBeGreaterThan(0)
    expect(contributorSheet).toEqual(contributorReadable)
    expect(contributorSheet.length).toBeLessThan(sourceSnapshot.articles.size)
  })

  it('refuses an anonymous request and a parameter it cannot use, in the requester’s language', async () => {
    const anonymous = await target.rest.request('GET', '/export')
    expect(anonymous.status).toBe(401)
    const admin = await signInStaff({ app: target, email: 'params@export.test', roles: ['admin'] })
    const badCollection = await target.rest.request('GET', '/export?collection=users', {
      token: admin.token,
      headers: { 'Accept-Language': 'en' },
    })
    expect(badCollection.status).toBe(400)
    expect(JSON.stringify(await badCollection.json())).toContain(
      'Choose articles, media, events or albums',
    )
    const badIds = await target.rest.request('GET', '/export?ids=1,abc;drop', {
      token: admin.token,
    })
    expect(badIds.status).toBe(400)
    const badWhere = await target.rest.request('GET', '/export?where[password][equals]=x', {
      token: admin.token,
    })
    expect(badWhere.status).toBe(400)
  })

  it('imports into an empty database the same items, translations, tiers, agencies, topics and files', async () => {
    const admin = await importer({ app: target })
    const counts = await importZip({ app: target, user: admin, zip: exported })
    expect(counts).toMatchObject({ failed: 0, updated: 0, unchanged: 0 })
    expect(counts.created).toBe(itemCount({ snapshots: sourceSnapshot }))
    expect(sourceSnapshot.events.size).toBeGreaterThan(0)
    expect(sourceSnapshot.albums.size).toBeGreaterThan(0)
    const importedSnapshot = await snapshotsOf({ app: target })
    for (const collection of COLLECTIONS) {
      const imported = importedSnapshot[collection]
      expect(imported.size).toBe(sourceSnapshot[collection].size)
      for (const [externalId, expected] of sourceSnapshot[collection]) {
        const actual = imported.get(externalId)
        expect(actual, externalId).toBeDefined()
        expect(actual!.row).toEqual({ ...expected.row, externalId })
        expect(actual!.sha256, externalId).toBe(expected.sha256)
      }
    }
  }, 600_000)

  it('carries an article body’s headings, emphasis, links, lists and quotes in every language', async () => {
    const { docs } = await target.payload.find({
      collection: slugs.articles,
      where: { externalId: { equals: FORMATTED_ID } },
      draft: true,
      locale: 'all',
      depth: 0,
    })
    const bodies = (docs[0] as unknown as { body: Record<string, { root: BodyNode }> }).body
    for (const locale of ['vi', 'en'] as const) {
      const nodes = flattenBody({ node: bodies[locale]!.root })
      expect(
        nodes.find((node) => node.type === 'heading'),
        locale,
      ).toMatchObject({ tag: 'h2' })
      expect(nodes.filter((node) => node.type === 'list').map((node) => node.listType)).toEqual([
        'bullet',
        'number',
      ])
      expect(nodes.some((node) => node.type === 'quote')).toBe(true)
      expect(nodes.find((node) => node.type === 'link')).toMatchObject({
        fields: { url: 'https://dongnai.gov.vn/' },
      })
      expect(nodes.some((node) => node.type === 'text' && node.format === 1)).toBe(true)
    }
  })

  it('changes nothing when the same export is imported again', async () => {
    const admin = await importer({ app: target })
    const versionsBefore = await versionCount({ app: target })
    const counts = await importZip({ app: target, user: admin, zip: exported })
    expect(counts).toMatchObject({
      created: 0,
      updated: 0,
      failed: 0,
      unchanged: itemCount({ snapshots: sourceSnapshot }),
    })
    expect(await versionCount({ app: target })).toBe(versionsBefore)
  }, 600_000)
})

const FORMATTED_ID = 'bai-dinh-dang'

type BodyNode = Record<string, unknown> & { type: string; children?: BodyNode[] }

function flattenBody({ node }: { node: BodyNode }): BodyNode[] {
  return [node, ...(node.children ?? []).flatMap((child) => flattenBody({ node: child }))]
}

/** An article formatted in the admin's editor: its body made by Payload's own converter. */
async function addFormattedArticle({ app }: { app: TestApp }): Promise<void> {
  const field = app.payload.collections[slugs.articles].config.flattenedFields.find(
    (candidate) => candidate.name === 'body',
  )
  const editorConfig = editorConfigFactory.fromField({ field: field as RichTextField })
  const body = (language: string) =>
    convertMarkdownToLexical({
      editorConfig,
      markdown: `## ${language}\n\nCó **đậm** và [cổng](https://dongnai.gov.vn/).\n\n- một\n- hai\n\n1. ba\n2. bốn\n\n> trích`,
    })
  const { docs: agencies } = await app.payload.find({
    collection: slugs.agencies,
    sort: 'id',
    limit: 1,
    depth: 0,
  })
  const article = await app.payload.create({
    collection: slugs.articles,
    locale: 'vi',
    draft: true,
    data: {
      title: 'Bài có định dạng',
      body: body('Tiếng Việt'),
      infoType: 'official',
      accessTier: 'public',
      classification: 'unclassified',
      agency: agencies[0]!.id,
      externalId: FORMATTED_ID,
    } as never,
  })
  await app.payload.update({
    collection: slugs.articles,
    id: article.id,
    locale: 'en',
    draft: true,
    data: { title: 'A formatted article', body: body('English') } as never,
  })
}

async function sheetOf({ zip }: { zip: Buffer }): Promise<Array<Record<string, string>>> {
  const archive = await JSZip.loadAsync(zip)
  const sheet = await archive.file('items.csv')!.async('nodebuffer')
  // Excel opens a CSV as UTF-8 only with the byte-order mark.
  expect([...sheet.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const records = await readSheet({ input: Readable.from([sheet]), format: 'csv' })
  return records.map(({ record }) => record)
}

/**
 * Every item of each collection as the row an export makes of it, by its exported identifier
 * (the source's items have none and get `<collection>:<id>`; the imported ones carry it), with
 * the SHA-256 of a media item's stored original. Links are written with the identifiers of the
 * items they name, looked up here.
 */
async function snapshotsOf({ app }: { app: TestApp }): Promise<Record<Collection, Snapshot>> {
  const docsOf = Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => {
        const { docs } = await app.payload.find({
          collection,
          draft: true,
          locale: 'all',
          depth: 0,
          pagination: false,
        })
        return [collection, docs as unknown as Array<Record<string, unknown> & { id: number }>]
      }),
    ),
  ) as Record<Collection, Array<Record<string, unknown> & { id: number }>>
  const exportedId = (collection: Collection, id: unknown): string => {
    const doc = docsOf[collection].find((candidate) => candidate.id === relationId(id))!
    return externalIdOf({ collection, item: doc })
  }
  const codes = await namesBy({ app, collection: 'agencies', field: 'code' })
  const topicSlugs = await namesBy({ app, collection: 'topics', field: 'slug' })
  const ids = (value: unknown) => (Array.isArray(value) ? value : []).map((id) => relationId(id))
  const snapshots = {} as Record<Collection, Snapshot>
  for (const collection of COLLECTIONS) {
    const snapshot: Snapshot = new Map()
    for (const doc of docsOf[collection]) {
      const row = rowFromItem({
        item: doc,
        collection,
        agencyCode: codes.get(String(relationId(doc.agency))) ?? null,
        topicSlugs: ids(doc.topics)
          .map((id) => topicSlugs.get(String(id))!)
          .sort(),
        links: {
          media: ids(doc.media).map((id) => exportedId('media', id)),
          event: doc.event ? exportedId('events', doc.event) : null,
          cover: doc.cover ? exportedId('media', doc.cover) : null,
          items: (Array.isArray(doc.items) ? doc.items : []).map(
            (entry: { relationTo: 'articles' | 'media'; value: unknown }) =>
              entry.relationTo === 'articles'
                ? `article:${exportedId('articles', entry.value)}`
                : exportedId('media', entry.value),
          ),
        },
        bodyFormat: articleBodyFormat({ payload: app.payload }),
      })
      const externalId = externalIdOf({ collection, item: doc })
      const sha256 =
        collection === 'media' && typeof doc.filename === 'string'
          ? createHash('sha256')
              .update(await readFile(path.join(app.dir, 'media', 'media', doc.filename)))
              .digest('hex')
          : null
      snapshot.set(externalId, { row: { ...row, externalId }, sha256 })
    }
    snapshots[collection] = snapshot
  }
  return snapshots
}

function isMediaRow({ record }: { record: Record<string, string> }): boolean {
  return ['photo', 'video', 'publication'].includes(record.kind!)
}

function itemCount({ snapshots }: { snapshots: Record<Collection, Snapshot> }): number {
  return COLLECTIONS.reduce((sum, collection) => sum + snapshots[collection].size, 0)
}

async function namesBy({
  app,
  collection,
  field,
}: {
  app: TestApp
  collection: 'agencies' | 'topics'
  field: 'code' | 'slug'
}): Promise<Map<string, string>> {
  const { docs } = await app.payload.find({ collection, depth: 0, pagination: false })
  return new Map(
    docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[field])]),
  )
}

async function importer({ app }: { app: TestApp }): Promise<Record<string, unknown>> {
  const { docs } = await app.payload.find({
    collection: slugs.users,
    where: { email: { equals: 'importer@export.test' } },
    depth: 0,
  })
  if (docs[0]) return { ...docs[0], collection: slugs.users }
  const agency = await createAgency({ app, name: 'Đơn vị nhập', code: 'don-vi-nhap' })
  const { id } = await signInStaff({
    app,
    email: 'importer@export.test',
    roles: ['admin'],
    agency,
  })
  return { ...(await app.payload.findByID({ collection: slugs.users, id })), collection: 'users' }
}

async function importZip({
  app,
  user,
  zip,
}: {
  app: TestApp
  user: Record<string, unknown>
  zip: Buffer
}): Promise<ImportCounts> {
  // The modules of this deployment's registry (after vi.resetModules), not the source's.
  const { getEnv } = await import('../../src/env')
  const { commitImportBatch, createImportBatch } = await import('../../src/import/importBatch')
  const batch: ImportBatchRecord = await createImportBatch({
    payload: app.payload,
    env: getEnv(),
    user: user as never,
    input: Readable.from([zip]),
    fileName: 'export.zip',
    format: 'zip',
    language: 'en',
  })
  const failedRows = (batch.dryRun ?? []).filter((row) => row.action === 'error')
  expect(failedRows).toEqual([])
  return commitImportBatch({ payload: app.payload, env: getEnv(), id: batch.id })
}

async function versionCount({ app }: { app: TestApp }): Promise<number> {
  let total = 0
  for (const collection of ['articles', 'media'] as const)
    total += (await app.payload.countVersions({ collection })).totalDocs
  return total
}
