import type { Access, CollectionConfig } from 'payload'

import { hasRole, isStaffUser } from '../../src/access/roles'
import { downloadAgainEndpoint } from '../../src/media/download/downloadAgain'
import { INTENDED_USES } from '../../src/media/download/downloadTerms'
import { DOWNLOAD_VARIANTS } from '../../src/media/download/entitlements'
import { LOCALES } from '../../src/i18n/locales'
import { slugs } from '../slugs'
import { journalistOwnerField } from '../../src/fields/journalistOwner'

const staffOrOwnDownloads: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (user?.collection === slugs.journalists) return { journalist: { equals: user.id } }
  return false
}

/**
 * One record per download by a journalist: what, which size, in which language, and — for the
 * press sizes — that the usage terms were accepted and what the file is for. The journalist's
 * "my downloads" page lists their own; press officers and admins see all. Written only by the
 * download endpoint.
 */
export const MediaDownloads: CollectionConfig = {
  slug: slugs.mediaDownloads,
  labels: {
    singular: { vi: 'Lượt tải của phóng viên', en: 'Press download' },
    plural: { vi: 'Lượt tải của phóng viên', en: 'Press downloads' },
  },
  admin: {
    defaultColumns: ['createdAt', 'journalist', 'media', 'variant', 'intendedUse'],
    group: { vi: 'Báo chí', en: 'Press' },
  },
  access: {
    read: staffOrOwnDownloads,
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
  },
  // "Download again" from the journalist's history (src/media/download/downloadAgain.ts).
  endpoints: [downloadAgainEndpoint],
  fields: [
    journalistOwnerField(),
    {
      // Not required: the history outlives an item that is later deleted (the link empties).
      name: 'media',
      type: 'relationship',
      relationTo: slugs.media,
      label: { vi: 'Tệp', en: 'Item' },
    },
    {
      name: 'itemTitle',
      type: 'text',
      maxLength: 500,
      label: { vi: 'Tên tệp khi tải', en: 'Item at the time' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'variant',
          type: 'select',
          required: true,
          options: [...DOWNLOAD_VARIANTS],
          label: { vi: 'Cỡ', en: 'Size' },
        },
        {
          name: 'locale',
          type: 'select',
          options: [...LOCALES],
          label: { vi: 'Ngôn ngữ', en: 'Language' },
        },
      ],
    },
    {
      name: 'termsAccepted',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đã chấp nhận điều kiện sử dụng', en: 'Usage terms accepted' },
    },
    {
      name: 'intendedUse',
      type: 'select',
      options: [...INTENDED_USES],
      label: { vi: 'Mục đích sử dụng', en: 'Intended use' },
    },
    {
      name: 'intendedUseDetails',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Ấn phẩm, chương trình', en: 'Publication or programme' },
    },
    {
      // Set on a download taken again from "my downloads": the one it repeats.
      name: 'reissueOf',
      type: 'relationship',
      relationTo: slugs.mediaDownloads,
      label: { vi: 'Tải lại từ lượt tải', en: 'Downloaded again from' },
      admin: { readOnly: true },
    },
  ],
}
