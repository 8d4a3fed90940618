import type { CollectionConfig } from 'payload'

import { canManageFeeds } from '../../src/harvest/feedAccess'
import { slugs } from '../slugs'

/**
 * Feed entries whose harvested draft someone deleted: the harvester does not make them again
 * when the portal's feed still lists them (src/harvest/pollFeed.ts). Written by the system when
 * such an article is deleted; a feed's managers may delete a record here to let the entry be
 * harvested again at the next poll.
 */
export const HarvestDismissals: CollectionConfig = {
  slug: slugs.harvestDismissals,
  labels: {
    singular: { vi: 'Tin đã bỏ khỏi nguồn tin', en: 'Dismissed feed entry' },
    plural: { vi: 'Tin đã bỏ khỏi nguồn tin', en: 'Dismissed feed entries' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'feed', 'agency', 'createdAt'],
    group: { vi: 'Danh mục', en: 'Lists' },
    description: {
      vi: 'Bản nháp lấy từ cổng của đơn vị đã bị xoá thì không được lấy lại. Xoá một dòng ở đây để lần đọc nguồn tin sau lấy lại tin đó.',
      en: 'A draft harvested from an agency portal that was deleted is not harvested again. Delete a row here to have the next poll of its feed take the entry again.',
    },
  },
  access: {
    read: canManageFeeds,
    create: () => false,
    update: () => false,
    delete: canManageFeeds,
  },
  fields: [
    {
      name: 'entryKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 500,
      label: { vi: 'Mã mục nguồn tin', en: 'Feed entry' },
      admin: { readOnly: true },
    },
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề bản nháp đã xoá', en: 'Title of the deleted draft' },
      admin: { readOnly: true },
    },
    {
      name: 'feed',
      type: 'relationship',
      relationTo: slugs.harvestFeeds,
      label: { vi: 'Nguồn tin', en: 'Feed' },
      admin: { readOnly: true },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: slugs.agencies,
      required: true,
      index: true,
      label: { vi: 'Cơ quan', en: 'Agency' },
      admin: { readOnly: true },
    },
    {
      name: 'deletedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người xoá', en: 'Deleted by' },
      admin: { readOnly: true },
    },
  ],
}
