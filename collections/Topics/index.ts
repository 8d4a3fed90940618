import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrPublisher } from '../../src/access/roles'
import { validateSlug } from '../../src/fields/validators'
import { slugs } from '../slugs'

/**
 * Hierarchical subjects (investment › industrial parks, tourism › heritage, …). The `parent`
 * and `breadcrumbs` fields come from the nested-docs plugin wired in payload.config.ts.
 */
export const Topics: CollectionConfig = {
  slug: slugs.topics,
  labels: {
    singular: { vi: 'Chủ đề', en: 'Topic' },
    plural: { vi: 'Chủ đề', en: 'Topics' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: { vi: 'Danh mục', en: 'Lists' },
  },
  access: {
    read: anyone,
    create: isAdminOrPublisher,
    update: isAdminOrPublisher,
    delete: isAdminOrPublisher,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên', en: 'Name' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      validate: validateSlug,
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { vi: 'Mô tả', en: 'Description' },
    },
  ],
}
