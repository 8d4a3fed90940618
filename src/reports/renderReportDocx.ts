import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
} from 'docx'

import { ADMIN_TIME_ZONE } from '../admin/labels'
import { reportSubject } from './reportCycles'
import type { ReportingSettings } from './reportingSettings'
import { reportTables, type ReportTable } from './reportTables'
import { NARRATIVE_SECTIONS, type Narrative, type NarrativeSection } from './reportSnapshot'
import type { ReportDoc } from './reportHooks'

/** What a report document is made from: the stored report with its snapshot, and the settings. */
export type RenderReportArgs = {
  report: ReportDoc & { figures: NonNullable<ReportDoc['figures']> }
  /** The agency writing the report (for the consolidated report, the Sở), as printed. */
  issuer: { name: string; code: string }
  settings: ReportingSettings
}

/** The body's size: 14 pt (Decree 30/2020 allows 13–14), in docx's half-points. */
const BODY = 28
const SMALL = 26
const TABLE = 24
const FONT = 'Times New Roman'

/** The section headings of the narrative, in the order a report reads. */
export const SECTION_HEADINGS: Record<NarrativeSection, string> = {
  results: 'KẾT QUẢ ĐẠT ĐƯỢC',
  limitations: 'HẠN CHẾ, NGUYÊN NHÂN',
  proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  directions: 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
}

/**
 * The report as a Word document laid out as a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP, Appendix I): A4, margins 20/20/30/15 mm, Times New Roman 14; the issuing body
 * upper-left over its number and symbol, the national motto upper-right over the place and
 * date in italics; “BÁO CÁO” and its subject centred; the figures as tables, the agency's
 * sections; “Nơi nhận:” lower-left and the signatory lower-right. Everything comes from the
 * report's frozen snapshot and the settings, nothing from the database.
 */
export async function renderReportDocx({
  report,
  issuer,
  settings,
}: RenderReportArgs): Promise<Buffer> {
  const isConsolidated = report.kind === 'consolidated'
  const tables = reportTables({ snapshot: report.figures, isConsolidated })
  const period = report.figures.statistics.period
  const children: (Paragraph | Table)[] = [
    headerBlock({ report, issuer, settings, isConsolidated }),
    paragraph({ text: '', spacingAfter: 240 }),
    paragraph({ text: 'BÁO CÁO', bold: true, align: AlignmentType.CENTER }),
    paragraph({
      text: reportSubject({ cycle: report.cycle, year: report.year }),
      bold: true,
      align: AlignmentType.CENTER,
    }),
    paragraph({
      text: `(Số liệu từ ngày ${vietnameseDay({ day: period.from })} đến ngày ${vietnameseDay({ day: period.to })})`,
      italics: true,
      align: AlignmentType.CENTER,
      spacingAfter: 240,
    }),
    heading({ text: `I. ${SECTION_HEADINGS.results}` }),
    heading({ text: '1. Số liệu', bold: false }),
    ...tables.flatMap((table, index) => tableBlock({ table, number: index + 1 })),
    heading({ text: '2. Đánh giá', bold: false }),
    ...narrativeParagraphs({ text: report.results }),
    ...NARRATIVE_SECTIONS.filter((section) => section !== 'results').flatMap((section, index) => [
      heading({ text: `${ROMAN[index + 1]}. ${SECTION_HEADINGS[section]}` }),
      ...narrativeParagraphs({ text: report[section] }),
    ]),
    ...(isConsolidated ? agencySections({ report }) : []),
    closingBlock({ report, settings, isConsolidated }),
  ]
  const document = new Document({
    creator: issuer.name,
    title: `BÁO CÁO ${reportSubject({ cycle: report.cycle, year: report.year })}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: MARGINS,
          },
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** The day of a document as Decree 30 writes it: days below 10 and months below 3 with a 0. */
export function documentDate({ at }: { at: Date }): { day: string; month: string; year: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ADMIN_TIME_ZONE,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  const day = String(parts.day).padStart(2, '0')
  const month = Number(parts.month) < 3 ? String(parts.month).padStart(2, '0') : String(parts.month)
  return { day, month, year: String(parts.year) }
}

/** A4 and the margins of Decree 30/2020 (20, 20, 30, 15 mm), in twips (1 mm = 56.7 twips). */
const A4 = { width: 11906, height: 16838 }
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 }

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
}

function headerBlock({
  report,
  issuer,
  settings,
  isConsolidated,
}: RenderReportArgs & { isConsolidated: boolean }): Table {
  const symbol = isConsolidated ? settings.documentSymbol : issuer.code.toUpperCase()
  const number = report.documentNumber?.trim() || `        /BC-${symbol}`
  const at = new Date(report.submittedAt ?? report.generatedAt ?? Date.now())
  const { day, month, year } = documentDate({ at })
  const issuingBody = isConsolidated ? settings.issuingBody : issuer.name.toUpperCase()
  return twoColumns({
    widths: [38, 62],
    left: [
      paragraph({
        text: settings.superiorBody.toUpperCase(),
        size: SMALL,
        align: AlignmentType.CENTER,
      }),
      paragraph({ text: issuingBody, size: SMALL, bold: true, align: AlignmentType.CENTER }),
      paragraph({ text: '———', size: SMALL, align: AlignmentType.CENTER }),
      paragraph({
        text: `Số: ${number.replace(/^Số:\s*/, '')}`,
        size: SMALL,
        align: AlignmentType.CENTER,
      }),
    ],
    right: [
      paragraph({
        text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        size: SMALL,
        bold: true,
        align: AlignmentType.CENTER,
      }),
      paragraph({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, align: AlignmentType.CENTER }),
      paragraph({ text: '———————', align: AlignmentType.CENTER }),
      paragraph({
        text: `${settings.place}, ngày ${day} tháng ${month} năm ${year}`,
        italics: true,
        align: AlignmentType.CENTER,
      }),
    ],
  })
}

function closingBlock({
  report,
  settings,
  isConsolidated,
}: Pick<RenderReportArgs, 'report' | 'settings'> & { isConsolidated: boolean }): Table {
  const recipients = isConsolidated ? settings.departmentRecipients : settings.agencyRecipients
  return twoColumns({
    widths: [50, 50],
    left: [
      paragraph({ text: '' }),
      paragraph({ text: 'Nơi nhận:', bold: true, italics: true, size: 24 }),
      ...recipients.split(/\r?\n/).map((line) => paragraph({ text: line, size: 22 })),
    ],
    right: [
      paragraph({ text: '' }),
      paragraph({
        text: (report.signerTitle ?? '').toUpperCase(),
        bold: true,
        align: AlignmentType.CENTER,
      }),
      paragraph({ text: '', spacingAfter: 1200 }),
      paragraph({ text: report.signerName ?? '', bold: true, align: AlignmentType.CENTER }),
    ],
  })
}

/** The consolidated report's quotes of each agency's own report, and who has not sent one. */
function agencySections({ report }: { report: RenderReportArgs['report'] }): Paragraph[] {
  const { agencyReports, notSubmitted } = report.figures
  const quoted = agencyReports.flatMap(({ agency, status, narrative }) => [
    heading({
      text: `${agency.name}${status === 'submitted' ? '' : ' (dự thảo, chưa gửi)'}`,
      bold: false,
    }),
    ...quotedNarrative({ narrative }),
  ])
  return [
    heading({ text: `${ROMAN[NARRATIVE_SECTIONS.length]}. BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ` }),
    ...quoted,
    heading({ text: 'Cơ quan, đơn vị chưa gửi báo cáo', bold: false }),
    ...(notSubmitted.length === 0
      ? [body({ text: 'Tất cả cơ quan, đơn vị đã gửi báo cáo.' })]
      : notSubmitted.map((agency) => body({ text: `- ${agency.name}` }))),
  ]
}

function quotedNarrative({ narrative }: { narrative: Narrative }): Paragraph[] {
  return NARRATIVE_SECTIONS.filter((section) => narrative[section].trim() !== '').flatMap(
    (section) => [
      body({ text: `${capitalise({ text: SECTION_HEADINGS[section] })}:`, italics: true }),
      ...narrativeParagraphs({ text: narrative[section] }),
    ],
  )
}

function tableBlock({
  table,
  number,
}: {
  table: ReportTable
  number: number
}): (Paragraph | Table)[] {
  const cell = (value: string | number, isHeading: boolean): TableCell =>
    new TableCell({
      children: [
        paragraph({
          text: String(value),
          size: TABLE,
          bold: isHeading,
          align: typeof value === 'number' || isHeading ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ],
    })
  return [
    body({ text: `Bảng ${number}. ${table.title}`, italics: true, indent: false }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.headings.map((text) => cell(text, true)),
        }),
        ...(table.rows.length === 0
          ? [
              new TableRow({
                children: [
                  cell('Không có số liệu', false),
                  ...table.headings.slice(1).map(() => cell('', false)),
                ],
              }),
            ]
          : table.rows.map(
              (row) => new TableRow({ children: row.map((value) => cell(value, false)) }),
            )),
      ],
    }),
    paragraph({ text: '', spacingAfter: 120 }),
  ]
}

function twoColumns({
  widths,
  left,
  right,
}: {
  widths: [number, number]
  left: Paragraph[]
  right: Paragraph[]
}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: widths[0], type: WidthType.PERCENTAGE }, children: left }),
          new TableCell({
            width: { size: widths[1], type: WidthType.PERCENTAGE },
            children: right,
          }),
        ],
      }),
    ],
  })
}

function heading({ text, bold = true }: { text: string; bold?: boolean }): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 60 },
    indent: { firstLine: convertMillimetersToTwip(10) },
    children: [new TextRun({ text, bold, font: FONT, size: BODY })],
  })
}

function narrativeParagraphs({ text }: { text: string | null | undefined }): Paragraph[] {
  const paragraphs = (text ?? '')
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
  return paragraphs.length === 0
    ? [body({ text: '…' })]
    : paragraphs.map((part) => body({ text: part }))
}

function body({
  text,
  italics = false,
  indent = true,
}: {
  text: string
  italics?: boolean
  indent?: boolean
}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: 300 },
    ...(indent ? { indent: { firstLine: convertMillimetersToTwip(10) } } : {}),
    children: [new TextRun({ text, italics, font: FONT, size: BODY })],
  })
}

function paragraph({
  text,
  size = BODY,
  bold = false,
  italics = false,
  align = AlignmentType.LEFT,
  spacingAfter = 0,
}: {
  text: string
  size?: number
  bold?: boolean
  italics?: boolean
  align?: IParagraphOptions['alignment']
  spacingAfter?: number
}): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { after: spacingAfter },
    children: [new TextRun({ text, bold, italics, font: FONT, size })],
  })
}

function vietnameseDay({ day }: { day: string }): string {
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year}`
}

function capitalise({ text }: { text: string }): string {
  const lower = text.toLocaleLowerCase('vi')
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
}
