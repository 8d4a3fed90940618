import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/access/roles'
import { internalSlugs, slugs } from '../slugs'

/**
 * How often each library item's page was viewed, one counter per item and day (the province's
 * day): no address, no user agent, no session — nothing about the reader is kept. Written only
 * by the page-view counter (src/reports/pageViews), which adds each batch to these counters in
 * one upsert; read by the statistics.
 */
export const PageViews: CollectionConfig = {
  slug: internalSlugs.pageViews,
  labels: {
    singular: { vi: 'Lượt xem trang', en: 'Page views' },
    plural: { vi: 'Lượt xem trang', en: 'Page views' },
  },
  admin: {
    hidden: true,
    defaultColumns: ['day', 'itemCollection', 'article', 'media', 'count'],
  },
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      // `<collection>:<id>:<day>`: what the counter's upsert finds its row by.
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 120,
    },
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      options: [slugs.articles, slugs.media],
    },
    { name: 'article', type: 'relationship', relationTo: slugs.articles, index: true },
    { name: 'media', type: 'relationship', relationTo: slugs.media, index: true },
    { name: 'day', type: 'text', required: true, index: true, maxLength: 10 },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
