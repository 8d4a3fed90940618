import type { Readable } from 'node:stream'

import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'

/** One data row of a sheet: its row number (the header is row 1) and header → cell text. */
export type SheetRecord = { row: number; record: Record<string, string> }

/** The sheet formats a batch may hold, by file extension. */
export const SHEET_EXTENSIONS = ['csv', 'xlsx'] as const

export type SheetFormat = (typeof SHEET_EXTENSIONS)[number]

/**
 * Reads a CSV (UTF-8, with or without a byte-order mark, comma-separated, quoted as RFC 4180)
 * or an XLSX sheet (its first worksheet) from a stream, a row at a time: a sheet of ten
 * thousand rows is never held whole. The header is the first row; empty rows are skipped.
 */
export async function readSheet({
  input,
  format,
}: {
  input: Readable
  format: SheetFormat
}): Promise<Array<SheetRecord> & { header: string[] }> {
  const rows = format === 'csv' ? csvRows({ input }) : xlsxRows({ input })
  let header: string[] | null = null
  const records: SheetRecord[] = []
  for await (const { row, cells } of rows) {
    if (cells.every((cell) => cell.trim() === '')) continue
    if (header === null) {
      header = cells.map((cell) => cell.trim())
      continue
    }
    const record: Record<string, string> = {}
    header.forEach((name, index) => {
      if (name !== '' && cells[index] !== undefined) record[name] = cells[index]
    })
    records.push({ row, record })
  }
  return Object.assign(records, { header: header ?? [] })
}

/** The sheet format of a file name, or null when it is not a sheet. */
export function sheetFormatOf({ filename }: { filename: string }): SheetFormat | null {
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  return (SHEET_EXTENSIONS as readonly string[]).includes(extension)
    ? (extension as SheetFormat)
    : null
}

type RawRow = { row: number; cells: string[] }

async function* csvRows({ input }: { input: Readable }): AsyncGenerator<RawRow> {
  // Rows are numbered by record, as a spreadsheet shows them (a quoted cell may span lines).
  let row = 0
  for await (const record of input.pipe(parse({ bom: true, relax_column_count: true }))) {
    row += 1
    yield { row, cells: record as string[] }
  }
}

async function* xlsxRows({ input }: { input: Readable }): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : []
      yield { row: row.number, cells: Array.from(values, (value) => cellText({ value })) }
    }
    // The first worksheet is the batch; others (notes, lists) are not read.
    break
  }
}

/** A cell's value as the text a CSV would hold: dates as ISO dates, rich text joined. */
function cellText({ value }: { value: unknown }): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown }
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('')
    if (cell.text !== undefined) return cellText({ value: cell.text })
    if (cell.result !== undefined) return cellText({ value: cell.result })
  }
  return ''
}
