import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import JSZip from 'jszip'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { computeStatistics } from '../../src/reports/computeStatistics'
import { provinceDay } from '../../src/reports/period'
import { overdueReports, sendReportReminders } from '../../src/reports/reportDeadlines'
import type { ReportSnapshot } from '../../src/reports/reportSnapshot'
import { createAgency, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'

type ReportJson = {
  id: number
  status: string
  agency: number
  submittedAt: string | null
  figures: ReportSnapshot
}

const YEAR = Number(provinceDay({ at: new Date() }).slice(0, 4))

describe('periodic reports', () => {
  let app: TestApp
  let agencyA: number
  let agencyB: number
  let publisherA: string
  let contributorB: string
  let manager: string
  let reportId: number

  beforeAll(async () => {
    app = await startPayload()
    await signInStaff({ app, email: 'admin@reports.test', roles: ['admin'] })
    agencyA = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu' })
    agencyB = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    publisherA = (
      await signInStaff({ app, email: 'pub-a@reports.test', roles: ['publisher'], agency: agencyA })
    ).token
    contributorB = (
      await signInStaff({
        app,
        email: 'con-b@reports.test',
        roles: ['contributor'],
        agency: agencyB,
      })
    ).token
    manager = (
      await signInStaff({ app, email: 'manager@reports.test', roles: ['department-manager'] })
    ).token
    for (const title of ['Hợp tác quốc tế', 'Lễ hội văn hóa']) {
      await createPublishedArticle({ app, agency: agencyA, title })
    }
    await createPublishedArticle({ app, agency: agencyB, title: 'Tin của báo' })
  }, 300_000)

  afterAll(async () => {
    await app?.stop()
  })

  const get = (path: string, token: string) => app.rest.request('GET', path, { token })
  const readReport = async (token: string): Promise<ReportJson> =>
    (await (await get(`/reports/${reportId}?depth=0`, token)).json()) as ReportJson

  it('an agency publisher writes the annual report of their own agency, its figures computed on save', async () => {
    const response = await app.rest.request('POST', '/reports', {
      token: publisherA,
      body: { cycle: 'annual', year: YEAR, agency: agencyB, results: 'Kết quả nổi bật của năm.' },
    })
    // Another agency is refused, not silently rewritten.
    expect(response.status).toBe(403)
    const created = await app.rest.request('POST', '/reports', {
      token: publisherA,
      body: { cycle: 'annual', year: YEAR, results: 'Kết quả nổi bật của năm.' },
    })
    expect(created.status).toBe(201)
    reportId = ((await created.json()) as { doc: { id: number } }).doc.id
    const report = await readReport(publisherA)
    expect(report.agency).toBe(agencyA)
    expect(report.status).toBe('draft')
    const { statistics } = report.figures
    expect(statistics.period).toEqual({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` })
    expect(statistics.agencies.map(({ agency }) => agency.code)).toEqual(['so-ngoai-vu'])
    expect(statistics.totals.items.supplied).toBe(2)
    expect(statistics.totals.items.byKind.article.supplied).toBe(2)
  }, 120_000)

  it('refuses a second report of the same agency, cycle and year', async () => {
    const response = await app.rest.request('POST', '/reports', {
      token: publisherA,
      body: { cycle: 'annual', year: YEAR },
    })
    expect(response.status).toBe(409)
  }, 60_000)

  it('prints the same figures in the XLSX (parsed back) as the report keeps', async () => {
    const report = await readReport(publisherA)
    const response = await get(`/reports/${reportId}/xlsx`, publisherA)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const byAgency = sheetRows({ workbook, name: 'Tin bài theo cơ quan' })
    const { items } = report.figures.statistics.agencies[0]!
    expect(byAgency).toContainEqual([
      'Sở Ngoại vụ',
      items.supplied,
      items.published,
      items.withdrawn,
    ])
    const { totals } = report.figures.statistics
    expect(byAgency.at(-1)).toEqual([
      'Tổng cộng',
      totals.items.supplied,
      totals.items.published,
      totals.items.withdrawn,
    ])
    expect(sheetRows({ workbook, name: 'Theo loại' })).toContainEqual([
      'Tin, bài viết',
      totals.items.byKind.article.supplied,
      totals.items.byKind.article.published,
    ])
    expect(sheetRows({ workbook, name: 'Theo ngôn ngữ' })).toContainEqual([
      'Tiếng Việt',
      totals.items.byLocale.vi,
      totals.translations.vi.published,
      totals.translations.vi.stale,
      totals.translations.vi.missing,
    ])
  }, 60_000)

  it('lays the DOCX out as a Decree 30/2020 report with the figures and the agency’s sections', async () => {
    const report = await readReport(publisherA)
    const response = await get(`/reports/${reportId}/docx`, publisherA)
    expect(response.status).toBe(200)
    const buffer = Buffer.from(await response.arrayBuffer())
    const { value: text } = await mammoth.extractRawText({ buffer })
    for (const line of [
      'UBND TỈNH ĐỒNG NAI',
      'SỞ NGOẠI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      '/BC-SO-NGOAI-VU',
      'BÁO CÁO',
      `Kết quả công tác thông tin đối ngoại năm ${YEAR}`,
      'Kết quả nổi bật của năm.',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(line)
    }
    expect(text).toMatch(/Đồng Nai, ngày \d{2} tháng \d{1,2} năm \d{4}/)
    const { items } = report.figures.statistics.agencies[0]!
    expect(text).toContain(
      ['Sở Ngoại vụ', items.supplied, items.published, items.withdrawn].join('\n\n'),
    )
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string')
    // A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/w:top="1134"/)
    expect(xml).toMatch(/w:left="1701"/)
    expect(xml).toMatch(/w:right="850"/)
    expect(xml).toContain('Times New Roman')
    expect(xml).toContain('<w:sz w:val="28"/>')
  }, 60_000)

  it('keeps a submitted report’s figures and files after items change, and makes it read-only to the agency', async () => {
    const submitted = await app.rest.request('PATCH', `/reports/${reportId}`, {
      token: publisherA,
      body: { status: 'submitted' },
    })
    expect(submitted.status).toBe(200)
    const before = await readReport(publisherA)
    expect(before.status).toBe('submitted')
    expect(before.submittedAt).toBeTruthy()
    const xlsxBefore = await xlsxValues({
      response: await get(`/reports/${reportId}/xlsx`, manager),
    })

    const article = await createPublishedArticle({ app, agency: agencyA, title: 'Bài mới' })
    await app.payload.update({
      collection: slugs.articles,
      id: article.id,
      data: { title: 'Bài mới, đã sửa' },
    })
    const now = await computeStatistics({
      payload: app.payload,
      req: await createLocalReq({}, app.payload),
      from: `${YEAR}-01-01`,
      to: `${YEAR}-12-31`,
      agencyCode: 'so-ngoai-vu',
      overrideAccess: true,
    })
    expect(now.totals.items.supplied).toBe(3)

    const after = await readReport(publisherA)
    expect(after.figures).toEqual(before.figures)
    expect(await xlsxValues({ response: await get(`/reports/${reportId}/xlsx`, manager) })).toEqual(
      xlsxBefore,
    )
    const edit = await app.rest.request('PATCH', `/reports/${reportId}`, {
      token: publisherA,
      body: { results: 'Sửa sau khi gửi' },
    })
    expect(edit.status).toBe(403)
  }, 120_000)

  it('shows an agency’s report to its own staff and the department, not to another agency', async () => {
    expect((await get(`/reports/${reportId}`, contributorB)).status).toBe(404)
    expect((await get(`/reports/${reportId}/docx`, contributorB)).status).toBe(404)
    expect((await get(`/reports/${reportId}/xlsx`, contributorB)).status).toBe(404)
    expect((await app.rest.request('GET', `/reports/${reportId}/docx`)).status).toBe(401)
    expect((await get(`/reports/${reportId}/docx`, manager)).status).toBe(200)
  }, 60_000)

  it('still answers GET /api/reports/statistics, now routed through the reports collection', async () => {
    const response = await get(`/reports/statistics?from=${YEAR}-01-01&to=${YEAR}-12-31`, manager)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { period: { from: string }; agencies: unknown[] }
    expect(body.period.from).toBe(`${YEAR}-01-01`)
    expect(body.agencies).toHaveLength(2)
  }, 60_000)

  it('consolidates every agency: their figures and sections, and who has not submitted', async () => {
    const created = await app.rest.request('POST', '/reports', {
      token: manager,
      body: { kind: 'consolidated', cycle: 'annual', year: YEAR, results: 'Toàn tỉnh.' },
    })
    expect(created.status).toBe(201)
    const { id } = ((await created.json()) as { doc: { id: number } }).doc
    const report = (await (await get(`/reports/${id}?depth=0`, manager)).json()) as ReportJson
    expect(report.figures.statistics.totals.items.supplied).toBe(4)
    expect(report.figures.notSubmitted.map((agency) => agency.code)).toEqual(['bao-dong-nai'])
    expect(report.figures.agencyReports.map(({ agency, status }) => [agency.code, status])).toEqual(
      [['so-ngoai-vu', 'submitted']],
    )
    const buffer = Buffer.from(await (await get(`/reports/${id}/docx`, manager)).arrayBuffer())
    const { value: text } = await mammoth.extractRawText({ buffer })
    expect(text).toContain('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')
    expect(text).toContain('/BC-SVHTTDL')
    expect(text).toContain('Kết quả nổi bật của năm.')
    expect(text).toContain('Cơ quan, đơn vị chưa gửi báo cáo')
    expect(text).toContain('- Báo Đồng Nai')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await (await get(`/reports/${id}/xlsx`, manager)).arrayBuffer())
    expect(sheetRows({ workbook, name: 'Tình hình gửi báo cáo' })).toContainEqual([
      'Báo Đồng Nai',
      'Chưa có báo cáo',
      '',
    ])
  }, 120_000)

  it('reminds the focal points at the configured offsets, in their language, never twice', async () => {
    await app.payload.update({
      collection: slugs.agencies,
      id: agencyA,
      data: {
        focalPoints: {
          leader: { name: 'Nguyễn Văn A', email: 'leader-a@reports.test', language: 'en' },
          officer: { name: 'Trần Thị B', email: 'officer-a@reports.test' },
        },
      } as never,
    })
    await app.payload.update({
      collection: slugs.agencies,
      id: agencyB,
      data: {
        focalPoints: { officer: { name: 'Lê C', email: 'officer-b@reports.test' } },
      } as never,
    })
    // The 6-month deadline of 2030 is 15 May: 7 days before, in the province, is 8 May.
    const eightMay = new Date('2030-05-08T01:00:00.000Z')
    expect(
      await sendReportReminders({ payload: app.payload, now: eightMay, offsetDays: [7, 1] }),
    ).toEqual({
      sent: 3,
      failed: 0,
    })
    const [leaderMail] = capturedEmails({ to: 'leader-a@reports.test' })
    expect(leaderMail?.subject).toBe('Reminder: 6-month report 2030 of Sở Ngoại vụ due 15/05/2030')
    expect(leaderMail?.text).toContain('(7 day(s) left)')
    expect(capturedEmails({ to: 'officer-b@reports.test' })[0]?.subject).toBe(
      'Nhắc hạn: báo cáo 6 tháng đầu năm 2030 của Báo Đồng Nai hạn 15/05/2030',
    )
    // The same day again, and a day with no offset: nothing.
    expect(
      await sendReportReminders({ payload: app.payload, now: eightMay, offsetDays: [7, 1] }),
    ).toEqual({
      sent: 0,
      failed: 0,
    })
    expect(
      await sendReportReminders({
        payload: app.payload,
        now: new Date('2030-05-10T01:00:00.000Z'),
        offsetDays: [7, 1],
      }),
    ).toEqual({ sent: 0, failed: 0 })

    // Agency B submits; the day before the deadline only agency A's focal points hear again.
    await app.payload.create({
      collection: slugs.reports,
      data: {
        kind: 'agency',
        agency: agencyB,
        cycle: 'half-year',
        year: 2030,
        status: 'submitted',
      },
    })
    expect(
      await sendReportReminders({
        payload: app.payload,
        now: new Date('2030-05-14T01:00:00.000Z'),
        offsetDays: [7, 1],
      }),
    ).toEqual({ sent: 2, failed: 0 })
    expect(capturedEmails({ to: 'officer-b@reports.test' })).toHaveLength(1)
    expect(capturedEmails({ to: 'leader-a@reports.test' })).toHaveLength(2)
  }, 180_000)

  it('lists the agencies overdue with a cycle whose deadline has passed', async () => {
    const overdue = await overdueReports({
      payload: app.payload,
      now: new Date('2030-05-20T01:00:00.000Z'),
    })
    const halfYear = overdue.find((cycle) => cycle.cycle === 'half-year' && cycle.year === 2030)
    expect(halfYear?.deadline).toBe('2030-05-15')
    expect(halfYear?.agencies.map((agency) => agency.code)).toEqual(['so-ngoai-vu'])
  }, 60_000)

  it('reads the deadlines from the settings', async () => {
    await app.payload.updateGlobal({
      slug: globalSlugs.settings,
      data: {
        provinceName: 'Đồng Nai',
        databaseName: 'Cơ sở dữ liệu thông tin đối ngoại',
        reporting: { agencyHalfYearDeadline: '10/06' },
      } as never,
    })
    const overdue = await overdueReports({
      payload: app.payload,
      now: new Date('2030-05-20T01:00:00.000Z'),
    })
    expect(overdue.some((cycle) => cycle.cycle === 'half-year' && cycle.year === 2030)).toBe(false)
  }, 60_000)
})

function sheetRows({ workbook, name }: { workbook: ExcelJS.Workbook; name: string }): unknown[][] {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`No sheet “${name}”`)
  const rows: unknown[][] = []
  sheet.eachRow((row, number) => {
    // Row 1 is the caption, row 2 the headings.
    if (number > 2) rows.push((row.values as unknown[]).slice(1).map((value) => value ?? ''))
  })
  return rows
}

async function xlsxValues({ response }: { response: Response }): Promise<unknown[][][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = []
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    return rows
  })
}
