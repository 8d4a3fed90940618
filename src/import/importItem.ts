import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId, relationIds, requesterOf } from '../access/requester'
import { getEnv, type MediaLimits } from '../env'
import { AppError, messageOf } from '../errors/AppError'
import type { MessageKey } from '../i18n'
import type { BodyFormat } from '../text/markdownBody'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import {
  byteLimitFor,
  extensionOf,
  formatBytes,
  ACCEPTED_TYPES,
} from '../media/upload/uploadPolicy'
import { ownerOf, renditionsOf } from '../media/upload/uploadPipeline'
import { STORABLE_CLASSIFICATION } from '../security/classification'
import { deleteStoredFiles } from '../storage/storedFiles'
import {
  albumItemEntry,
  albumItemOf,
  collectionOfKind,
  externalIdOf,
  itemDataFromRow,
  LINKS_OF,
  rowChanges,
  rowFromItem,
  type ImportCollection,
  type ImportRow,
  type ItemLinks,
  type LinkColumn,
  type MediaImportKind,
  type RowReferences,
  type StoredItem,
} from './columns'
import { extractZipEntry, findZipEntry, ZipEntryTooLargeError, type ZipBatch } from './zipBatch'

/** What importing one row or file did, or would do in a dry run. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'error'

/** One line of a batch's report. */
export type RowOutcome = {
  /** The sheet's row number; null for a file of the ZIP that no row names. */
  row: number | null
  externalId: string | null
  file: string | null
  action: RowAction
  /** Why a row failed, in the language of the person importing. */
  reason?: string
  collection?: ImportCollection
  id?: number | string
}

/** One thing a batch imports: a sheet row (read, or refused with its reason), or a lone file. */
export type BatchItem =
  /**
   * `linksAhead`: the row links to items rows below it make, and comes again after the whole
   * batch (`isRevisit`) to set those links (src/import/readBatch.ts).
   */
  | { kind: 'row'; row: ImportRow; linksAhead?: boolean; isRevisit?: boolean }
  | { kind: 'bad-row'; row: number; externalId: string | null; error: ImportRowError }
  | { kind: 'file'; file: string }

/** A row refused for a reason of the batch's own (unknown agency, missing file…). */
export class ImportRowError extends AppError {
  constructor({ key, params = {} }: { key: MessageKey; params?: Record<string, string> }) {
    super({ messageKey: key, params, status: 422 })
    this.name = 'ImportRowError'
  }
}

/** What every item of one batch shares. */
export type ImportContext = {
  /** The person importing: every write goes through the Local API as them. */
  user: NonNullable<PayloadRequest['user']>
  /** Makes a fresh request of that user (one per item: a save leaves its locale on it). */
  newRequest: () => Promise<PayloadRequest>
  zip: ZipBatch | null
  /** Where files are extracted for the upload pipeline (the upload temp folder). */
  workDir: string
  shouldPublish: boolean
  language: Locale
  limits: MediaLimits
  /** Agency codes and topic slugs already looked up. */
  cache: { agencies: Map<string, number | string>; topics: Map<string, number | string> }
  /**
   * The `externalId`s the batch's rows give, by collection: a row may link to an item a later
   * row makes. A dry run counts the link as found; a commit leaves it for the row's revisit.
   */
  planned: Record<'articles' | 'media' | 'events', ReadonlySet<string>>
  /** How a body cell (Markdown) and an article body turn into each other. */
  bodyFormat: BodyFormat
}

/**
 * Imports one row or file, or with `isDryRun` only says what that would do. A write runs in a
 * transaction of its own through the Local API as the importing user (`overrideAccess: false`),
 * so every rule of a single save applies, and a row that fails leaves nothing: its item, the
 * file it brought and its translations go together or not at all. Found again by `externalId`,
 * or a lone file by its SHA-256, within the agency: an unchanged row writes nothing, a changed
 * one saves only the languages it changes (one version each).
 */
export async function importItem({
  item,
  context,
  isDryRun,
  afterWrite,
}: {
  item: BatchItem
  context: ImportContext
  isDryRun: boolean
  /** Runs inside the item's transaction after its write (the batch's progress goes with it). */
  afterWrite?: (args: { req: PayloadRequest; outcome: RowOutcome }) => Promise<void>
}): Promise<RowOutcome> {
  const base: RowOutcome =
    item.kind === 'row'
      ? { row: item.row.row, externalId: item.row.externalId, file: item.row.file, action: 'error' }
      : item.kind === 'bad-row'
        ? { row: item.row, externalId: item.externalId, file: null, action: 'error' }
        : { row: null, externalId: null, file: item.file, action: 'error' }
  const req = await context.newRequest()
  const extracted: string[] = []
  const createdMedia: Array<Record<string, unknown>> = []
  let isInTransaction = false
  try {
    if (item.kind === 'bad-row') throw item.error
    const plan = await planItem({ item, context, req, isDryRun, extracted, createdMedia })
    const outcome: RowOutcome = { ...base, ...plan.summary }
    if (isDryRun || outcome.action === 'unchanged') return outcome
    await initTransaction(req)
    isInTransaction = true
    const id = await plan.write()
    const written = { ...outcome, id }
    await afterWrite?.({ req, outcome: written })
    await commitTransaction(req)
    isInTransaction = false
    return written
  } catch (error) {
    if (isInTransaction) {
      await killTransaction(req)
      await removeCreatedMediaFiles({ req, created: createdMedia })
    }
    return { ...base, action: 'error', reason: reasonOf({ error, context, req }) }
  } finally {
    for (const filePath of extracted) await fs.rm(filePath, { force: true })
  }
}

type Plan = {
  summary: Pick<RowOutcome, 'action' | 'collection' | 'id'>
  write: () => Promise<number | string>
}

async function planItem({
  item,
  context,
  req,
  isDryRun,
  extracted,
  createdMedia,
}: {
  item: Exclude<BatchItem, { kind: 'bad-row' }>
  context: ImportContext
  req: PayloadRequest
  isDryRun: boolean
  extracted: string[]
  createdMedia: Array<Record<string, unknown>>
}): Promise<Plan> {
  const requester = requesterOf({ user: context.user, now: new Date() })
  const ownAgency = requester.kind === 'staff' ? requester.agencyId : null
  const isAdmin = requester.kind === 'staff' && requester.roles.includes('admin')
  if (item.kind === 'file') {
    if (ownAgency === null) throw new ImportRowError({ key: 'import.agencyRequired' })
    const file = await extractFile({ context, name: item.file, kind: undefined, extracted })
    const existing = await findExisting({
      req,
      collection: slugs.media,
      agency: ownAgency,
      field: 'sourceHash',
      value: file.sha256,
    })
    if (existing)
      return {
        summary: { action: 'unchanged', collection: 'media', id: existing.id },
        write: noWrite,
      }
    return {
      summary: { action: 'create', collection: 'media' },
      write: async () =>
        (
          await createMedia({
            req,
            context,
            data: { agency: ownAgency, kind: file.mediaKind, sourceHash: file.sha256 },
            file,
            createdMedia,
          })
        ).id,
    }
  }
  const { row } = item
  // The rules of a single save, checked before anything is read, so a dry run reports them too.
  if (row.classification !== null && row.classification !== STORABLE_CLASSIFICATION)
    throw new ImportRowError({ key: 'security.classifiedRefused' })
  const collection = collectionOfKind({ kind: row.kind })
  // Events and albums are made of texts and links; their pictures are media rows of their own.
  if (row.file !== null && (collection === 'events' || collection === 'albums'))
    throw new ImportRowError({
      key: 'import.badValue',
      params: { column: 'file', value: row.file },
    })
  const references = await lookUpReferences({
    req,
    context,
    row,
    ownAgency,
    mode: isDryRun ? 'dry-run' : item.linksAhead === true ? 'links-ahead' : 'commit',
  })
  if (!isAdmin && String(references.agency) !== String(ownAgency))
    throw new ImportRowError({ key: 'access.agencyNotOwn' })
  const agency = references.agency
  const mediaKind = collection === 'media' ? (row.kind as MediaImportKind) : undefined
  const file = row.file
    ? await extractFile({ context, name: row.file, kind: mediaKind, extracted })
    : null
  if (row.externalId === null && (collection !== 'media' || file === null))
    throw new ImportRowError({ key: 'import.externalIdRequired' })
  const existing =
    row.externalId !== null
      ? await findExisting({ req, collection, agency, field: 'externalId', value: row.externalId })
      : await findExisting({ req, collection, agency, field: 'sourceHash', value: file!.sha256 })
  if (!existing) {
    return {
      summary: { action: 'create', collection },
      write: () => createFromRow({ req, context, row, references, file, createdMedia }),
    }
  }
  const stored = rowFromItem({
    item: existing,
    collection,
    agencyCode: row.agency,
    topicSlugs: await topicSlugsOf({ req, context, ids: existing.topics }),
    file: row.file,
    links: await linksOf({ req, item: existing }),
    bodyFormat: context.bodyFormat,
  })
  const changes = rowChanges({
    row,
    stored: { ...stored, agency: row.agency },
    bodyFormat: context.bodyFormat,
    deferred: references.deferred,
  })
  const isNewFile =
    collection === slugs.media && file !== null && file.sha256 !== existing.sourceHash
  if (changes.locales.length === 0 && !changes.shared && !isNewFile)
    return { summary: { action: 'unchanged', collection, id: existing.id }, write: noWrite }
  return {
    summary: { action: 'update', collection, id: existing.id },
    write: async () => {
      const locales = new Set<Locale>(changes.locales)
      if (changes.shared || isNewFile) locales.add(DEFAULT_LOCALE)
      let shouldPublish = context.shouldPublish && !isHeld({ doc: existing })
      for (const locale of LOCALES.filter((code) => locales.has(code))) {
        const isNewFileHere = locale === DEFAULT_LOCALE && isNewFile
        const saved = await saveLocale({
          req,
          collection,
          id: existing.id,
          locale,
          data: {
            ...itemDataFromRow({ row, locale, references, bodyFormat: context.bodyFormat }),
            ...(isNewFileHere ? { sourceHash: file.sha256 } : {}),
          },
          file: isNewFileHere ? file : null,
          shouldPublish,
        })
        shouldPublish &&= !isHeld({ doc: saved })
      }
      return existing.id
    },
  }
}

const noWrite = (): Promise<never> => Promise.reject(new Error('Nothing to write'))

/**
 * How a link to an item not in the database yet is taken: in a dry run, as found when a row of
 * the batch gives it; in the first pass of a row that links ahead, left for its revisit; in any
 * other write, refused (the row that was to make it failed).
 */
type PlanMode = 'dry-run' | 'links-ahead' | 'commit'

/** A file of the batch extracted to disk for the upload pipeline. */
type ExtractedFile = {
  name: string
  filePath: string
  sha256: string
  bytes: number
  mimeType: string
  mediaKind: 'image' | 'video' | 'document'
}

async function extractFile({
  context,
  name,
  kind,
  extracted,
}: {
  context: ImportContext
  name: string
  kind: 'photo' | 'video' | 'publication' | undefined
  extracted: string[]
}): Promise<ExtractedFile> {
  const entry = context.zip ? findZipEntry({ batch: context.zip, file: name }) : undefined
  if (!context.zip || !entry)
    throw new ImportRowError({ key: 'import.fileMissing', params: { file: name } })
  const extension = extensionOf({ filename: entry.name })
  const type = ACCEPTED_TYPES.find((accepted) => accepted.extensions.includes(extension))
  if (!type) throw new ImportRowError({ key: 'import.fileType', params: { file: name } })
  const wanted = { photo: 'image', video: 'video', publication: 'document' } as const
  if (kind !== undefined && wanted[kind] !== type.kind)
    throw new ImportRowError({ key: 'media.kindMismatch' })
  const limitBytes = byteLimitFor({ kind: type.kind, limits: context.limits })
  await fs.mkdir(context.workDir, { recursive: true })
  const filePath = path.join(context.workDir, `import-${randomUUID()}.${extension}`)
  extracted.push(filePath)
  try {
    const { sha256, bytes } = await extractZipEntry({
      batch: context.zip,
      entry,
      filePath,
      limitBytes,
    })
    return {
      name: entry.name,
      filePath,
      sha256,
      bytes,
      mimeType: type.mimeType,
      mediaKind: type.kind,
    }
  } catch (error) {
    if (error instanceof ZipEntryTooLargeError)
      throw new ImportRowError({
        key: 'import.fileTooLarge',
        params: { file: name, limit: formatBytes({ bytes: limitBytes }) },
      })
    throw error
  }
}

async function createFromRow({
  req,
  context,
  row,
  references,
  file,
  createdMedia,
}: {
  req: PayloadRequest
  context: ImportContext
  row: ImportRow
  references: RowReferences
  file: ExtractedFile | null
  createdMedia: Array<Record<string, unknown>>
}): Promise<number | string> {
  const locales = LOCALES.filter((locale) => row.texts[locale] !== undefined)
  const first = locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (locales[0] ?? DEFAULT_LOCALE)
  const shared = itemDataFromRow({
    row,
    locale: DEFAULT_LOCALE,
    references,
    bodyFormat: context.bodyFormat,
  })
  const firstData = {
    ...shared,
    ...itemDataFromRow({
      row,
      locale: first,
      references,
      bodyFormat: context.bodyFormat,
    }),
  }
  const collection = collectionOfKind({ kind: row.kind })
  let created: Record<string, unknown> & { id: number | string }
  if (collection === 'events' || collection === 'albums') {
    created = (await req.payload.create({
      collection,
      locale: first,
      data: { ...firstData, ...statusOf({ shouldPublish: context.shouldPublish }) } as never,
      draft: !context.shouldPublish,
      overrideAccess: false,
      depth: 0,
      req,
    })) as unknown as Record<string, unknown> & { id: number | string }
  } else if (collection === 'articles') {
    const media = file
      ? await createMedia({
          req,
          context,
          data: {
            agency: references.agency,
            kind: file.mediaKind,
            sourceHash: file.sha256,
            ...(row.accessTier ? { accessTier: row.accessTier } : {}),
          },
          file,
          createdMedia,
        })
      : null
    created = (await req.payload.create({
      collection: slugs.articles,
      locale: first,
      data: {
        ...firstData,
        ...(media ? { media: [media.id] } : {}),
        ...statusOf({ shouldPublish: context.shouldPublish }),
      } as never,
      draft: !context.shouldPublish,
      overrideAccess: false,
      depth: 0,
      req,
    })) as unknown as Record<string, unknown> & { id: number | string }
  } else {
    created = await createMedia({
      req,
      context,
      data: { ...firstData, ...(file ? { sourceHash: file.sha256 } : {}) },
      file: file!,
      locale: first,
      createdMedia,
    })
  }
  let shouldPublish = context.shouldPublish && !isHeld({ doc: created })
  for (const locale of locales.filter((code) => code !== first)) {
    const saved = await saveLocale({
      req,
      collection,
      id: created.id,
      locale,
      data: itemDataFromRow({ row, locale, references, bodyFormat: context.bodyFormat }),
      file: null,
      shouldPublish,
    })
    shouldPublish &&= !isHeld({ doc: saved })
  }
  return created.id
}

/**
 * One language of an item saved as the importer: published when the batch publishes, a draft
 * otherwise, and a draft once the security hold has taken the item (a held item is never
 * published).
 */
async function saveLocale({
  req,
  collection,
  id,
  locale,
  data,
  file,
  shouldPublish,
}: {
  req: PayloadRequest
  collection: ImportCollection
  id: number | string
  locale: Locale
  data: Record<string, unknown>
  file: ExtractedFile | null
  shouldPublish: boolean
}): Promise<Record<string, unknown>> {
  const saved = await req.payload.update({
    collection,
    id,
    locale,
    data: { ...data, ...statusOf({ shouldPublish }) },
    ...(file ? { file: payloadFile({ file }) } : {}),
    draft: !shouldPublish,
    overrideAccess: false,
    depth: 0,
    req,
  })
  return saved as unknown as Record<string, unknown>
}

/** Whether the security hold has taken an item (src/security/securityHold.ts). */
function isHeld({ doc }: { doc: Record<string, unknown> }): boolean {
  return (doc.securityHold as { isHeld?: unknown } | undefined)?.isHeld === true
}

async function createMedia({
  req,
  context,
  data,
  file,
  locale = DEFAULT_LOCALE,
  createdMedia,
}: {
  req: PayloadRequest
  context: ImportContext
  data: Record<string, unknown>
  file: ExtractedFile
  locale?: Locale
  /** Noted, so that a row failing after it removes the item's stored file and renditions. */
  createdMedia: Array<Record<string, unknown>>
}): Promise<Record<string, unknown> & { id: number | string }> {
  const media = await req.payload.create({
    collection: slugs.media,
    locale,
    data: { ...data, ...statusOf({ shouldPublish: context.shouldPublish }) } as never,
    file: payloadFile({ file }),
    draft: !context.shouldPublish,
    overrideAccess: false,
    depth: 0,
    req,
  })
  const record = media as unknown as Record<string, unknown> & { id: number | string }
  createdMedia.push(record)
  return record
}

/**
 * Removes the stored files of the media items a failing row created: Payload's failed save
 * rolls the row's transaction back (their records go), but the original and the renditions
 * were already written to the storage, which no rollback reaches.
 */
async function removeCreatedMediaFiles({
  req,
  created,
}: {
  req: PayloadRequest
  created: Array<Record<string, unknown>>
}): Promise<void> {
  for (const doc of created) {
    const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown }>)
    const filenames = [
      doc.filename,
      ...sizes.map((size) => size.filename),
      ...renditionsOf({ doc }).map((rendition) => rendition.filename),
    ].filter((name): name is string => typeof name === 'string' && name !== '')
    try {
      await deleteStoredFiles({
        env: getEnv(),
        owner: ownerOf({ collection: slugs.media, doc }),
        filenames,
      })
    } catch (error) {
      req.payload.logger.error({
        msg: `Could not remove the files of media ${String(doc.id)} of a failed import row`,
        err: error,
      })
    }
  }
}

/** The extracted file as an upload on disk: Payload copies it from there, never buffering it. */
function payloadFile({ file }: { file: ExtractedFile }): NonNullable<PayloadRequest['file']> {
  return {
    name: path.posix.basename(file.name),
    mimetype: file.mimeType,
    size: file.bytes,
    data: Buffer.alloc(0),
    tempFilePath: file.filePath,
  }
}

function statusOf({ shouldPublish }: { shouldPublish: boolean }): {
  _status: 'published' | 'draft'
} {
  return { _status: shouldPublish ? 'published' : 'draft' }
}

async function findExisting({
  req,
  collection,
  agency,
  field,
  value,
}: {
  req: PayloadRequest
  collection: ImportCollection
  agency: number | string
  field: 'externalId' | 'sourceHash'
  value: string
}): Promise<
  | (StoredItem & { id: number | string; topics?: unknown; media?: unknown; sourceHash?: unknown })
  | null
> {
  // The system looks, since an identifier is unique within the agency whoever may read the item
  // holding it; then the item must be one the requester may read, or the row is refused rather
  // than planned as an update they could not see (nor make: updates follow the visibility rule).
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ agency: { equals: agency } }, { [field]: { equals: value } }] },
    draft: true,
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const existing = (docs[0] as (StoredItem & { id: number | string }) | undefined) ?? null
  if (existing === null) return null
  const readable = await req.payload.find({
    collection,
    where: { id: { equals: existing.id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    overrideAccess: false,
    req,
  })
  if (readable.docs.length === 0)
    throw new ImportRowError({ key: 'import.identityNotReadable', params: { value } })
  return existing
}

async function lookUpReferences({
  req,
  context,
  row,
  ownAgency,
  mode,
}: {
  req: PayloadRequest
  context: ImportContext
  row: ImportRow
  ownAgency: number | string | null
  mode: PlanMode
}): Promise<RowReferences & { agency: number | string }> {
  let agency = ownAgency
  if (row.agency !== null) {
    agency =
      context.cache.agencies.get(row.agency) ??
      (await idBy({ req, collection: slugs.agencies, field: 'code', value: row.agency }))
    if (agency === null)
      throw new ImportRowError({ key: 'import.unknownAgency', params: { code: row.agency } })
    context.cache.agencies.set(row.agency, agency)
  }
  if (agency === null) throw new ImportRowError({ key: 'import.agencyRequired' })
  const rowAgency = agency
  const topics: Array<number | string> = []
  for (const slug of row.topics) {
    const id =
      context.cache.topics.get(slug) ??
      (await idBy({ req, collection: slugs.topics, field: 'slug', value: slug }))
    if (id === null) throw new ImportRowError({ key: 'import.unknownTopic', params: { slug } })
    context.cache.topics.set(slug, id)
    topics.push(id)
  }
  const deferred = new Set<LinkColumn>()
  const kept = LINKS_OF[collectionOfKind({ kind: row.kind })]
  /** The id of the item `externalId` names; for one a later row makes, see `planned`. */
  const linked = async ({
    column,
    collection,
    externalId,
  }: {
    column: LinkColumn
    collection: 'articles' | 'media' | 'events'
    externalId: string
  }): Promise<number | string> => {
    const id = await linkedId({ req, collection, externalId, agency: rowAgency })
    if (id !== null) return id
    if (context.planned[collection].has(externalId) && mode !== 'commit') {
      if (mode === 'links-ahead') deferred.add(column)
      return externalId
    }
    throw new ImportRowError({ key: 'import.unknownLink', params: { column, id: externalId } })
  }
  const media: Array<number | string> = []
  for (const externalId of kept.includes('media') ? row.media : [])
    media.push(await linked({ column: 'media', collection: 'media', externalId }))
  const items: NonNullable<RowReferences['items']> = []
  for (const entry of kept.includes('items') ? row.items : []) {
    const { collection: relationTo, externalId } = albumItemOf({ entry })
    items.push({
      relationTo,
      value: await linked({ column: 'items', collection: relationTo, externalId }),
    })
  }
  return {
    agency,
    topics,
    media,
    items,
    event:
      row.event === null || !kept.includes('event')
        ? null
        : await linked({ column: 'event', collection: 'events', externalId: row.event }),
    cover:
      row.cover === null || !kept.includes('cover')
        ? null
        : await linked({ column: 'cover', collection: 'media', externalId: row.cover }),
    deferred,
  }
}

/** The identifiers a stored item's links are exported under, as {@link rowFromItem} takes them. */
async function linksOf({
  req,
  item,
}: {
  req: PayloadRequest
  item: Record<string, unknown>
}): Promise<ItemLinks> {
  const items = Array.isArray(item.items)
    ? (item.items as Array<{ relationTo?: unknown; value?: unknown }>)
    : []
  // One query per collection, then back into the album's order.
  const identifiers = {
    articles: await externalIdsOf({
      req,
      collection: 'articles',
      ids: items.filter((entry) => entry.relationTo === 'articles').map((entry) => entry.value),
    }),
    media: await externalIdsOf({
      req,
      collection: 'media',
      ids: items.filter((entry) => entry.relationTo !== 'articles').map((entry) => entry.value),
    }),
  }
  const itemIds = items.map((entry) => {
    const collection = entry.relationTo === 'articles' ? 'articles' : 'media'
    return albumItemEntry({ collection, externalId: identifiers[collection].shift()! })
  })
  const [event] = await externalIdsOf({ req, collection: 'events', ids: [item.event] })
  const [cover] = await externalIdsOf({ req, collection: 'media', ids: [item.cover] })
  return {
    media: await externalIdsOf({ req, collection: 'media', ids: item.media }),
    event: event ?? null,
    cover: cover ?? null,
    items: itemIds,
  }
}

/** The identifiers linked items are exported under, in the order of `ids`. */
async function externalIdsOf({
  req,
  collection,
  ids,
}: {
  req: PayloadRequest
  collection: 'articles' | 'media' | 'events'
  ids: unknown
}): Promise<string[]> {
  const wanted = relationIds({ value: ids })
  if (wanted.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    draft: true,
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    select: { externalId: true },
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as Record<string, unknown>]))
  return wanted.map((id) => externalIdOf({ collection, item: { id, ...byId.get(String(id)) } }))
}

async function topicSlugsOf({
  req,
  context,
  ids,
}: {
  req: PayloadRequest
  context: ImportContext
  ids: unknown
}): Promise<string[]> {
  const wanted = relationIds({ value: ids })
  const slugsById = new Map([...context.cache.topics].map(([slug, id]) => [String(id), slug]))
  const missing = wanted.filter((id) => !slugsById.has(String(id)))
  if (missing.length > 0) {
    const { docs } = await req.payload.find({
      collection: slugs.topics,
      where: { id: { in: missing } },
      depth: 0,
      limit: missing.length,
      overrideAccess: true,
      req,
    })
    for (const topic of docs) slugsById.set(String(topic.id), String(topic.slug))
  }
  return wanted.map((id) => slugsById.get(String(id)) ?? String(id))
}

/**
 * The item `externalId` names, among those the importer may read (an item they may not read
 * is not there for them, as in a single save). Identifiers are unique within an agency only,
 * so when agencies share one, the row's own agency's item is taken.
 */
async function linkedId({
  req,
  collection,
  externalId,
  agency,
}: {
  req: PayloadRequest
  collection: 'articles' | 'media' | 'events'
  externalId: string
  agency: number | string
}): Promise<number | string | null> {
  const { docs } = await req.payload.find({
    collection,
    where: { externalId: { equals: externalId } },
    draft: true,
    depth: 0,
    limit: 20,
    pagination: false,
    select: { agency: true },
    overrideAccess: false,
    req,
  })
  const own = docs.find((doc) => String(relationId(doc.agency)) === String(agency))
  return (own ?? docs[0])?.id ?? null
}

async function idBy({
  req,
  collection,
  field,
  value,
}: {
  req: PayloadRequest
  collection: 'agencies' | 'topics'
  field: string
  value: string
}): Promise<number | string | null> {
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: { equals: value } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/** Why an item failed, as the person importing reads it. */
function reasonOf({
  error,
  context,
  req,
}: {
  error: unknown
  context: ImportContext
  req: PayloadRequest
}): string {
  if (error instanceof AppError)
    return messageOf({
      messageKey: error.messageKey,
      params: error.params,
      locale: context.language,
    })
  // Payload's own refusals (validation, access) carry a message in the request's language.
  if (error instanceof APIError && error.isPublic) return error.message
  if (error instanceof APIError && error.status === 403)
    return messageOf({ messageKey: 'errors.forbidden', params: {}, locale: context.language })
  req.payload.logger.error({ msg: 'An import row failed', err: error })
  return messageOf({ messageKey: 'errors.internal', params: {}, locale: context.language })
}
