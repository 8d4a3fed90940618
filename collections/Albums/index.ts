import type { CollectionConfig } from 'payload'

import {
  assertRelationsVisible,
  dropUnpopulatedRelations,
  hideUnreadableRelations,
} from '../../src/access/relations'
import {
  coverField,
  descriptionField,
  eventField,
  localizedSlugField,
  placeGroupField,
  titleField,
  topicsField,
} from '../../src/fields/itemFields'
import { editorialItem } from '../../src/workflow/editorialItem'
import { slugs } from '../slugs'

/**
 * Albums: a curated, ordered set of photos, videos, publications and articles (a photo
 * exhibition, a festival) with a cover and a description in every language. A reader sees the
 * album's items they may read, and only those.
 */
export const Albums: CollectionConfig = editorialItem({
  slug: slugs.albums,
  labels: {
    singular: { vi: 'Album', en: 'Album' },
    plural: { vi: 'Album', en: 'Albums' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'event', 'agency', 'accessTier', '_status', 'updatedAt'],
  },
  maxVersionsPerDoc: 50,
  sourceFields: ['title', 'description'],
  stampedContent: {
    textFields: ['title', 'description', 'place.name'],
    richTextFields: [],
    scanUploadedDocument: false,
  },
  hooks: {
    beforeValidate: [
      assertRelationsVisible({
        fields: [
          { name: 'cover', relationTo: slugs.media },
          { name: 'items', relationTo: [slugs.media, slugs.articles] },
          { name: 'event', relationTo: slugs.events },
        ],
      }),
    ],
    afterRead: [dropUnpopulatedRelations],
  },
  fields: [
    titleField,
    localizedSlugField({ from: 'title' }),
    eventField,
    descriptionField,
    coverField,
    {
      // In the order the editor gives: the album shows them so.
      name: 'items',
      type: 'relationship',
      relationTo: [slugs.media, slugs.articles],
      hasMany: true,
      maxRows: 500,
      label: { vi: 'Ảnh, video, ấn phẩm, bài viết', en: 'Photos, videos, publications, articles' },
      hooks: {
        afterRead: [hideUnreadableRelations({ relationTo: [slugs.media, slugs.articles] })],
      },
    },
    topicsField,
    placeGroupField,
  ],
})
