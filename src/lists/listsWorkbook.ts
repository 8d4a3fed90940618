import { Readable } from 'node:stream'

import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

import { InvalidInputError } from '../errors/AppError'
import { readSheet } from '../import/readSheet'
import {
  LIST_NAMES,
  LIST_SHEETS,
  sheetColumns,
  unknownColumns,
  type ListName,
  type ListRow,
} from './listSheets'

/** A sheet of a lists file: its rows with their spreadsheet row numbers (the header is row 1). */
export type ListsFileSheet = { rows: Array<{ row: number; cells: ListRow }> }

/** What a lists file holds: the sheets it has, by list. */
export type ListsFile = Partial<Record<ListName, ListsFileSheet>>

/** The largest lists file accepted: a province's lists are a few thousand rows at most. */
export const LISTS_FILE_MAX_BYTES = 10 * 1024 * 1024

/**
 * Reads a lists file: an XLSX workbook with a sheet per list (`agencies`, `topics`, `places`,
 * `settings`; other sheets are ignored), or a CSV of the one list `list` names. Refuses, with a
 * 400 in the requester's language and before anything is written, a file that is neither, a
 * workbook with none of the sheets, and a column no list has (a typo would otherwise empty the
 * field it meant).
 */
export async function readListsFile({
  data,
  list,
}: {
  data: Buffer
  /** The list a CSV holds; a CSV without it is refused. */
  list?: ListName
}): Promise<ListsFile> {
  const isZip = data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  const sheets = isZip ? await xlsxSheets({ data }) : await csvSheet({ data, list })
  const file: ListsFile = {}
  for (const [name, { header, rows }] of Object.entries(sheets) as Array<
    [ListName, { header: string[]; rows: ListsFileSheet['rows'] }]
  >) {
    const [unknown] = unknownColumns({ sheet: LIST_SHEETS[name], header })
    if (unknown !== undefined) {
      throw new InvalidInputError({
        messageKey: 'lists.unknownColumn',
        params: { column: unknown, sheet: name },
      })
    }
    file[name] = { rows }
  }
  if (Object.keys(file).length === 0) throw new InvalidInputError({ messageKey: 'lists.noSheets' })
  return file
}

/** The lists as an XLSX workbook: a sheet per list, a header row, a row per record. */
export async function writeListsWorkbook({
  rows,
}: {
  rows: Partial<Record<ListName, ListRow[]>>
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const name of LIST_NAMES) {
    const records = rows[name]
    if (!records) continue
    const columns = sheetColumns({ sheet: LIST_SHEETS[name] })
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    worksheet.addRow(columns).font = { bold: true }
    for (const record of records) worksheet.addRow(columns.map((column) => record[column] ?? ''))
    // Every cell is text: a code like 1-2 or a day like 31/07 must not become a date.
    worksheet.columns.forEach((column) => {
      column.numFmt = '@'
      column.width = 24
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** One list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese). */
export function writeListCsv({ list, rows }: { list: ListName; rows: ListRow[] }): Buffer {
  const columns = sheetColumns({ sheet: LIST_SHEETS[list] })
  const body = stringify([
    columns,
    ...rows.map((row) => columns.map((column) => row[column] ?? '')),
  ])
  return Buffer.from(`\uFEFF${body}`, 'utf8')
}

type RawSheet = { header: string[]; rows: ListsFileSheet['rows'] }

async function xlsxSheets({
  data,
}: {
  data: Buffer
}): Promise<Partial<Record<ListName, RawSheet>>> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch (error) {
    throw new InvalidInputError({ messageKey: 'lists.invalidFile', cause: error })
  }
  const sheets: Partial<Record<ListName, RawSheet>> = {}
  for (const worksheet of workbook.worksheets) {
    const name = worksheet.name.trim().toLowerCase()
    if (!(LIST_NAMES as readonly string[]).includes(name)) continue
    const header = rowTexts({ row: worksheet.getRow(1) }).map((cell) => cell.trim())
    const rows: ListsFileSheet['rows'] = []
    worksheet.eachRow((row, number) => {
      if (number === 1) return
      const texts = rowTexts({ row })
      if (texts.every((cell) => cell.trim() === '')) return
      rows.push({ row: number, cells: recordOf({ header, cells: texts }) })
    })
    sheets[name as ListName] = { header, rows }
  }
  return sheets
}

async function csvSheet({
  data,
  list,
}: {
  data: Buffer
  list: ListName | undefined
}): Promise<Partial<Record<ListName, RawSheet>>> {
  // A NUL byte or invalid UTF-8 is a binary file (an image, an old .xls), not a CSV.
  const isText = !data.includes(0) && isValidUtf8({ data })
  if (!isText) throw new InvalidInputError({ messageKey: 'lists.invalidFile' })
  if (!list) throw new InvalidInputError({ messageKey: 'lists.csvNeedsList' })
  const records = await readSheet({ input: Readable.from([data]), format: 'csv' }).catch(
    (error: unknown) => {
      throw new InvalidInputError({ messageKey: 'lists.invalidFile', cause: error })
    },
  )
  return {
    [list]: {
      header: records.header,
      rows: records.map(({ row, record }) => ({ row, cells: record })),
    },
  }
}

function rowTexts({ row }: { row: ExcelJS.Row }): string[] {
  const texts: string[] = []
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    texts[column - 1] = cell.text ?? ''
  })
  return Array.from(texts, (text) => text ?? '')
}

function recordOf({ header, cells }: { header: string[]; cells: string[] }): ListRow {
  const record: ListRow = {}
  header.forEach((name, index) => {
    if (name !== '') record[name] = cells[index] ?? ''
  })
  return record
}

function isValidUtf8({ data }: { data: Buffer }): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data)
    return true
  } catch {
    return false
  }
}
