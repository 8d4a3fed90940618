import type { PayloadRequest } from 'payload'

import { InvalidInputError } from '../errors/AppError'
import { readStoredLists } from './listDocuments'
import { LIST_NAMES, type ListName } from './listSheets'
import { writeListCsv, writeListsWorkbook } from './listsWorkbook'

/** An exported lists file, ready to send or write. */
export type ListsExport = { data: Buffer; filename: string; contentType: string }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The province's lists as the request's user sees them (every locale's stored value, never a
 * fallback): the XLSX workbook of every list, or — with `list` and `format: 'csv'` — that one
 * list as CSV. The same columns an import reads (src/lists/listSheets.ts).
 */
export async function exportLists({
  req,
  format = 'xlsx',
  list,
}: {
  req: PayloadRequest
  /** @default 'xlsx' */
  format?: 'xlsx' | 'csv'
  /** One list only (required for CSV). */
  list?: ListName
}): Promise<ListsExport> {
  const stored = await readStoredLists({ req })
  const day = new Date().toISOString().slice(0, 10)
  if (format === 'csv') {
    if (!list) throw new InvalidInputError({ messageKey: 'lists.csvNeedsList' })
    const only = list
    return {
      data: writeListCsv({ list: only, rows: stored.rowsOf(only) }),
      filename: `lists-${only}-${day}.csv`,
      contentType: 'text/csv; charset=utf-8',
    }
  }
  const names = list ? [list] : LIST_NAMES
  const rows = Object.fromEntries(names.map((name) => [name, stored.rowsOf(name)]))
  return {
    data: await writeListsWorkbook({ rows }),
    filename: `lists-${day}.xlsx`,
    contentType: XLSX_TYPE,
  }
}
