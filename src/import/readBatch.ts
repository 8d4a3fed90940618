import { createReadStream } from 'node:fs'

import { ImportColumnError, rowFromRecord, unknownColumns } from './columns'
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
 * `bad-row` with its reason), then, for a ZIP, the files no row names, by name. A sheet with
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
  return { items, zip }
}
