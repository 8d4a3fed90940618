import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../../src/access/roles'
import { validateOptionalHttpUrl, validateSlug } from '../../src/fields/validators'
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
