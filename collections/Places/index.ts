import type { CollectionConfig } from 'payload'

import { isAdminOrDepartmentManager, isStaff } from '../../src/access/roles'
import { validateSlug } from '../../src/fields/validators'
import { slugs } from '../slugs'
import { PLACE_KINDS } from '../vocabularies'

/**
 * The gazetteer: the province's places, agencies and landmarks with their names in every
 * language and script. Both search engines use each entry's names as synonyms of one another
 * (src/search/synonyms), so a reader typing "dong nai" on the Japanese pages finds the
 * articles about ドンナイ. A change reaches the engines through the search queue, without a
 * reindex (the search plugin adds the hooks).
 */
export const Places: CollectionConfig = {
  slug: slugs.places,
  labels: {
    singular: { vi: 'Địa danh', en: 'Place name' },
    plural: { vi: 'Địa danh', en: 'Gazetteer' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'variants'],
    group: { vi: 'Danh mục', en: 'Lists' },
    description: {
      vi: 'Tên mỗi địa danh, cơ quan, di tích bằng các ngôn ngữ và chữ viết. Tìm kiếm coi các tên của cùng một địa danh là đồng nghĩa.',
      en: 'Each place, agency or landmark under its names in every language and script. Search treats the names of one place as synonyms.',
    },
  },
  access: {
    read: isStaff,
    create: isAdminOrDepartmentManager,
    update: isAdminOrDepartmentManager,
    delete: isAdminOrDepartmentManager,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên', en: 'Name' },
      admin: {
        description: {
          vi: 'Tên chính thức trong từng ngôn ngữ (chọn ngôn ngữ ở đầu trang).',
          en: 'The official name in each language (choose the language at the top).',
        },
      },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      label: { vi: 'Mã', en: 'Key' },
      validate: validateSlug,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: PLACE_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'variants',
      type: 'text',
      hasMany: true,
      maxRows: 40,
      maxLength: 200,
      label: { vi: 'Tên khác', en: 'Other names' },
      admin: {
        description: {
          vi: 'Cách viết khác: không dấu, phiên âm, tên cũ, viết tắt (ví dụ Dong Nai, Донай).',
          en: 'Other spellings: without diacritics, transliterations, former names, short forms (e.g. Dong Nai, Донай).',
        },
      },
    },
  ],
}
