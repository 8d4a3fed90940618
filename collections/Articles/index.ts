import type { CollectionConfig } from 'payload'

import {
  assertRelationsVisible,
  dropUnpopulatedRelations,
  hideUnreadableRelations,
} from '../../src/access/relations'
import { isStaffUser } from '../../src/access/roles'
import {
  eventField,
  localizedSlugField,
  placeGroupField,
  titleField,
  topicsField,
} from '../../src/fields/itemFields'
import { validateOptionalHttpUrl } from '../../src/fields/validators'
import { harvestedEntryField } from '../../src/harvest/harvestedEntryField'
import { rememberDismissedEntry } from '../../src/harvest/rememberDismissedEntry'
import { editorialItem } from '../../src/workflow/editorialItem'
import { slugs } from '../slugs'
import { INFO_TYPES } from '../vocabularies'

/** Articles: the province's official and promotional information, Vietnamese first. */
export const Articles: CollectionConfig = editorialItem({
  slug: slugs.articles,
  labels: {
    singular: { vi: 'Bài viết', en: 'Article' },
    plural: { vi: 'Bài viết', en: 'Articles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'infoType', 'agency', 'accessTier', '_status', 'updatedAt'],
  },
  maxVersionsPerDoc: 100,
  sourceFields: ['title', 'summary', 'body'],
  stampedContent: {
    textFields: ['title', 'summary', 'place.name'],
    richTextFields: ['body'],
    scanUploadedDocument: false,
  },
  hooks: {
    beforeValidate: [
      assertRelationsVisible({
        fields: [
          { name: 'media', relationTo: slugs.media },
          { name: 'relatedArticles', relationTo: slugs.articles },
          { name: 'event', relationTo: slugs.events },
        ],
      }),
    ],
    afterRead: [dropUnpopulatedRelations],
    afterDelete: [rememberDismissedEntry],
  },
  fields: [
    titleField,
    localizedSlugField({ from: 'title' }),
    eventField,
    {
      name: 'isFeatured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Nổi bật trên trang chủ thư viện', en: 'Featured on the library home page' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { vi: 'Sapo, tóm tắt', en: 'Summary' },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { vi: 'Nội dung', en: 'Body' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'infoType',
          type: 'select',
          required: true,
          defaultValue: 'official',
          index: true,
          options: INFO_TYPES.map(({ value, label }) => ({ value, label })),
          label: { vi: 'Loại thông tin', en: 'Kind of information' },
        },
        {
          name: 'eventDate',
          type: 'date',
          index: true,
          label: { vi: 'Ngày diễn ra', en: 'Event date' },
        },
      ],
    },
    topicsField,
    placeGroupField,
    {
      // An upload field, not a plain relationship: the same stored ids (the `media` rows of
      // articles_rels), with thumbnails, a searchable picker and several files at once.
      name: 'media',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: { vi: 'Ảnh, video, ấn phẩm', en: 'Photos, videos, publications' },
      hooks: { afterRead: [hideUnreadableRelations({ relationTo: slugs.media })] },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: slugs.articles,
      hasMany: true,
      label: { vi: 'Bài liên quan', en: 'Related articles' },
      hooks: { afterRead: [hideUnreadableRelations({ relationTo: slugs.articles })] },
    },
    {
      name: 'sources',
      type: 'array',
      maxRows: 30,
      label: { vi: 'Nguồn tin', en: 'Sources' },
      labels: { singular: { vi: 'Nguồn', en: 'Source' }, plural: { vi: 'Nguồn', en: 'Sources' } },
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          maxLength: 300,
          label: { vi: 'Tên nguồn', en: 'Source' },
        },
        {
          name: 'url',
          type: 'text',
          maxLength: 2000,
          validate: validateOptionalHttpUrl,
          label: 'URL',
        },
      ],
    },
    harvestedEntryField,
    {
      name: 'edNote',
      type: 'textarea',
      maxLength: 5000,
      label: { vi: 'Ghi chú biên tập (nội bộ)', en: 'Editorial note (internal)' },
      admin: {
        description: {
          vi: 'Không bao giờ hiển thị cho công chúng hay báo chí.',
          en: 'Never shown to the public or the press.',
        },
      },
      access: { read: ({ req: { user } }) => isStaffUser(user) },
    },
  ],
})
