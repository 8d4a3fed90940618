import { INFO_TYPES } from '../../collections/vocabularies'
import { LOCALES, LOCALE_LABELS } from '../i18n/locales'
import type { FocalPoint, ReportSnapshot } from './reportSnapshot'
import { ITEM_KINDS, STATISTICS_INFO_TYPES, type ItemKind } from './statisticsTypes'

/** One table of a report, as both the document and the workbook print it. */
export type ReportTable = {
  /** A short name, also the workbook sheet's (at most 31 characters, no `[]:*?/\`). */
  sheet: string
  /** The caption above the table in the document. */
  title: string
  headings: string[]
  rows: (string | number)[][]
}

/** How the report names each kind of item. */
export const ITEM_KIND_NAMES: Record<ItemKind, string> = {
  article: 'Tin, bài viết',
  photo: 'Ảnh',
  video: 'Video',
  publication: 'Ấn phẩm, tài liệu',
}

const TOTAL = 'Tổng cộng'

/**
 * The tables of a report, in Vietnamese, from its frozen snapshot: the one home of what the
 * DOCX (renderReportDocx.ts) and the XLSX (renderReportXlsx.ts) print, so both always carry
 * the same figures.
 */
export function reportTables({
  snapshot,
  isConsolidated,
}: {
  snapshot: ReportSnapshot
  isConsolidated: boolean
}): ReportTable[] {
  const { statistics } = snapshot
  const { totals } = statistics
  const tables: ReportTable[] = [
    {
      sheet: 'Tin bài theo cơ quan',
      title: 'Số lượng tin, bài, tư liệu cung cấp, xuất bản và gỡ bỏ theo cơ quan',
      headings: ['Cơ quan, đơn vị', 'Cung cấp', 'Xuất bản', 'Gỡ bỏ'],
      rows: [
        ...statistics.agencies.map(({ agency, items }) => [
          agency.name,
          items.supplied,
          items.published,
          items.withdrawn,
        ]),
        [TOTAL, totals.items.supplied, totals.items.published, totals.items.withdrawn],
      ],
    },
    {
      sheet: 'Theo loại',
      title: 'Theo loại tư liệu',
      headings: ['Loại', 'Cung cấp', 'Xuất bản'],
      rows: ITEM_KINDS.map((kind) => [
        ITEM_KIND_NAMES[kind],
        totals.items.byKind[kind].supplied,
        totals.items.byKind[kind].published,
      ]),
    },
    {
      sheet: 'Theo loại thông tin',
      title: 'Theo loại thông tin (tin, bài viết)',
      headings: ['Loại thông tin', 'Cung cấp', 'Xuất bản'],
      rows: STATISTICS_INFO_TYPES.map((infoType) => [
        INFO_TYPES.find(({ value }) => value === infoType)?.label.vi ?? infoType,
        totals.items.byInfoType[infoType].supplied,
        totals.items.byInfoType[infoType].published,
      ]),
    },
    {
      sheet: 'Theo ngôn ngữ',
      title: 'Xuất bản và bản dịch theo ngôn ngữ',
      headings: ['Ngôn ngữ', 'Xuất bản', 'Bản dịch hiện hành', 'Bản dịch lỗi thời', 'Chưa có'],
      rows: LOCALES.map((locale) => [
        LOCALE_LABELS[locale],
        totals.items.byLocale[locale],
        totals.translations[locale].published,
        totals.translations[locale].stale,
        totals.translations[locale].missing,
      ]),
    },
    {
      sheet: 'Gửi đồng bộ',
      title: 'Gửi đồng bộ tới các hệ thống nhận',
      headings: [
        'Nơi nhận',
        'Đã gửi',
        'Đã xác nhận',
        'Lỗi',
        'Thời gian đến khi xác nhận (giờ, trung vị)',
      ],
      rows: totals.pushes.map((push) => [
        push.target.name,
        push.delivered,
        push.acknowledged,
        push.failed,
        push.medianHoursToAck === null ? '' : round({ value: push.medianHoursToAck }),
      ]),
    },
    {
      sheet: 'Phóng viên',
      title: 'Phóng viên nước ngoài đăng ký và được cấp phép theo quốc gia',
      headings: ['Quốc gia', 'Đăng ký', 'Được cấp phép'],
      rows: [
        ...Object.entries(totals.journalists.byCountry)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([country, figures]) => [country, figures.registered, figures.accredited]),
        [TOTAL, totals.journalists.registered, totals.journalists.accredited],
      ],
    },
    {
      sheet: 'Lượt tải',
      title: 'Lượt tải tư liệu của phóng viên theo quốc gia',
      headings: ['Quốc gia', 'Lượt tải'],
      rows: [
        ...sortedCounts({ counts: totals.downloads.byCountry }),
        [TOTAL, totals.downloads.total],
      ],
    },
    {
      sheet: 'Tải nhiều nhất',
      title: 'Tư liệu được tải nhiều nhất',
      headings: ['Tư liệu', 'Lượt tải'],
      rows: totals.downloads.topItems.map((item) => [item.title, item.count]),
    },
    {
      sheet: 'Lượt xem',
      title: 'Lượt xem trên thư viện (không tính máy tự động)',
      headings: ['Tin, bài, tư liệu', 'Lượt xem'],
      rows: [
        ...totals.views.topItems.map((item) => [item.title, item.count]),
        [TOTAL, totals.views.total],
      ],
    },
    {
      sheet: 'Đầu mối',
      title: 'Đầu mối thông tin đối ngoại (Điều 23.8)',
      headings: ['Cơ quan, đơn vị', 'Lãnh đạo phụ trách', 'Cán bộ đầu mối'],
      rows: snapshot.focalPoints.map(({ agency, leader, officer }) => [
        agency.name,
        describePerson({ person: leader }),
        describePerson({ person: officer }),
      ]),
    },
  ]
  if (isConsolidated) {
    const quoted = new Map(
      snapshot.agencyReports.map((report) => [String(report.agency.id), report]),
    )
    tables.push({
      sheet: 'Tình hình gửi báo cáo',
      title: 'Tình hình gửi báo cáo của các cơ quan, đơn vị',
      headings: ['Cơ quan, đơn vị', 'Tình trạng', 'Ngày gửi'],
      rows: statistics.agencies.map(({ agency }) => {
        const report = quoted.get(String(agency.id))
        if (report?.status === 'submitted')
          return [agency.name, 'Đã gửi', report.submittedAt ? report.submittedAt.slice(0, 10) : '']
        return [agency.name, report ? 'Dự thảo, chưa gửi' : 'Chưa có báo cáo', '']
      }),
    })
  }
  return tables
}

/** A person on one line: name, position, e-mail, phone, those given. */
export function describePerson({ person }: { person: FocalPoint }): string {
  return [person.name, person.position, person.email, person.phone].filter(Boolean).join(' – ')
}

function sortedCounts({ counts }: { counts: Record<string, number> }): (string | number)[][] {
  return Object.entries(counts)
    .sort(([a, first], [b, second]) => second - first || a.localeCompare(b))
    .map(([key, count]) => [key, count])
}

function round({ value }: { value: number }): number {
  return Math.round(value * 10) / 10
}
