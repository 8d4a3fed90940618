import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../../src/access/roles'
import { validateOptionalHttpUrl, validateSlug } from '../../src/fields/validators'
import { slugs } from '../slugs'

/** Kinds of agency that supply foreign information under the provincial regulation. */
export const AGENCY_KINDS = [
  {
    value: 'provincial-department',
    label: { vi: 'Sở, ban, ngành tỉnh', en: 'Provincial department' },
  },
  { value: 'provincial-office', label: { vi: 'Cơ quan thuộc UBND tỉnh', en: 'Provincial office' } },
  { value: 'armed-forces', label: { vi: 'Lực lượng vũ trang', en: 'Armed forces and police' } },
  { value: 'newsroom', label: { vi: 'Cơ quan báo chí', en: 'Newsroom' } },
  { value: 'party-body', label: { vi: 'Cơ quan Đảng', en: 'Party body' } },
  {
    value: 'mass-organisation',
    label: { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organisation' },
  },
  { value: 'ward', label: { vi: 'Phường', en: 'Ward' } },
  { value: 'commune', label: { vi: 'Xã', en: 'Commune' } },
] as const

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
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { vi: 'Tên', en: 'Name' },
    },
    {
      name: 'code',
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
      type: 'select',
      required: true,
      options: AGENCY_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'website',
      type: 'text',
      label: { vi: 'Trang thông tin điện tử', en: 'Website' },
      validate: validateOptionalHttpUrl,
    },
    {
      name: 'email',
      type: 'email',
      label: { vi: 'Thư điện tử', en: 'E-mail' },
    },
  ],
}
