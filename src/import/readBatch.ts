import { createReadStream } from 'node:fs'

import {
  albumItemOf,
  collectionOfKind,
  ImportColumnError,
  LINKS_OF,
  rowFromRecord,
  unknownColumns,
  type ImportRow,
  type LinkColumn,
} from './columns'
import { ImportRowError, type BatchItem } from './importItem'
import { readSheet, sheetFormatOf } from './readSheet'
import { findZipEntry, openZipBatch, type ZipBatch } from './zipBatch'

/** The formats a batch file may have. */
export const BATCH_FORMATS = ['csv', 'xlsx', 'zip'] as const

export type BatchFormat = (typeof BATCH_FORMATS)[number]

/** A batch read: what it imports, in order, and its ZIP when it has files. */
export type OpenedBatch = { items: BatchItem[]; zip: ZipBatch | null }

/** The batch format of an uploaded file's name, or null when it is none of ours. */
export function batchFormatOf({ filename }: { filename: string }): BatchFormat | null {
  if (filename.toLowerCase().endsWith('.zip')) return 'zip'
  return sheetFormatOf({ filename })
}

/**
 * Reads a stored batch: the sheet's rows in order (a row whose values cannot be used becomes a
 * `bad-row` with its reason), then, for a ZIP, the files no row names, by name, and last the
 * revisits: each row that links to an item a row below it makes (an event naming its cover
 * photo, a photo naming its event, an album its items) comes again, to set those links once
 * everything is written, so no order of rows is wrong. A sheet with
 * columns nobody knows is refused whole ({@link ImportRowError} `import.unknownColumns`), since
 * a misspelt header would otherwise drop a language silently.
 */
export async function readBatch({
  filePath,
  format,
}: {
  filePath: string
  format: BatchFormat
}): Promise<OpenedBatch> {
  const zip = format === 'zip' ? await openZipBatch({ zipPath: filePath }) : null
  const sheet =
    format === 'zip'
      ? zip!.sheet && {
          input: zip!.open({ name: zip!.sheet.name }),
          format: zip!.sheet.format,
        }
      : { input: createReadStream(filePath), format }
  const items: BatchItem[] = []
  const named = new Set<string>()
  if (sheet) {
    const records = await readSheet(sheet)
    const unknown = unknownColumns({ header: records.header })
    if (unknown.length > 0)
      throw new ImportRowError({
        key: 'import.unknownColumns',
        params: { columns: unknown.join(', ') },
      })
    for (const { row, record } of records) {
      try {
        const parsed = rowFromRecord({ record, row })
        items.push({ kind: 'row', row: parsed })
        const entry =
          zip && parsed.file ? findZipEntry({ batch: zip, file: parsed.file }) : undefined
        if (entry) named.add(entry.name)
      } catch (error) {
        if (!(error instanceof ImportColumnError)) throw error
        items.push({
          kind: 'bad-row',
          row,
          externalId: record.externalId?.trim() || null,
          error: new ImportRowError({
            key: 'import.badValue',
            params: { column: error.column, value: error.value },
          }),
        })
      }
    }
  }
  const lone = (zip?.files ?? []).filter((entry) => !named.has(entry.name))
  for (const entry of lone.sort((a, b) => a.name.localeCompare(b.name)))
    items.push({ kind: 'file', file: entry.name })
  return { items: withRevisits({ items }), zip }
}

/**
 * The rows that link to an identifier a later row gives are marked (their first pass leaves
 * those links for later) and come again at the end, in sheet order.
 */
function withRevisits({ items }: { items: BatchItem[] }): BatchItem[] {
  const rows = items.flatMap((item) => (item.kind === 'row' ? [item.row] : []))
  const lastGiven = new Map<string, number>()
  rows.forEach((row, index) => {
    if (row.externalId === null) return
    lastGiven.set(`${collectionOfKind({ kind: row.kind })} ${row.externalId}`, index)
  })
  const linksAhead = new Set(
    rows.filter((row, index) =>
      linksOf({ row }).some((link) => (lastGiven.get(link) ?? -1) > index),
    ),
  )
  return [
    ...items.map((item) =>
      item.kind === 'row' && linksAhead.has(item.row) ? { ...item, linksAhead: true } : item,
    ),
    ...[...linksAhead].map((row): BatchItem => ({ kind: 'row', row, isRevisit: true })),
  ]
}

/** A row's links as `<collection> <externalId>`. */
function linksOf({ row }: { row: ImportRow }): string[] {
  const kept = LINKS_OF[collectionOfKind({ kind: row.kind })]
  const links: Array<[LinkColumn, string]> = [
    ...row.media.map((id): [LinkColumn, string] => ['media', `media ${id}`]),
    ...(row.event === null ? [] : [['event', `events ${row.event}`] as [LinkColumn, string]]),
    ...(row.cover === null ? [] : [['cover', `media ${row.cover}`] as [LinkColumn, string]]),
    ...row.items.map((entry): [LinkColumn, string] => {
      const { collection, externalId } = albumItemOf({ entry })
      return ['items', `${collection} ${externalId}`]
    }),
  ]
  return links.filter(([column]) => kept.includes(column)).map(([, link]) => link)
}
