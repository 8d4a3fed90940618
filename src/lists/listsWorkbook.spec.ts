import { describe, expect, it } from 'vitest'

import { readListsFile, writeListCsv, writeListsWorkbook } from './listsWorkbook'

/** The message key of the error `promise` rejects with. */
async function refusalOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason as { messageKey?: string; status?: number },
  )
  expect(error?.status).toBe(400)
  return error?.messageKey
}

describe('the lists file', () => {
  it('reads back the workbook it writes, a sheet per list, keeping text that looks like a date', async () => {
    const data = await writeListsWorkbook({
      rows: {
        topics: [{ slug: 'dau-tu', name_vi: 'Đầu tư', name_km: 'ការវិនិយោគ' }],
        settings: [{ reporting_agencyAnnualDeadline: '15/11', provinceName_vi: 'Đồng Nai' }],
      },
    })
    const file = await readListsFile({ data })
    expect(Object.keys(file).sort()).toEqual(['settings', 'topics'])
    expect(file.topics?.rows.map(({ row }) => row)).toEqual([2])
    expect(file.topics?.rows[0]?.cells).toMatchObject({
      slug: 'dau-tu',
      name_km: 'ការវិនិយោគ',
      parent: '',
    })
    expect(file.settings?.rows[0]?.cells.reporting_agencyAnnualDeadline).toBe('15/11')
  })

  it('reads one list from a CSV with a byte-order mark when the list is named', async () => {
    const data = writeListCsv({
      list: 'places',
      rows: [{ slug: 'dong-nai', kind: 'province', variants: 'Dongnai; 同奈省' }],
    })
    const file = await readListsFile({ data, list: 'places' })
    expect(file.places?.rows[0]?.cells).toMatchObject({
      slug: 'dong-nai',
      variants: 'Dongnai; 同奈省',
    })
  })

  it('refuses a CSV whose list is not named, a binary file and an unknown column', async () => {
    expect(await refusalOf(readListsFile({ data: Buffer.from('slug,name_vi\na,A\n') }))).toBe(
      'lists.csvNeedsList',
    )
    expect(
      await refusalOf(
        readListsFile({ data: Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2]), list: 'topics' }),
      ),
    ).toBe('lists.invalidFile')
    expect(await refusalOf(readListsFile({ data: Buffer.from('PK\u0003\u0004broken zip') }))).toBe(
      'lists.invalidFile',
    )
    expect(
      await refusalOf(readListsFile({ data: Buffer.from('slug,nme_vi\na,A\n'), list: 'topics' })),
    ).toBe('lists.unknownColumn')
  })

  it('refuses a workbook without any list sheet', async () => {
    const ExcelJS = (await import('exceljs')).default
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Sheet1').addRow(['slug'])
    const data = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(await refusalOf(readListsFile({ data }))).toBe('lists.noSheets')
  })
})
