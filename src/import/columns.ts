import { EVENT_KINDS, INFO_TYPES } from '../../collections/vocabularies'
import { ACCESS_TIERS } from '../access/tiers'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { CLASSIFICATIONS } from '../security/classification'
import type { BodyFormat } from '../text/markdownBody'

/**
 * The columns of a batch sheet, one module for both directions: import reads a sheet row into
 * an {@link ImportRow} and then into the data of a Payload save; export (and the idempotence
 * check of import) turns a stored item back into the same row. Every locale has its own
 * `title_<locale>`, `summary_<locale>`, `body_<locale>` and `place_<locale>` column; `place`
 * alone is the Vietnamese place.
 */

/** What one row makes: an article, a media item of one kind, an event or an album. */
export const IMPORT_KINDS = ['article', 'photo', 'video', 'publication', 'event', 'album'] as const

export type ImportKind = (typeof IMPORT_KINDS)[number]

/** The collections a batch writes. */
export type ImportCollection = 'articles' | 'media' | 'events' | 'albums'

/** The collection a row of `kind` is saved in. */
export function collectionOfKind({ kind }: { kind: ImportKind }): ImportCollection {
  if (kind === 'article') return 'articles'
  if (kind === 'event') return 'events'
  if (kind === 'album') return 'albums'
  return 'media'
}

/** The media row kinds. */
export type MediaImportKind = 'photo' | 'video' | 'publication'

/**
 * An album's `items` cell names media by their identifiers and articles with this prefix
 * (`anh-1;article:bai-2`), in the album's order.
 */
export const ARTICLE_ITEM_PREFIX = 'article:'

/** An entry of an album's `items` cell as the collection and identifier it names. */
export function albumItemOf({ entry }: { entry: string }): {
  collection: 'articles' | 'media'
  externalId: string
} {
  return entry.startsWith(ARTICLE_ITEM_PREFIX)
    ? { collection: 'articles', externalId: entry.slice(ARTICLE_ITEM_PREFIX.length) }
    : { collection: 'media', externalId: entry }
}

/** The `items` cell entry of an album's item (the inverse of {@link albumItemOf}). */
export function albumItemEntry({
  collection,
  externalId,
}: {
  collection: 'articles' | 'media'
  externalId: string
}): string {
  return collection === 'articles' ? `${ARTICLE_ITEM_PREFIX}${externalId}` : externalId
}

/** The media kind (collections/vocabularies.ts MEDIA_KINDS) each media row kind stores. */
export const MEDIA_KIND_OF: Record<MediaImportKind, 'image' | 'video' | 'document'> = {
  photo: 'image',
  video: 'video',
  publication: 'document',
}

/** The texts a row gives in each locale. */
export const LOCALIZED_COLUMNS = ['title', 'summary', 'body', 'place'] as const

export type LocalizedColumn = (typeof LOCALIZED_COLUMNS)[number]

export type LocalizedTexts = Partial<Record<LocalizedColumn, string>>

/** The columns that hold one value for the whole row. */
export const SHARED_COLUMNS = [
  'externalId',
  'kind',
  'infoType',
  'agency',
  'topics',
  'accessTier',
  'classification',
  'eventDate',
  'credit',
  'file',
  'media',
  'event',
  'eventKind',
  'endDate',
  'cover',
  'items',
] as const

export type SharedColumn = (typeof SHARED_COLUMNS)[number]

/** Every column of a sheet, in the order an export writes them. */
export const IMPORT_COLUMNS: string[] = [
  ...SHARED_COLUMNS,
  ...LOCALES.flatMap((locale) => LOCALIZED_COLUMNS.map((column) => `${column}_${locale}`)),
]

/** One row of a batch, read and checked. */
export type ImportRow = {
  /** The sheet's row number (the header is row 1). */
  row: number
  externalId: string | null
  kind: ImportKind
  infoType: string | null
  /** The owning agency's code. */
  agency: string | null
  /** Topic slugs. */
  topics: string[]
  accessTier: string | null
  classification: string | null
  /** `YYYY-MM-DD` or an ISO date-time. */
  eventDate: string | null
  credit: string | null
  /** A file name inside the batch's ZIP. */
  file: string | null
  /** An article's photos, videos and publications: the `externalId`s of media rows, in order. */
  media: string[]
  /** The `externalId` of the event an article, media item or album belongs to. */
  event: string | null
  /** An event's kind (collections/vocabularies.ts EVENT_KINDS). */
  eventKind: string | null
  /** When an event ends; `eventDate` is when it starts. */
  endDate: string | null
  /** The `externalId` of an event's or album's cover photo. */
  cover: string | null
  /** An album's items, in order: media `externalId`s, articles prefixed {@link ARTICLE_ITEM_PREFIX}. */
  items: string[]
  texts: Partial<Record<Locale, LocalizedTexts>>
}

/** A row's value that cannot be used: the column, the value and what was expected. */
export class ImportColumnError extends Error {
  readonly column: string
  readonly value: string

  constructor({ column, value }: { column: string; value: string }) {
    super(`Column ${column}: “${value}” cannot be used`)
    this.name = 'ImportColumnError'
    this.column = column
    this.value = value
  }
}

/** Header names no sheet column matches, so a misspelt `titel_vi` is reported, not dropped. */
export function unknownColumns({ header }: { header: string[] }): string[] {
  const known = new Set<string>([...IMPORT_COLUMNS, 'place'])
  return header.map((name) => name.trim()).filter((name) => name !== '' && !known.has(name))
}

/**
 * A sheet row (`record`: header → cell text) as an {@link ImportRow}. Empty cells are absent
 * values; an unknown kind, info type, tier, classification or a malformed date throws
 * {@link ImportColumnError}.
 */
export function rowFromRecord({
  record,
  row,
}: {
  record: Record<string, string | undefined>
  row: number
}): ImportRow {
  const cell = (column: string): string | null => {
    const value = record[column]?.trim()
    return value ? value : null
  }
  const kind = cell('kind') ?? (cell('file') ? 'photo' : 'article')
  const texts: Partial<Record<Locale, LocalizedTexts>> = {}
  for (const locale of LOCALES) {
    const values: LocalizedTexts = {}
    for (const column of LOCALIZED_COLUMNS) {
      const value =
        cell(`${column}_${locale}`) ??
        (column === 'place' && locale === DEFAULT_LOCALE ? cell('place') : null)
      if (value !== null) values[column] = normalizeText({ text: value, column })
    }
    if (Object.keys(values).length > 0) texts[locale] = values
  }
  return {
    row,
    externalId: cell('externalId'),
    kind: oneOf({ column: 'kind', value: kind, values: IMPORT_KINDS }),
    infoType: optionalOneOf({
      column: 'infoType',
      value: cell('infoType'),
      values: INFO_TYPES.map((type) => type.value),
    }),
    agency: cell('agency'),
    topics: listCell({ value: cell('topics') }),
    accessTier: optionalOneOf({
      column: 'accessTier',
      value: cell('accessTier'),
      values: ACCESS_TIERS,
    }),
    classification: optionalOneOf({
      column: 'classification',
      value: cell('classification'),
      values: CLASSIFICATIONS,
    }),
    eventDate: checkedDate({ column: 'eventDate', value: cell('eventDate') }),
    credit: cell('credit'),
    file: cell('file'),
    media: listCell({ value: cell('media') }),
    event: cell('event'),
    eventKind: optionalOneOf({
      column: 'eventKind',
      value: cell('eventKind'),
      values: EVENT_KINDS.map((eventKind) => eventKind.value),
    }),
    endDate: checkedDate({ column: 'endDate', value: cell('endDate') }),
    cover: cell('cover'),
    items: listCell({ value: cell('items') }),
    texts,
  }
}

/** An {@link ImportRow} as a sheet record (header → cell text), for export. */
export function recordFromRow({ row }: { row: ImportRow }): Record<string, string> {
  const record: Record<string, string> = {
    externalId: row.externalId ?? '',
    kind: row.kind,
    infoType: row.infoType ?? '',
    agency: row.agency ?? '',
    topics: row.topics.join(';'),
    accessTier: row.accessTier ?? '',
    classification: row.classification ?? '',
    eventDate: row.eventDate ?? '',
    credit: row.credit ?? '',
    file: row.file ?? '',
    media: row.media.join(';'),
    event: row.event ?? '',
    eventKind: row.eventKind ?? '',
    endDate: row.endDate ?? '',
    cover: row.cover ?? '',
    items: row.items.join(';'),
  }
  for (const locale of LOCALES)
    for (const column of LOCALIZED_COLUMNS)
      record[`${column}_${locale}`] = row.texts[locale]?.[column] ?? ''
  return record
}

/** The columns that link a row to other items of the batch or the database. */
export const LINK_COLUMNS = ['media', 'event', 'cover', 'items'] as const

export type LinkColumn = (typeof LINK_COLUMNS)[number]

/** The links each collection keeps; a row's other link cells are not used. */
export const LINKS_OF: Record<ImportCollection, readonly LinkColumn[]> = {
  articles: ['media', 'event'],
  media: ['event'],
  events: ['cover'],
  albums: ['event', 'cover', 'items'],
}

/** The ids a row's codes, slugs and identifiers name, looked up by the caller. */
export type RowReferences = {
  agency: number | string | null
  topics: Array<number | string>
  /** The ids of the media items the row's `media` names (articles only). */
  media?: Array<number | string>
  event?: number | string | null
  cover?: number | string | null
  items?: Array<{ relationTo: 'media' | 'articles'; value: number | string }>
  /**
   * Links to items a later row of the batch makes: left as they are in this save and set once
   * the whole batch has been written (src/import/readBatch.ts).
   */
  deferred?: ReadonlySet<LinkColumn>
}

/**
 * The data of the save in `locale`: that locale's texts, and in the default locale also the
 * fields every locale shares. Only what the row gives is set, so a re-import never clears what
 * an editor added and the row left empty.
 */
export function itemDataFromRow({
  row,
  locale,
  references,
  bodyFormat,
}: {
  row: ImportRow
  locale: Locale
  references: RowReferences
  /** How a body cell (Markdown) becomes the body (src/text/markdownBody.ts). */
  bodyFormat: BodyFormat
}): Record<string, unknown> {
  const texts = row.texts[locale] ?? {}
  const data: Record<string, unknown> = {}
  const collection = collectionOfKind({ kind: row.kind })
  const names = TEXT_FIELDS[collection]
  if (texts.title !== undefined) data[names.title] = texts.title
  if (texts.summary !== undefined) data[names.summary] = texts.summary
  if (texts.body !== undefined && collection === 'articles')
    data.body = bodyFormat.toLexical(texts.body)
  if (texts.place !== undefined)
    data[names.place] = collection === 'media' ? texts.place : { name: texts.place }
  if (locale !== DEFAULT_LOCALE) return data
  const isLinked = (column: LinkColumn): boolean =>
    LINKS_OF[collection].includes(column) &&
    row[column] !== null &&
    row[column].length > 0 &&
    !references.deferred?.has(column)
  if (row.externalId !== null) data.externalId = row.externalId
  if (references.agency !== null) data.agency = references.agency
  if (row.topics.length > 0) data.topics = references.topics
  if (row.accessTier !== null) data.accessTier = row.accessTier
  if (row.classification !== null) data.classification = row.classification
  if (isLinked('event') && references.event != null) data.event = references.event
  if (collection === 'articles') {
    if (row.infoType !== null) data.infoType = row.infoType
    if (isLinked('media') && references.media) data.media = references.media
    if (row.eventDate !== null) data.eventDate = new Date(row.eventDate).toISOString()
  } else if (collection === 'media') {
    data.kind = MEDIA_KIND_OF[row.kind as MediaImportKind]
    if (row.credit !== null) data.credit = row.credit
    if (row.eventDate !== null) data.dateTaken = new Date(row.eventDate).toISOString()
  } else {
    if (isLinked('cover') && references.cover != null) data.cover = references.cover
    if (isLinked('items') && references.items) data.items = references.items
    if (collection === 'events') {
      if (row.eventKind !== null) data.kind = row.eventKind
      if (row.eventDate !== null) data.startDate = new Date(row.eventDate).toISOString()
      if (row.endDate !== null) data.endDate = new Date(row.endDate).toISOString()
    }
  }
  return data
}

/** The fields each collection keeps a row's title, summary and place in. */
const TEXT_FIELDS: Record<ImportCollection, { title: string; summary: string; place: string }> = {
  articles: { title: 'title', summary: 'summary', place: 'place' },
  media: { title: 'headline', summary: 'caption', place: 'placeShown' },
  events: { title: 'title', summary: 'description', place: 'place' },
  albums: { title: 'title', summary: 'description', place: 'place' },
}

/** A stored item, read with `locale: 'all'` and depth 0, as Payload gives it. */
export type StoredItem = Record<string, unknown>

/** The identifiers a stored item's links are written under, looked up by the caller. */
export type ItemLinks = {
  /** An article's media, in order. */
  media?: string[]
  event?: string | null
  cover?: string | null
  /** An album's items, in order, articles with {@link ARTICLE_ITEM_PREFIX}. */
  items?: string[]
}

/**
 * A stored item as the row that would make it (`agencyCode`, `topicSlugs` and the `links` —
 * the `externalId`s of the items it links to — looked up by the caller): what export writes,
 * and what import compares a row with to find it unchanged.
 */
export function rowFromItem({
  item,
  collection,
  agencyCode,
  topicSlugs,
  file = null,
  links = {},
  bodyFormat,
}: {
  item: StoredItem
  collection: ImportCollection
  agencyCode: string | null
  topicSlugs: string[]
  file?: string | null
  links?: ItemLinks
  bodyFormat: BodyFormat
}): Omit<ImportRow, 'row'> {
  const names = TEXT_FIELDS[collection]
  const texts: Partial<Record<Locale, LocalizedTexts>> = {}
  const placeField =
    collection === 'media'
      ? localizedOf(item.placeShown)
      : localizedOf(groupValue(item.place, 'name'))
  const fields: Record<Exclude<LocalizedColumn, 'place'>, Record<string, unknown>> = {
    title: localizedOf(item[names.title]),
    summary: localizedOf(item[names.summary]),
    body: collection === 'articles' ? localizedOf(item.body) : {},
  }
  for (const locale of LOCALES) {
    const values: LocalizedTexts = {}
    for (const column of ['title', 'summary', 'body'] as const) {
      const raw = fields[column][locale]
      const text =
        column === 'body' ? bodyFormat.toMarkdown(raw) : typeof raw === 'string' ? raw : ''
      if (text.trim() !== '') values[column] = normalizeText({ text, column })
    }
    const place = placeField[locale]
    if (typeof place === 'string' && place.trim() !== '')
      values.place = normalizeText({ text: place, column: 'place' })
    if (Object.keys(values).length > 0) texts[locale] = values
  }
  const dateField = DATE_FIELDS[collection]
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
  return {
    externalId: text(item.externalId),
    kind: KIND_OF_COLLECTION[collection] ?? importKindOfMedia({ kind: item.kind }),
    infoType: collection === 'articles' ? text(item.infoType) : null,
    agency: agencyCode,
    topics: topicSlugs,
    accessTier: text(item.accessTier),
    classification: text(item.classification),
    eventDate: dateField ? text(item[dateField]) : null,
    credit: collection === 'media' ? text(item.credit) : null,
    file,
    media: collection === 'articles' ? (links.media ?? []) : [],
    event: collection === 'events' ? null : (links.event ?? null),
    eventKind: collection === 'events' ? text(item.kind) : null,
    endDate: collection === 'events' ? text(item.endDate) : null,
    cover: collection === 'events' || collection === 'albums' ? (links.cover ?? null) : null,
    items: collection === 'albums' ? (links.items ?? []) : [],
    texts,
  }
}

/** The field a row's `eventDate` is: an article's event date, a photo's date taken, an event's start. */
const DATE_FIELDS: Partial<Record<ImportCollection, string>> = {
  articles: 'eventDate',
  media: 'dateTaken',
  events: 'startDate',
}

const KIND_OF_COLLECTION: Partial<Record<ImportCollection, ImportKind>> = {
  articles: 'article',
  events: 'event',
  albums: 'album',
}

/**
 * The `externalId` a stored item is exported under: its own, or `<collection>:<id>` of this
 * deployment when it has none, so that importing the same export twice finds the items the
 * first import made.
 */
export function externalIdOf({
  collection,
  item,
}: {
  collection: ImportCollection
  item: { id: number | string; externalId?: unknown }
}): string {
  return typeof item.externalId === 'string' && item.externalId !== ''
    ? item.externalId
    : `${collection}:${item.id}`
}

/**
 * The locales and shared columns in which `row` would change `stored` (a row's empty cells
 * change nothing): empty when the row is already in the database as it says.
 */
export function rowChanges({
  row,
  stored,
  bodyFormat,
  deferred,
}: {
  row: ImportRow
  stored: Omit<ImportRow, 'row'>
  bodyFormat: BodyFormat
  /** Links this save leaves as they are ({@link RowReferences}). */
  deferred?: ReadonlySet<LinkColumn>
}): {
  locales: Locale[]
  shared: boolean
} {
  const locales = LOCALES.filter((locale) =>
    LOCALIZED_COLUMNS.some((column) => {
      const value = row.texts[locale]?.[column]
      if (value === undefined) return false
      const storedValue = stored.texts[locale]?.[column]
      if (value === storedValue) return false
      // The same body may be written more than one way in Markdown: compare it as stored.
      return (
        column !== 'body' ||
        normalizeText({ text: bodyFormat.toMarkdown(bodyFormat.toLexical(value)), column }) !==
          storedValue
      )
    }),
  )
  const differs = (value: string | null, storedValue: string | null): boolean =>
    value !== null && value !== storedValue
  const linkDiffers = (column: LinkColumn): boolean => {
    if (deferred?.has(column) || !LINKS_OF[collectionOfKind({ kind: row.kind })].includes(column))
      return false
    const value = row[column]
    const storedValue = stored[column]
    if (value === null || value.length === 0) return false
    return Array.isArray(value)
      ? value.join(';') !== (storedValue as string[]).join(';')
      : value !== storedValue
  }
  const shared =
    differs(row.infoType, stored.infoType) ||
    differs(row.agency, stored.agency) ||
    differs(row.accessTier, stored.accessTier) ||
    differs(row.classification, stored.classification) ||
    differs(row.credit, stored.credit) ||
    differs(row.eventKind, stored.eventKind) ||
    (row.eventDate !== null && !sameDate({ a: row.eventDate, b: stored.eventDate })) ||
    (row.endDate !== null && !sameDate({ a: row.endDate, b: stored.endDate })) ||
    (row.topics.length > 0 &&
      [...row.topics].sort().join(';') !== [...stored.topics].sort().join(';')) ||
    LINK_COLUMNS.some(linkDiffers)
  return { locales, shared }
}

/** The import kind of a stored media item's `kind`. */
export function importKindOfMedia({ kind }: { kind: unknown }): ImportKind {
  if (kind === 'video') return 'video'
  if (kind === 'document') return 'publication'
  return 'photo'
}

/**
 * A cell's text as compared and written: lines trimmed, blank lines dropped; in a body (Markdown)
 * a line's indentation and the blank lines between paragraphs are kept, at most one in a row.
 */
function normalizeText({ text, column }: { text: string; column: LocalizedColumn }): string {
  const lines = text.split(/\r?\n/)
  if (column !== 'body')
    return lines
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n')
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** A `;`-separated cell (topic slugs, media identifiers) as its non-empty parts. */
function listCell({ value }: { value: string | null }): string[] {
  return (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function oneOf<Value extends string>({
  column,
  value,
  values,
}: {
  column: string
  value: string
  values: readonly Value[]
}): Value {
  if ((values as readonly string[]).includes(value)) return value as Value
  throw new ImportColumnError({ column, value })
}

function optionalOneOf({
  column,
  value,
  values,
}: {
  column: string
  value: string | null
  values: readonly string[]
}): string | null {
  return value === null ? null : oneOf({ column, value, values })
}

function checkedDate({ column, value }: { column: string; value: string | null }): string | null {
  if (value === null) return null
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(new Date(value).getTime()))
    throw new ImportColumnError({ column, value })
  return value
}

function sameDate({ a, b }: { a: string; b: string | null }): boolean {
  return b !== null && new Date(a).getTime() === new Date(b).getTime()
}

function localizedOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function groupValue(group: unknown, key: string): unknown {
  return typeof group === 'object' && group !== null
    ? (group as Record<string, unknown>)[key]
    : undefined
}
