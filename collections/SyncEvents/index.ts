import { APIError, type CollectionConfig } from 'payload'

import { isStaffUser } from '../../src/access/roles'
import { internalSlugs } from '../slugs'

/**
 * The syndication change log: one immutable entry per published version of an item in one
 * language (its ninjs snapshot) and per tombstone. The incremental sync API and pushes read it in
 * id order; entries are written only by src/syndication/changeLog.ts, in the same transaction as
 * the change they record, and only for what anonymous readers may see. The one change allowed
 * is redaction, by the system: when an item stops being public, its earlier versions lose their
 * content (src/syndication/redaction.ts) and keep their place, uri and version.
 */
export const SyncEvents: CollectionConfig = {
  slug: internalSlugs.syncEvents,
  labels: {
    singular: { vi: 'Sự kiện đồng bộ', en: 'Sync event' },
    plural: { vi: 'Nhật ký đồng bộ', en: 'Sync log' },
  },
  admin: {
    useAsTitle: 'uri',
    defaultColumns: ['id', 'kind', 'uri', 'version', 'createdAt'],
    group: { vi: 'Đồng bộ', en: 'Syndication' },
  },
  access: {
    read: ({ req: { user } }) => isStaffUser(user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [
      ({ operation, data, context }) => {
        if (operation !== 'create' && context.redactSyncEvent !== true)
          throw new APIError('Sync events cannot be changed.', 403, undefined, true)
        return data
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError('Sync events cannot be deleted.', 403, undefined, true)
      },
    ],
  },
  fields: [
    { name: 'kind', type: 'select', required: true, options: ['upsert', 'tombstone'], index: true },
    { name: 'itemCollection', type: 'text', required: true, index: true },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true, index: true },
    { name: 'uri', type: 'text', required: true, index: true },
    { name: 'version', type: 'number', required: true },
    { name: 'hash', type: 'text' },
    { name: 'topics', type: 'json' },
    // With topics, what target filters select on (src/syndication/targetFilter.ts).
    { name: 'infoType', type: 'text' },
    // A tombstone's reason; on an upsert, set only by redaction: why its content was removed.
    { name: 'reason', type: 'text' },
    // The department approved this version for national distribution: a copy of its upsert
    // that only targets requiring approval take (src/syndication/targetFilter.ts).
    { name: 'isApprovalRelease', type: 'checkbox' },
    { name: 'ninjs', type: 'json', required: true },
  ],
}
