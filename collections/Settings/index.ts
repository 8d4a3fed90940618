import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../../src/access/roles'
import { validateDayOfYear, validateOptionalPhone } from '../../src/fields/validators'
import { REPORT_DEADLINE_FIELDS, REPORTING_DEFAULTS } from '../../src/reports/reportingSettings'
import { globalSlugs, slugs } from '../slugs'

/**
 * Who this deployment serves: the province and the managing department. These are data, so
 * any province can deploy the same code (docs/architecture.md); the seed fills them in.
 */
export const Settings: GlobalConfig = {
  slug: globalSlugs.settings,
  label: { vi: 'Thông tin chung', en: 'Settings' },
  admin: { group: { vi: 'Quản trị', en: 'Administration' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'provinceName',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên tỉnh', en: 'Province name' },
    },
    {
      name: 'databaseName',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { vi: 'Tên cơ sở dữ liệu', en: 'Name of the database' },
    },
    {
      name: 'managingAgency',
      type: 'relationship',
      relationTo: slugs.agencies,
      label: { vi: 'Cơ quan quản lý', en: 'Managing agency' },
    },
    {
      name: 'defaultCredit',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { vi: 'Dòng nguồn mặc định', en: 'Default credit line' },
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: { vi: 'Thư điện tử liên hệ', en: 'Contact e-mail' },
    },
    {
      // Shown in every page's footer in the reader's language, or marked as a fallback.
      name: 'footerText',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { vi: 'Chân trang', en: 'Footer text' },
    },
    {
      name: 'usageTerms',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: { vi: 'Điều khoản sử dụng chung', en: 'General usage terms' },
      admin: {
        description: {
          vi: 'Điều kiện sử dụng lại nội dung của thư viện, hiển thị ở chân trang; mỗi mục còn có điều khoản riêng.',
          en: "The library's terms for reusing its content, shown in the footer; each item keeps its own terms too.",
        },
      },
    },
    {
      // Shown to journalists on item, agency and account pages (src/library/pressContact.ts);
      // what is left empty falls back to the contact e-mail and the managing agency.
      name: 'pressOffice',
      type: 'group',
      label: { vi: 'Bộ phận báo chí', en: 'Press office' },
      admin: {
        description: {
          vi: 'Liên hệ hiển thị cho phóng viên. Để trống: dùng thư điện tử liên hệ và cơ quan quản lý.',
          en: 'The contact shown to journalists. Left empty: the contact e-mail and the managing agency.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              localized: true,
              maxLength: 200,
              label: { vi: 'Tên bộ phận', en: 'Name' },
            },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
            {
              name: 'phone',
              type: 'text',
              maxLength: 30,
              validate: validateOptionalPhone,
              label: { vi: 'Điện thoại', en: 'Phone' },
            },
          ],
        },
      ],
    },
    {
      // Điều 27: what the periodic reports print (Decree 30/2020 layout) and when they are due.
      // Each province words and dates these differently; src/reports/reportingSettings.ts
      // falls back to the Đồng Nai draft for any left empty.
      name: 'reporting',
      type: 'group',
      label: { vi: 'Báo cáo định kỳ', en: 'Periodic reports' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'superiorBody',
              type: 'text',
              maxLength: 200,
              defaultValue: REPORTING_DEFAULTS.superiorBody,
              label: { vi: 'Cơ quan chủ quản', en: 'Superior body' },
            },
            {
              name: 'issuingBody',
              type: 'text',
              maxLength: 200,
              defaultValue: REPORTING_DEFAULTS.issuingBody,
              label: {
                vi: 'Cơ quan ban hành báo cáo tổng hợp',
                en: 'Body issuing the consolidated report',
              },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'documentSymbol',
              type: 'text',
              maxLength: 40,
              defaultValue: REPORTING_DEFAULTS.documentSymbol,
              label: { vi: 'Ký hiệu viết tắt của Sở', en: 'Department’s document symbol' },
            },
            {
              name: 'place',
              type: 'text',
              maxLength: 100,
              defaultValue: REPORTING_DEFAULTS.place,
              label: { vi: 'Địa danh', en: 'Place name' },
            },
          ],
        },
        {
          name: 'departmentRecipients',
          type: 'textarea',
          defaultValue: REPORTING_DEFAULTS.departmentRecipients,
          label: { vi: 'Nơi nhận (báo cáo tổng hợp)', en: 'Addressees (consolidated report)' },
        },
        {
          name: 'agencyRecipients',
          type: 'textarea',
          defaultValue: REPORTING_DEFAULTS.agencyRecipients,
          label: { vi: 'Nơi nhận (báo cáo của cơ quan)', en: 'Addressees (agency reports)' },
        },
        {
          type: 'row',
          fields: REPORT_DEADLINE_FIELDS.map(({ name, label }) => ({
            name,
            type: 'text' as const,
            defaultValue: REPORTING_DEFAULTS[name],
            validate: validateDayOfYear,
            label,
            admin: { placeholder: 'DD/MM' },
          })),
        },
      ],
    },
  ],
}
