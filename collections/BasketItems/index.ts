import type { Access, CollectionConfig } from 'payload'

import { DOWNLOAD_VARIANTS } from '../../src/media/download/entitlements'
import { journalistOwnerField } from '../../src/fields/journalistOwner'
import { slugs } from '../slugs'

const ownItems: Access = ({ req: { user } }) =>
  user?.collection === slugs.journalists ? { journalist: { equals: user.id } } : false

/**
 * One item of a journalist's download basket: a media item and the size they chose. Kept on
 * the server, so a basket filled on one device is downloaded from another; a row per item keeps
 * adding and removing single writes (src/library/basket/basketItems.ts). Only its owner sees
 * or changes it; the basket's ZIP (src/library/basket/basketDownload.ts) checks every item
 * again against the visibility rule and the journalist's entitlements when it is downloaded.
 */
export const BasketItems: CollectionConfig = {
  slug: slugs.basketItems,
  labels: {
    singular: { vi: 'Mục trong giỏ tải', en: 'Basket item' },
    plural: { vi: 'Giỏ tải', en: 'Basket items' },
  },
  admin: { hidden: true },
  access: {
    read: ownItems,
    create: ({ req: { user } }) => user?.collection === slugs.journalists,
    update: () => false,
    delete: ownItems,
  },
  hooks: {
    beforeValidate: [
      ({ data, operation, req }) =>
        // The owner is whoever adds it, never a value from the client (the system, with no
        // user, names the owner itself).
        operation === 'create' && req.user ? { ...data, journalist: req.user.id } : data,
    ],
  },
  fields: [
    journalistOwnerField({ access: { update: () => false } }),
    {
      name: 'media',
      type: 'relationship',
      relationTo: slugs.media,
      required: true,
      index: true,
      label: { vi: 'Tệp', en: 'Item' },
    },
    {
      name: 'variant',
      type: 'select',
      required: true,
      options: [...DOWNLOAD_VARIANTS],
      label: { vi: 'Cỡ', en: 'Size' },
    },
  ],
}
