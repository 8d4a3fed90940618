import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/roles'
import { LOCALE_OPTIONS } from '../../src/i18n/locales'
import { slugs } from '../slugs'

/**
 * Machine clients of the syndication API (the provincial portal, vietnam.vn): API-key
 * authentication only, never a password, never the admin panel. Each client may be limited to
 * some languages and topics; with no limit it sees the whole public subset. It may ask the
 * feeds and the sync for what a syndication target receives only for its allowed targets.
 */
export const ApiClients: CollectionConfig = {
  slug: slugs.apiClients,
  labels: {
    singular: { vi: 'Ứng dụng kết nối', en: 'API client' },
    plural: { vi: 'Ứng dụng kết nối', en: 'API clients' },
  },
  auth: {
    useAPIKey: true,
    disableLocalStrategy: true,
    // The scope needs ids only; populating would load allowed targets, signing secrets
    // included, into every request's user.
    depth: 0,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'allowedLocales', 'enabled'],
    group: { vi: 'Đồng bộ', en: 'Syndication' },
  },
  access: {
    admin: () => false,
    read: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
    create: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
    update: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
    delete: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Tên', en: 'Name' },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang hoạt động', en: 'Enabled' },
    },
    {
      name: 'allowedLocales',
      type: 'select',
      hasMany: true,
      options: LOCALE_OPTIONS,
      label: { vi: 'Ngôn ngữ được nhận (trống: tất cả)', en: 'Languages (empty: all)' },
    },
    {
      name: 'allowedTopics',
      type: 'relationship',
      relationTo: slugs.topics,
      hasMany: true,
      label: { vi: 'Chủ đề được nhận (trống: tất cả)', en: 'Topics (empty: all)' },
    },
    {
      // Unlike languages and topics, no list means no target: a target's selection is its
      // operator's configuration, shown only to the portal it belongs to.
      name: 'allowedTargets',
      type: 'relationship',
      relationTo: slugs.syndicationTargets,
      hasMany: true,
      label: {
        vi: 'Được lọc theo nơi nhận (?target=; trống: không)',
        en: 'May filter by target (?target=; empty: none)',
      },
    },
  ],
}
