import type { CollectionConfig, Field } from 'payload'

import {
  canCreateReports,
  canDeleteReports,
  canReadReports,
  canSetReportStatus,
  canUpdateReports,
  isReportOverseer,
  systemOnly,
} from '../../src/access/reportAccess'
import { reportDownloadEndpoints } from '../../src/reports/reportDownloadEndpoints'
import { prepareReport } from '../../src/reports/reportHooks'
import { REPORT_CYCLES, type ReportCycle } from '../../src/reports/reportCycles'
import { statisticsEndpoint } from '../../src/reports/statisticsEndpoint'
import { slugs } from '../slugs'

const CYCLE_LABELS: Record<ReportCycle, { vi: string; en: string }> = {
  'half-year': { vi: '6 tháng đầu năm', en: 'First six months' },
  annual: { vi: 'Cả năm', en: 'Full year' },
}

const systemField = { access: { create: systemOnly, update: systemOnly } } as const

/**
 * The periodic reports on foreign-information work (Điều 27): each agency's 6-month and annual
 * report to the Sở, and the Sở's consolidated report to the province and the ministry. The
 * figures are the statistics of the period, kept as they were when generated
 * (src/reports/reportHooks.ts), beside the sections the agency writes; a publisher submits,
 * after which the report is read-only to the agency. Downloaded as a Decree 30/2020 document
 * (`GET /api/reports/:id/docx`) or a workbook (`/xlsx`).
 */
export const Reports: CollectionConfig = {
  slug: slugs.reports,
  labels: {
    singular: { vi: 'Báo cáo định kỳ', en: 'Periodic report' },
    plural: { vi: 'Báo cáo định kỳ', en: 'Periodic reports' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'cycle', 'year', 'agency', 'submittedAt'],
    group: { vi: 'Quản lý nhà nước', en: 'Oversight' },
    components: {
      edit: {
        beforeDocumentControls: ['/src/components/admin/ReportDownloadLinks#ReportDownloadLinks'],
      },
    },
  },
  access: {
    read: canReadReports,
    create: canCreateReports,
    update: canUpdateReports,
    delete: canDeleteReports,
  },
  hooks: { beforeChange: [prepareReport] },
  // `/api/reports/statistics` lives here: Payload routes every `/api/reports/…` to this
  // collection, so a root endpoint of that path would never be reached.
  endpoints: [{ ...statisticsEndpoint, path: '/statistics' }, ...reportDownloadEndpoints],
  indexes: [
    { fields: ['kind', 'agency', 'cycle', 'year'] },
    { fields: ['status', 'cycle', 'year'] },
  ],
  fields: [
    {
      name: 'title',
      type: 'text',
      ...systemField,
      admin: { readOnly: true, hidden: true },
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'agency',
          access: { create: isReportOverseer, update: isReportOverseer },
          options: [
            { value: 'agency', label: { vi: 'Báo cáo của cơ quan', en: 'Agency report' } },
            {
              value: 'consolidated',
              label: { vi: 'Báo cáo tổng hợp của Sở', en: 'Consolidated report' },
            },
          ],
          label: { vi: 'Loại báo cáo', en: 'Kind of report' },
        },
        {
          name: 'agency',
          type: 'relationship',
          relationTo: slugs.agencies,
          index: true,
          access: { update: isReportOverseer },
          label: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
          admin: {
            description: {
              vi: 'Để trống với cán bộ của cơ quan: báo cáo thuộc cơ quan của mình.',
              en: 'Leave empty as an agency’s staff member: the report is your agency’s.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cycle',
          type: 'select',
          required: true,
          options: REPORT_CYCLES.map((value) => ({ value, label: CYCLE_LABELS[value] })),
          label: { vi: 'Kỳ báo cáo', en: 'Cycle' },
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          label: { vi: 'Năm', en: 'Year' },
        },
        {
          name: 'documentNumber',
          type: 'text',
          maxLength: 60,
          label: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
          admin: { placeholder: '15/BC-SVHTTDL' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodFrom',
          type: 'text',
          label: { vi: 'Số liệu từ ngày', en: 'Figures from' },
          admin: { placeholder: 'YYYY-MM-DD' },
        },
        {
          name: 'periodTo',
          type: 'text',
          label: { vi: 'đến ngày', en: 'to' },
          admin: {
            placeholder: 'YYYY-MM-DD',
            description: {
              vi: 'Mặc định: 01/01 đến 30/6 (6 tháng) hoặc 31/12 (cả năm).',
              en: 'Default: 1 January to 30 June (six months) or 31 December (year).',
            },
          },
        },
      ],
    },
    ...narrativeFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'signerTitle',
          type: 'text',
          maxLength: 100,
          label: { vi: 'Chức vụ người ký', en: 'Signatory’s title' },
          admin: { placeholder: 'GIÁM ĐỐC' },
        },
        {
          name: 'signerName',
          type: 'text',
          maxLength: 100,
          label: { vi: 'Họ tên người ký', en: 'Signatory’s name' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      access: { create: canSetReportStatus, update: canSetReportStatus },
      options: [
        { value: 'draft', label: { vi: 'Dự thảo', en: 'Draft' } },
        { value: 'submitted', label: { vi: 'Đã gửi', en: 'Submitted' } },
      ],
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Người duyệt của cơ quan gửi báo cáo; đã gửi thì không sửa được nữa.',
          en: 'The agency’s publisher submits; a submitted report can no longer be edited.',
        },
      },
    },
    {
      name: 'submittedAt',
      type: 'date',
      ...systemField,
      label: { vi: 'Gửi lúc', en: 'Submitted at' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: slugs.users,
      ...systemField,
      label: { vi: 'Người gửi', en: 'Submitted by' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'generatedAt',
      type: 'date',
      ...systemField,
      label: { vi: 'Số liệu tính lúc', en: 'Figures computed at' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The statistics as they were (src/reports/reportSnapshot.ts): printed, never recomputed.
      name: 'figures',
      type: 'json',
      ...systemField,
      label: { vi: 'Số liệu', en: 'Figures' },
      admin: { hidden: true },
    },
  ],
}

/** The four sections the agency writes (Điều 27), plain paragraphs a blank line apart. */
function narrativeFields(): Field[] {
  const sections: { name: string; label: { vi: string; en: string } }[] = [
    { name: 'results', label: { vi: 'Kết quả đạt được', en: 'Results' } },
    { name: 'limitations', label: { vi: 'Hạn chế, nguyên nhân', en: 'Limitations and causes' } },
    { name: 'proposals', label: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' } },
    {
      name: 'directions',
      label: { vi: 'Phương hướng, nhiệm vụ kỳ tới', en: 'Directions for the next period' },
    },
  ]
  return sections.map(({ name, label }) => ({
    name,
    type: 'textarea' as const,
    maxLength: 20_000,
    label,
    admin: { rows: 6 },
  }))
}
