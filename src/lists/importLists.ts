import type { PayloadRequest } from 'payload'

import { globalSlugs } from '../../collections/slugs'
import { isAppError, messageOf } from '../errors/AppError'
import { DEFAULT_LOCALE, LOCALE_LABELS, LOCALES, type Locale } from '../i18n/locales'
import { readStoredLists, LIST_COLLECTIONS, type StoredLists } from './listDocuments'
import {
  changedColumns,
  documentDataOf,
  hasLocaleValues,
  LIST_NAMES,
  LIST_SHEETS,
  localizedColumn,
  normalizeRow,
  parentsFirst,
  rowOfDocument,
  type ListName,
  type ListRow,
  type ListSheet,
} from './listSheets'
import type { ListsFile } from './listsWorkbook'

/** What importing a row does (or, in a dry run, would do). */
export type ListRowAction = 'create' | 'update' | 'unchanged' | 'error'

/** One row's line of the report. */
export type ListRowOutcome = {
  list: ListName
  /** The row's number in its sheet, as a spreadsheet shows it (the header is row 1). */
  row: number
  /** The row's key (agency code, topic or place slug; `settings` for the settings row). */
  key: string
  action: ListRowAction
  /** The columns an update changes. */
  changed?: string[]
  /** Why the row failed, in the requester's language. */
  message?: string
}

/** The report of an import: a line per row, and how many rows each action has. */
export type ListsImportReport = {
  dryRun: boolean
  rows: ListRowOutcome[]
  counts: Record<ListRowAction, number>
}

/**
 * Imports the province's lists from a file read by `readListsFile`: agencies, then topics
 * (parents before children, whatever the rows' order), then places, then the settings. Each
 * row is matched on its natural key and created, updated or left alone when nothing differs —
 * so importing the same file twice changes nothing. Every write is the Local API's, as the
 * request's user with access on, exactly as a single save in the admin. Each row runs in a
 * transaction of its own: a row that fails leaves nothing and the others go on. A dry run does
 * the same writes and rolls each back, so its report names the errors a real import would meet
 * (a child whose parent the file creates is checked without its parent link).
 */
export async function importLists({
  req,
  file,
  dryRun,
  locale,
}: {
  req: PayloadRequest
  file: ListsFile
  dryRun: boolean
  /** The language of the report's messages. */
  locale: Locale
}): Promise<ListsImportReport> {
  const stored = await readStoredLists({ req })
  const run: ImportRun = { req, dryRun, locale, stored, ids: new Map(), planned: new Set() }
  const rows: ListRowOutcome[] = []
  for (const list of LIST_NAMES) {
    const sheet = file[list]
    if (sheet) rows.push(...(await importSheet({ run, list, rows: sheet.rows })))
  }
  rows.sort((a, b) => LIST_NAMES.indexOf(a.list) - LIST_NAMES.indexOf(b.list) || a.row - b.row)
  const counts: Record<ListRowAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 }
  for (const { action } of rows) counts[action] += 1
  return { dryRun, rows, counts }
}

type ImportRun = {
  req: PayloadRequest
  dryRun: boolean
  locale: Locale
  stored: StoredLists
  /** Ids of the documents this run created, by `list:key`. */
  ids: Map<string, number | string>
  /** The `list:key` of the documents a dry run would create. */
  planned: Set<string>
}

type PendingRow = { row: number; key: string; parent: string; cells: ListRow }

async function importSheet({
  run,
  list,
  rows,
}: {
  run: ImportRun
  list: ListName
  rows: ReadonlyArray<{ row: number; cells: ListRow }>
}): Promise<ListRowOutcome[]> {
  const sheet = LIST_SHEETS[list]
  const outcomes: ListRowOutcome[] = []
  const fail = (
    row: PendingRow,
    messageKey: Parameters<typeof messageOf>[0]['messageKey'],
    params = {},
  ) =>
    outcomes.push({
      list,
      row: row.row,
      key: row.key,
      action: 'error',
      message: messageOf({ messageKey, params, locale: run.locale }),
    })
  const seen = new Set<string>()
  const pending: PendingRow[] = []
  for (const { row, cells } of rows) {
    const normalized = normalizeRow({ sheet, cells })
    const key = list === 'settings' ? 'settings' : (normalized[sheet.key] ?? '')
    const entry = { row, key, parent: normalized.parent ?? '', cells: normalized }
    if (!key) fail(entry, 'lists.missingKey', { column: sheet.key })
    else if (seen.has(key)) fail(entry, 'lists.duplicateKey', { key })
    else {
      seen.add(key)
      pending.push(entry)
    }
  }
  const { ordered, cyclic } =
    list === 'topics'
      ? parentsFirst({ rows: pending })
      : { ordered: pending, cyclic: new Set<string>() }
  for (const entry of ordered) {
    if (cyclic.has(entry.key)) {
      fail(entry, 'lists.parentCycle')
      continue
    }
    const missing = missingReference({ run, sheet, row: entry.cells })
    if (missing) {
      fail(entry, 'lists.unknownReference', missing)
      continue
    }
    outcomes.push(await importRow({ run, sheet, entry }))
  }
  return outcomes
}

/** A reference cell naming a key neither the database nor this file's earlier rows have. */
function missingReference({
  run,
  sheet,
  row,
}: {
  run: ImportRun
  sheet: ListSheet
  row: ListRow
}): { column: string; key: string } | null {
  for (const field of sheet.fields) {
    if (field.kind !== 'reference') continue
    const key = row[field.column] ?? ''
    if (key && resolveId({ run, list: field.to, key }) === null)
      return { column: field.column, key }
  }
  return null
}

/**
 * The id of `list`'s document with `key`: stored, or created by this run; `undefined` for one
 * a dry run would create (it has no id yet); null for none at all.
 */
function resolveId({
  run,
  list,
  key,
}: {
  run: ImportRun
  list: ListName
  key: string
}): number | string | undefined | null {
  if (list === 'settings') return null
  const stored = run.stored.documents[list].get(key)
  if (stored) return stored.id
  const created = run.ids.get(`${list}:${key}`)
  if (created !== undefined) return created
  return run.planned.has(`${list}:${key}`) ? undefined : null
}

async function importRow({
  run,
  sheet,
  entry,
}: {
  run: ImportRun
  sheet: ListSheet
  entry: PendingRow
}): Promise<ListRowOutcome> {
  const { list } = sheet
  const existing = (
    list === 'settings' ? run.stored.settings : run.stored.documents[list].get(entry.key)
  ) as (Record<string, unknown> & { id: number | string }) | undefined
  const base = { list, row: entry.row, key: entry.key }
  const changed = existing
    ? changedColumns({
        sheet,
        stored: rowOfDocument({ sheet, doc: existing, keyOf: run.stored.keyOf }),
        incoming: entry.cells,
      })
    : null
  if (changed && changed.length === 0) return { ...base, action: 'unchanged' }
  const data = documentDataOf({
    sheet,
    row: entry.cells,
    idOf: ({ list: to, key }) => resolveId({ run, list: to, key }) ?? undefined,
  })
  try {
    const id = await inRowTransaction({
      run,
      work: async () => {
        if (!existing) return createDocument({ run, sheet, data, row: entry.cells })
        await updateDocument({ run, sheet, id: existing.id, data, changed: changed ?? [] })
        return existing.id
      },
    })
    if (!existing && list !== 'settings') {
      if (run.dryRun) run.planned.add(`${list}:${entry.key}`)
      else if (id !== undefined) run.ids.set(`${list}:${entry.key}`, id)
    }
  } catch (error) {
    return { ...base, action: 'error', message: rowErrorMessage({ run, error }) }
  }
  return existing
    ? { ...base, action: 'update', changed: changed ?? [] }
    : { ...base, action: 'create' }
}

type DocumentData = ReturnType<typeof documentDataOf>

/** Creates in Vietnamese, then writes each other locale the row has values in. */
async function createDocument({
  run,
  sheet,
  data,
  row,
}: {
  run: ImportRun
  sheet: ListSheet
  data: DocumentData
  row: ListRow
}): Promise<number | string> {
  const { req } = run
  const collection = LIST_COLLECTIONS[sheet.list as keyof typeof LIST_COLLECTIONS]
  const created = await req.payload.create({
    collection,
    locale: DEFAULT_LOCALE,
    data: { ...data.shared, ...data.byLocale[DEFAULT_LOCALE] } as never,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE || !hasLocaleValues({ sheet, row, locale })) continue
    await writeLocale({ run, sheet, id: created.id, locale, data: data.byLocale[locale] })
  }
  return created.id
}

/**
 * Writes Vietnamese with every shared field when any of them or a Vietnamese text changed (the
 * focal points are replaced as a set), then each other locale one of whose texts changed.
 */
async function updateDocument({
  run,
  sheet,
  id,
  data,
  changed,
}: {
  run: ImportRun
  sheet: ListSheet
  id: number | string
  data: DocumentData
  changed: string[]
}): Promise<void> {
  const localeChanged = (locale: Locale) =>
    sheet.fields.some(
      (field) =>
        field.kind === 'localized' &&
        changed.includes(localizedColumn({ column: field.column, locale })),
    )
  const localizedColumns = new Set(
    sheet.fields.flatMap((field) =>
      field.kind === 'localized'
        ? LOCALES.map((locale) => localizedColumn({ column: field.column, locale }))
        : [],
    ),
  )
  for (const locale of LOCALES) {
    const isDefault = locale === DEFAULT_LOCALE
    const sharedChanged = isDefault && changed.some((column) => !localizedColumns.has(column))
    if (!sharedChanged && !localeChanged(locale)) continue
    const values = isDefault ? { ...data.shared, ...data.byLocale[locale] } : data.byLocale[locale]
    await writeLocale({ run, sheet, id, locale, data: values })
  }
}

async function writeLocale({
  run: { req },
  sheet,
  id,
  locale,
  data,
}: {
  run: ImportRun
  sheet: ListSheet
  id: number | string
  locale: Locale
  data: Record<string, unknown>
}): Promise<void> {
  try {
    await saveLocale({ req, sheet, id, locale, data })
  } catch (error) {
    // The report says which language's texts a single save refused.
    if (error instanceof Error) Object.assign(error, { listsLocale: locale })
    throw error
  }
}

async function saveLocale({
  req,
  sheet,
  id,
  locale,
  data,
}: {
  req: PayloadRequest
  sheet: ListSheet
  id: number | string
  locale: Locale
  data: Record<string, unknown>
}): Promise<void> {
  const access = { depth: 0, overrideAccess: false, user: req.user, req } as const
  if (sheet.list === 'settings') {
    // A global's update reads its current values with the fallback locale and would save the
    // fallback's text into a field this locale leaves empty: read without one.
    await req.payload.updateGlobal({
      slug: globalSlugs.settings,
      locale,
      fallbackLocale: false,
      data: data as never,
      ...access,
    })
    return
  }
  const collection = LIST_COLLECTIONS[sheet.list]
  await req.payload.update({ collection, id, locale, data: data as never, ...access })
}

/**
 * Runs a row's writes in a transaction of its own: committed, or — in a dry run — rolled back.
 * A write that fails has rolled it back already (Payload ends the request's transaction on an
 * error). Without transactions (a MongoDB that is no replica set) a dry run writes nothing.
 */
async function inRowTransaction<Result>({
  run,
  work,
}: {
  run: ImportRun
  work: () => Promise<Result>
}): Promise<Result | undefined> {
  const { req } = run
  const transactionID = await req.payload.db.beginTransaction()
  if (transactionID === null) return run.dryRun ? undefined : work()
  req.transactionID = transactionID
  try {
    const result = await work()
    if (run.dryRun) await req.payload.db.rollbackTransaction(transactionID)
    else await req.payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    if (req.transactionID) await req.payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    delete req.transactionID
  }
}

/**
 * Why a row failed, for its report line: our own errors in the report's language, Payload's
 * validation and access errors as Payload words them for the request (its i18n), each invalid
 * field's message included; anything else is logged and reported as an unexpected error.
 */
function rowErrorMessage({ run, error }: { run: ImportRun; error: unknown }): string {
  const locale = (error as { listsLocale?: Locale }).listsLocale
  const message = errorText({ run, error })
  return locale && locale !== DEFAULT_LOCALE ? `${LOCALE_LABELS[locale]}: ${message}` : message
}

function errorText({ run, error }: { run: ImportRun; error: unknown }): string {
  if (isAppError(error)) {
    return messageOf({ messageKey: error.messageKey, params: error.params, locale: run.locale })
  }
  if (error instanceof Error && 'status' in error && Number(error.status) < 500) {
    const fields = (error as { data?: { errors?: Array<{ message?: string }> } }).data?.errors
    const details = [...new Set((fields ?? []).map((field) => field.message).filter(Boolean))]
    return details.length > 0 ? `${error.message} (${details.join('; ')})` : error.message
  }
  run.req.payload.logger.error({ msg: 'Lists import: a row failed', err: error })
  return messageOf({ messageKey: 'errors.internal', params: {}, locale: run.locale })
}
