import { once } from 'node:events'
import type { Readable } from 'node:stream'

import { ZipArchive } from 'archiver'
import { stringify } from 'csv-stringify/sync'
import { QueryError, type PayloadRequest, type Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId, relationIds } from '../access/requester'
import { getEnv } from '../env'
import { InvalidInputError } from '../errors/AppError'
import {
  albumItemEntry,
  externalIdOf,
  IMPORT_COLUMNS,
  recordFromRow,
  rowFromItem,
  type ImportRow,
  type ItemLinks,
  type StoredItem,
} from '../import/columns'
import { ownerOf } from '../media/upload/uploadPipeline'
import { findStoredFile, type StoredFile } from '../storage/storedFiles'
import { articleBodyFormat, type BodyFormat } from '../text/markdownBody'

/** The collections an export reads: the rows a batch import makes. */
export const EXPORT_COLLECTIONS = ['articles', 'media', 'events', 'albums'] as const

export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number]

/** The name of the sheet inside an export's ZIP (the sheet the import reads). */
export const EXPORT_SHEET = 'items.csv'

/** What an export holds, decided before its first byte. */
export type ItemsExport = {
  /** The ZIP, written as it is read: one media file in flight at a time. */
  stream: Readable
  /** Null once the ZIP is whole; the error that cut it otherwise (the stream is destroyed). */
  done: Promise<Error | null>
  filename: string
  counts: Record<ExportCollection, number> & { files: number; missingFiles: number }
}

/**
 * Exports articles, media, events and albums as a batch the import reads back (src/import): a
 * ZIP with `items.csv` — the import's columns, every locale, UTF-8 with a byte-order mark so
 * that Excel opens it as Unicode — and `files/<id>-<name>`, each media item's ORIGINAL file
 * exactly as stored. The original is not re-written with credits: its SHA-256 is what import
 * compares (`sourceHash`) and what the round trip checks, and the sheet already carries the
 * credit and the captions in all eight languages, which IPTC/XMP could carry only in part.
 *
 * Read as the request's user (`overrideAccess: false`): only what they may read is exported,
 * each item's latest version (`draft: true` — staff read drafts; published-only readers get
 * the published version). Rows come as events, media, articles, albums; links name items by
 * `externalId` (an article's `media`, an item's `event`, a `cover`, an album's `items`), and
 * what an item links to is exported with it even when the selection names only that item —
 * when the person may read it; a link to an item they may not read is left out. An item without
 * an `externalId` is exported under `<collection>:<id>`, so importing the same export twice
 * changes nothing.
 */
export async function exportItems({
  req,
  where,
  ids,
  collection,
}: {
  req: PayloadRequest
  where?: Where
  ids?: Array<number | string>
  /** One collection only; both by default. */
  collection?: ExportCollection
}): Promise<ItemsExport> {
  const selection: Where[] = [
    ...(where && Object.keys(where).length > 0 ? [where] : []),
    ...(ids ? [{ id: { in: ids } }] : []),
  ]
  const selected: Where = selection.length > 0 ? { and: selection } : {}
  const wanted: readonly ExportCollection[] = collection ? [collection] : EXPORT_COLLECTIONS
  const read: Record<ExportCollection, Item[]> = { articles: [], media: [], events: [], albums: [] }
  for (const name of wanted) read[name] = await readAll({ req, collection: name, where: selected })
  // What the selected items link to travels with them: the import links by identifiers.
  const addLinked = async (name: ExportCollection, ids: Array<number | string>) => {
    const have = new Set(read[name].map((item) => String(item.id)))
    const missing = [...new Set(ids.map(String))].filter((id) => !have.has(id))
    if (missing.length > 0)
      read[name].push(...(await readAll({ req, collection: name, where: { id: { in: missing } } })))
  }
  const albumItems = (relationTo: string) =>
    read.albums.flatMap((album) =>
      (Array.isArray(album.items) ? (album.items as AlbumItem[]) : [])
        .filter((entry) => entry.relationTo === relationTo)
        .map((entry) => relationId(entry.value))
        .filter((id) => id !== null),
    )
  await addLinked('articles', albumItems('articles'))
  await addLinked('media', [
    ...read.articles.flatMap((article) => relationIds({ value: article.media })),
    ...albumItems('media'),
    ...linkIds({ items: read.albums, field: 'cover' }),
  ])
  await addLinked(
    'events',
    linkIds({ items: [...read.articles, ...read.media, ...read.albums], field: 'event' }),
  )
  await addLinked('media', linkIds({ items: read.events, field: 'cover' }))

  const exportedIds = Object.fromEntries(
    EXPORT_COLLECTIONS.map((name) => [
      name,
      new Map(
        read[name].map((item) => [String(item.id), externalIdOf({ collection: name, item })]),
      ),
    ]),
  ) as Record<ExportCollection, Map<string, string>>
  const linkOf = (name: ExportCollection, value: unknown): string | null => {
    const id = relationId(value)
    return id === null ? null : (exportedIds[name].get(String(id)) ?? null)
  }
  const linksOf = (item: Item): ItemLinks => ({
    media: relationIds({ value: item.media })
      .map((id) => linkOf('media', id))
      .filter((id) => id !== null),
    event: linkOf('events', item.event),
    cover: linkOf('media', item.cover),
    items: (Array.isArray(item.items) ? (item.items as AlbumItem[]) : [])
      .map((entry) => {
        const collection = entry.relationTo === 'articles' ? 'articles' : 'media'
        const externalId = linkOf(collection, entry.value)
        return externalId === null ? null : albumItemEntry({ collection, externalId })
      })
      .filter((id) => id !== null),
  })

  const names = await namesOf({ req, items: EXPORT_COLLECTIONS.flatMap((name) => read[name]) })
  const bodyFormat = articleBodyFormat({ payload: req.payload })
  const env = getEnv()
  const files: Array<{ name: string; stored: StoredFile }> = []
  let missingFiles = 0
  const rows: Array<Omit<ImportRow, 'row'>> = []
  for (const item of read.events)
    rows.push(rowOf({ item, collection: 'events', names, bodyFormat, links: linksOf(item) }))
  for (const item of read.media) {
    const filename = typeof item.filename === 'string' ? item.filename : null
    const name = filename ? `files/${String(item.id)}-${filename}` : null
    const stored = filename
      ? await findStoredFile({
          env,
          owner: ownerOf({ collection: slugs.media, doc: item }),
          filename,
        })
      : null
    if (name && stored) files.push({ name, stored })
    else missingFiles += 1
    rows.push(
      rowOf({ item, collection: 'media', names, bodyFormat, file: name, links: linksOf(item) }),
    )
  }
  for (const collectionName of ['articles', 'albums'] as const)
    for (const item of read[collectionName])
      rows.push(
        rowOf({ item, collection: collectionName, names, bodyFormat, links: linksOf(item) }),
      )

  const records = rows.map((row) => recordFromRow({ row: { ...row, row: 0 } }))
  const csv = stringify([
    IMPORT_COLUMNS,
    ...records.map((record) => IMPORT_COLUMNS.map((column) => record[column] ?? '')),
  ])
  const sheet = Buffer.from(`\uFEFF${csv}`, 'utf8')
  // Media are already compressed: stored as they are; the sheet is deflated.
  const archive = new ZipArchive({ highWaterMark: ARCHIVE_BUFFER_BYTES })
  const done = writeArchive({ archive, sheet, files }).then(
    () => null,
    (error: unknown) => {
      // The reader sees a cut archive rather than one that looks whole.
      const cause = error instanceof Error ? error : new Error(String(error))
      archive.destroy(cause)
      return cause
    },
  )
  const day = new Date().toISOString().slice(0, 10)
  return {
    stream: archive,
    done,
    filename: `export-${collection ?? 'all'}-${day}.zip`,
    counts: {
      articles: read.articles.length,
      media: read.media.length,
      events: read.events.length,
      albums: read.albums.length,
      files: files.length,
      missingFiles,
    },
  }
}

/** What the archive holds ahead of its reader. */
const ARCHIVE_BUFFER_BYTES = 64 * 1024

/** Items read per page. */
const PAGE_SIZE = 100

type Item = StoredItem & { id: number | string }

type AlbumItem = { relationTo?: unknown; value?: unknown }

/** The ids the items' `field` (a single relationship) names. */
function linkIds({ items, field }: { items: Item[]; field: string }): Array<number | string> {
  return items.map((item) => relationId(item[field])).filter((id) => id !== null)
}

type Names = { agencies: Map<string, string>; topics: Map<string, string> }

async function readAll({
  req,
  collection,
  where,
}: {
  req: PayloadRequest
  collection: ExportCollection
  where: Where
}): Promise<Item[]> {
  const items: Item[] = []
  for (let page = 1; ; page += 1) {
    const result = await req.payload
      .find({
        collection,
        where,
        draft: true,
        locale: 'all',
        depth: 0,
        limit: PAGE_SIZE,
        page,
        sort: 'id',
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch((error: unknown) => {
        if (error instanceof QueryError)
          throw new InvalidInputError({ messageKey: 'import.exportWhere', cause: error })
        throw error
      })
    items.push(...(result.docs as unknown as Item[]))
    if (!result.hasNextPage) return items
  }
}

/** The agency codes and topic slugs the items name, looked up once. */
async function namesOf({ req, items }: { req: PayloadRequest; items: Item[] }): Promise<Names> {
  const lookUp = async (
    collection: 'agencies' | 'topics',
    field: 'code' | 'slug',
    ids: Array<number | string>,
  ): Promise<Map<string, string>> => {
    const unique = [...new Set(ids.map(String))]
    if (unique.length === 0) return new Map()
    // Codes and slugs are how a sheet names them; every staff member reads the lists.
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: unique } },
      depth: 0,
      limit: unique.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return new Map(
      docs.map((doc) => [
        String(doc.id),
        String((doc as unknown as Record<string, unknown>)[field]),
      ]),
    )
  }
  return {
    agencies: await lookUp(
      slugs.agencies,
      'code',
      items.map((item) => relationId(item.agency)).filter((id) => id !== null),
    ),
    topics: await lookUp(
      slugs.topics,
      'slug',
      items.flatMap((item) => relationIds({ value: item.topics })),
    ),
  }
}

function rowOf({
  item,
  collection,
  names,
  bodyFormat,
  file = null,
  links,
}: {
  item: Item
  collection: ExportCollection
  names: Names
  bodyFormat: BodyFormat
  file?: string | null
  links: ItemLinks
}): Omit<ImportRow, 'row'> {
  const agency = relationId(item.agency)
  const row = rowFromItem({
    item,
    collection,
    agencyCode: agency === null ? null : (names.agencies.get(String(agency)) ?? null),
    topicSlugs: relationIds({ value: item.topics })
      .map((id) => names.topics.get(String(id)))
      .filter((slug) => slug !== undefined),
    file,
    links,
    bodyFormat,
  })
  return { ...row, externalId: externalIdOf({ collection, item }) }
}

/**
 * The sheet first, then the files one at a time — the next is opened only once the archive has
 * taken the last — and the end of the archive.
 */
async function writeArchive({
  archive,
  sheet,
  files,
}: {
  archive: ZipArchive
  sheet: Buffer
  files: Array<{ name: string; stored: StoredFile }>
}): Promise<void> {
  const added = once(archive, 'entry')
  archive.append(sheet, { name: EXPORT_SHEET })
  await added
  for (const { name, stored } of files) {
    const input = await stored.open()
    const entry = once(archive, 'entry')
    archive.append(input, { name, store: true })
    await entry.catch((error: unknown) => {
      input.destroy()
      throw error
    })
  }
  await archive.finalize()
}
