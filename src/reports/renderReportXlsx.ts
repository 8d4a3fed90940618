import ExcelJS from 'exceljs'

import { reportSubject } from './reportCycles'
import type { RenderReportArgs } from './renderReportDocx'
import { reportTables } from './reportTables'

/**
 * The report's tables as an Excel workbook: a cover sheet naming the report, its period and
 * when its figures were computed, then one sheet per table of the document (reportTables.ts),
 * headings bold and frozen, numbers as numbers so they can be summed and charted.
 */
export async function renderReportXlsx({
  report,
  issuer,
}: Omit<RenderReportArgs, 'settings'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = issuer.name
  workbook.created = new Date(report.generatedAt ?? Date.now())
  const { period, generatedAt } = report.figures.statistics
  const cover = workbook.addWorksheet('Báo cáo')
  cover.columns = [{ width: 28 }, { width: 70 }]
  cover.addRows([
    ['Báo cáo', reportSubject({ cycle: report.cycle, year: report.year })],
    ['Cơ quan, đơn vị', issuer.name],
    ['Số liệu từ ngày', period.from],
    ['Đến ngày', period.to],
    ['Số liệu tính lúc', generatedAt],
    ['Trạng thái', report.status === 'submitted' ? 'Đã gửi' : 'Dự thảo'],
  ])
  cover.getColumn(1).font = { bold: true }

  for (const table of reportTables({
    snapshot: report.figures,
    isConsolidated: report.kind === 'consolidated',
  })) {
    const sheet = workbook.addWorksheet(table.sheet)
    sheet.addRow([table.title]).font = { bold: true }
    sheet.addRow(table.headings).font = { bold: true }
    sheet.addRows(table.rows)
    sheet.views = [{ state: 'frozen', ySplit: 2 }]
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 40 : 16
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
