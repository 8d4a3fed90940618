import { randomBytes } from 'node:crypto'

import type { Access, CollectionConfig } from 'payload'

import { slugs } from '../slugs'
import { startDigestWindow } from '../../src/alerts/startDigestWindow'
import { journalistOwnerField } from '../../src/fields/journalistOwner'

const ownSearches: Access = ({ req: { user } }) =>
  user?.collection === slugs.journalists ? { journalist: { equals: user.id } } : false

/**
 * A journalist's saved library search: its query string, and a secret feed token for the RSS
 * link (`/api/library/saved-searches/:token/rss`) that a feed reader can follow without a
 * session. Only its owner sees or changes it.
 */
export const SavedSearches: CollectionConfig = {
  slug: slugs.savedSearches,
  labels: {
    singular: { vi: 'Tìm kiếm đã lưu', en: 'Saved search' },
    plural: { vi: 'Tìm kiếm đã lưu', en: 'Saved searches' },
  },
  admin: { hidden: true, useAsTitle: 'name' },
  access: {
    read: ownSearches,
    create: ({ req: { user } }) => user?.collection === slugs.journalists,
    update: ownSearches,
    delete: ownSearches,
  },
  hooks: {
    beforeValidate: [
      ({ data, operation, req }) => {
        if (operation !== 'create') return data
        // The owner is whoever saves it, and the token is ours: neither comes from the client.
        return {
          ...data,
          journalist: req.user?.id,
          feedToken: randomBytes(24).toString('base64url'),
        }
      },
    ],
    beforeChange: [
      startDigestWindow({ switchField: 'emailDigest', markerField: 'digestSentThrough' }),
    ],
  },
  fields: [
    journalistOwnerField({ access: { update: () => false } }),
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'query',
      type: 'text',
      required: true,
      maxLength: 2000,
    },
    { name: 'locale', type: 'text', required: true, maxLength: 8 },
    {
      name: 'feedToken',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: () => false },
    },
    {
      // "E-mail me a daily digest" (src/alerts/sendDigests.ts).
      name: 'emailDigest',
      type: 'checkbox',
      defaultValue: false,
      index: true,
    },
    {
      // The end of the window the last digest covered: the job's, never the client's.
      name: 'digestSentThrough',
      type: 'date',
      access: { create: () => false, update: () => false },
    },
  ],
}
