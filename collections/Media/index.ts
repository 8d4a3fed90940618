import type { CollectionConfig } from 'payload'

import { isAdminOrPublisher, isStaff } from '../../src/access/roles'
import { ACCESS_TIERS, ACCESS_TIER_LABELS } from '../../src/access/tiers'
import { canReadContent } from '../../src/access/visibility'
import { slugs } from '../slugs'

export const MEDIA_KINDS = [
  { value: 'image', label: { vi: 'Ảnh', en: 'Image' } },
  { value: 'video', label: { vi: 'Video', en: 'Video' } },
  { value: 'document', label: { vi: 'Ấn phẩm, tài liệu', en: 'Publication or document' } },
] as const

/**
 * Photos, videos and publications. Files live in the local `media/` folder or in a private S3
 * bucket (src/storage) and are always served through this collection's read access.
 */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: {
    singular: { vi: 'Tư liệu', en: 'Media item' },
    plural: { vi: 'Thư viện tư liệu', en: 'Media library' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'accessTier', 'credit'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: canReadContent,
    create: isStaff,
    update: isStaff,
    delete: isAdminOrPublisher,
  },
  upload: {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'video/mp4', 'application/pdf'],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'image',
      options: MEDIA_KINDS.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 500,
      label: { vi: 'Mô tả thay thế', en: 'Alternative text' },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      maxLength: 5000,
      label: { vi: 'Chú thích', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: 300,
      label: { vi: 'Nguồn, tác giả', en: 'Credit line' },
    },
    {
      name: 'accessTier',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: ACCESS_TIERS.map((tier) => ({ value: tier, label: ACCESS_TIER_LABELS[tier] })),
      label: { vi: 'Mức truy cập', en: 'Access tier' },
      admin: { position: 'sidebar' },
    },
  ],
}
