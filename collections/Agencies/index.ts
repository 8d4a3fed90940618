import type { CollectionConfig, Field } from 'payload'

import { canEditFocalPoints, canUpdateAgency } from '../../src/access/agencyAccess'
import { anyone, isAdmin, isAdminField, isStaffUser } from '../../src/access/roles'
import {
  validateOptionalHttpUrl,
  validateOptionalPhone,
  validateSlug,
} from '../../src/fields/validators'
import { LOCALE_OPTIONS } from '../../src/i18n/locales'
import { slugs } from '../slugs'
import { AGENCY_KINDS } from '../vocabularies'

/** The agencies that supply content; every item and every staff member belongs to one. */
export const Agencies: CollectionConfig = {
  slug: slugs.agencies,
  labels: {
    singular: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
    plural: { vi: 'Cơ quan, đơn vị', en: 'Agencies' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind'],
    group: { vi: 'Danh mục', en: 'Lists' },
  },
  access: {
    read: anyone,
    create: isAdmin,
    // Publishers change their own agency's focal points and nothing else (field access below).
    update: canUpdateAgency,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      access: { update: isAdminField },
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { vi: 'Tên', en: 'Name' },
    },
    {
      name: 'code',
      access: { update: isAdminField },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 64,
      label: { vi: 'Mã', en: 'Code' },
      admin: {
        description: {
          vi: 'Mã ngắn, cố định, dùng trong liên kết và dữ liệu đồng bộ (ví dụ so-vhttdl).',
          en: 'A short, stable code used in links and syndicated data (for example so-vhttdl).',
        },
      },
      validate: validateSlug,
    },
    {
      name: 'kind',
      access: { update: isAdminField },
      type: 'select',
      required: true,
      options: AGENCY_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'website',
      access: { update: isAdminField },
      type: 'text',
      label: { vi: 'Trang thông tin điện tử', en: 'Website' },
      validate: validateOptionalHttpUrl,
    },
    {
      name: 'email',
      access: { update: isAdminField },
      type: 'email',
      label: { vi: 'Thư điện tử', en: 'E-mail' },
    },
    {
      // Điều 23.8: the leader in charge of foreign information and the officer who does the
      // work, named to the Sở; reminders go to them and reports print them. People's contact
      // details: staff read them, the public does not.
      name: 'focalPoints',
      type: 'group',
      label: { vi: 'Đầu mối thông tin đối ngoại', en: 'Foreign-information focal points' },
      admin: {
        description: {
          vi: 'Lãnh đạo phụ trách và cán bộ đầu mối (Điều 23.8); nhận nhắc hạn báo cáo.',
          en: 'The leader in charge and the officer (Article 23.8); they receive report reminders.',
        },
      },
      access: { read: ({ req: { user } }) => isStaffUser(user), update: canEditFocalPoints },
      fields: [
        {
          name: 'leader',
          type: 'group',
          label: { vi: 'Lãnh đạo phụ trách', en: 'Leader in charge' },
          fields: focalPointFields(),
        },
        {
          name: 'officer',
          type: 'group',
          label: { vi: 'Cán bộ đầu mối', en: 'Officer' },
          fields: focalPointFields(),
        },
      ],
    },
  ],
}

/** One focal point: who, in what position, and how to reach them. */
function focalPointFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: 200,
          label: { vi: 'Họ và tên', en: 'Name' },
        },
        {
          name: 'position',
          type: 'text',
          maxLength: 200,
          label: { vi: 'Chức vụ', en: 'Position' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
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
    {
      // Report deadline reminders are written in it (src/reports/reportDeadlines.ts).
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: LOCALE_OPTIONS,
      label: { vi: 'Ngôn ngữ nhận thư', en: 'Language of e-mails' },
    },
  ]
}
