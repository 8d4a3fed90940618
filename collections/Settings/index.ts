import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../../src/access/roles'
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
  ],
}
