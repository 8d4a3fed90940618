import type { CollectionConfig } from 'payload'

import { seesAllAgencies } from '../../src/access/roles'
import { REPORT_CYCLES } from '../../src/reports/reportCycles'
import { internalSlugs, slugs } from '../slugs'

const readOnly = { readOnly: true } as const

/**
 * The report deadline reminders already sent (src/reports/reportDeadlines.ts): one record per
 * cycle, offset and recipient, written before the mail goes, so nobody is reminded twice. The
 * Sở can read who was reminded when; nobody writes here but the job.
 */
export const ReportReminders: CollectionConfig = {
  slug: internalSlugs.reportReminders,
  labels: {
    singular: { vi: 'Nhắc hạn báo cáo đã gửi', en: 'Report reminder sent' },
    plural: { vi: 'Nhắc hạn báo cáo đã gửi', en: 'Report reminders sent' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['agency', 'recipient', 'cycle', 'year', 'offsetDays', 'createdAt'],
    group: { vi: 'Quản lý nhà nước', en: 'Oversight' },
    hidden: ({ user }) => !seesAllAgencies({ user: user as never }),
  },
  access: {
    read: ({ req: { user } }) => seesAllAgencies({ user }),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: readOnly },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: slugs.agencies,
      label: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
      admin: readOnly,
    },
    {
      name: 'cycle',
      type: 'select',
      options: [...REPORT_CYCLES],
      label: { vi: 'Kỳ báo cáo', en: 'Cycle' },
      admin: readOnly,
    },
    { name: 'year', type: 'number', label: { vi: 'Năm', en: 'Year' }, admin: readOnly },
    {
      name: 'offsetDays',
      type: 'number',
      label: { vi: 'Số ngày trước hạn', en: 'Days before the deadline' },
      admin: readOnly,
    },
    {
      name: 'recipient',
      type: 'email',
      label: { vi: 'Người nhận', en: 'Recipient' },
      admin: readOnly,
    },
  ],
}
