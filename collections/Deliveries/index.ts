import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/roles'
import { retryDeliveryEndpoint } from '../../src/syndication/retryEndpoint'
import { internalSlugs, slugs } from '../slugs'

/**
 * One record per push of one published version (or tombstone) to one target: its status,
 * attempts, the last response and the receipt the target returned — the proof that each portal
 * received each version, and that a withdrawal reached it. Written by the delivery job only.
 */
export const Deliveries: CollectionConfig = {
  slug: slugs.deliveries,
  labels: {
    singular: { vi: 'Lần gửi', en: 'Delivery' },
    plural: { vi: 'Nhật ký gửi đồng bộ', en: 'Deliveries' },
  },
  admin: {
    useAsTitle: 'uri',
    defaultColumns: [
      'createdAt',
      'target',
      'uri',
      'version',
      'status',
      'attempts',
      'lastStatusCode',
    ],
    group: { vi: 'Đồng bộ', en: 'Syndication' },
  },
  access: {
    read: ({ req: { user } }) =>
      hasRole({ user, role: 'admin' }) ||
      hasRole({ user, role: 'publisher' }) ||
      hasRole({ user, role: 'department-manager' }),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [retryDeliveryEndpoint],
  fields: [
    {
      name: 'retry',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/RetryDeliveryButton#RetryDeliveryButton' },
      },
    },
    {
      name: 'target',
      type: 'relationship',
      relationTo: slugs.syndicationTargets,
      required: true,
      index: true,
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: internalSlugs.syncEvents,
      required: true,
      index: true,
    },
    { name: 'itemCollection', type: 'text', index: true },
    { name: 'itemId', type: 'text', index: true },
    { name: 'uri', type: 'text', index: true },
    { name: 'version', type: 'number' },
    { name: 'kind', type: 'select', options: ['upsert', 'tombstone'] },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'delivered', 'failed'],
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastDurationMs', type: 'number' },
    // Written by the push (src/syndication/push.ts), bounded there: what a target answers is
    // not kept verbatim, since publishers read deliveries.
    { name: 'lastError', type: 'text', maxLength: 500 },
    { name: 'receiptId', type: 'text', maxLength: 200 },
    { name: 'deliveredAt', type: 'date' },
  ],
}
