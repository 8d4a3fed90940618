import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/roles'
import { LOCALE_OPTIONS } from '../../src/i18n/locales'
import {
  DISTRIBUTION_STATUSES,
  distributionApprovalsRead,
  mayDecideDistribution,
  onlyDecisionsChangeApprovals,
} from '../../src/syndication/distributionApprovals'
import { decideDistributionEndpoint } from '../../src/syndication/decideDistributionEndpoint'
import { editorialSlugs, internalSlugs, slugs } from '../slugs'

const STATUS_LABELS: Record<(typeof DISTRIBUTION_STATUSES)[number], { vi: string; en: string }> = {
  awaiting: { vi: 'Chờ Sở duyệt', en: 'Awaiting department approval' },
  approved: { vi: 'Sở đã duyệt', en: 'Approved by the department' },
  refused: { vi: 'Sở không duyệt', en: 'Refused by the department' },
  withdrawn: { vi: 'Đã gỡ, không còn chờ', en: 'Withdrawn, no longer waiting' },
}

const ITEM_LABELS: Record<(typeof editorialSlugs)[number], { vi: string; en: string }> = {
  articles: { vi: 'Bài viết', en: 'Article' },
  media: { vi: 'Tư liệu', en: 'Media item' },
  albums: { vi: 'Album', en: 'Album' },
  events: { vi: 'Sự kiện', en: 'Event' },
}

const readOnly = { readOnly: true } as const

/**
 * The department's second approval before national distribution (Điều 23.5 / 24.3): one record
 * per item and language that a syndication target requiring approval (vietnam.vn by default)
 * would take, holding the state of its current published version — awaiting, approved, refused,
 * or withdrawn. Opened and reset by the change log (a new version waits again), decided only
 * through `POST /api/distribution-approvals/decide`; every decision is also on the item's
 * timeline and in the audit log, which keep the history this record overwrites.
 */
export const DistributionApprovals: CollectionConfig = {
  slug: slugs.distributionApprovals,
  labels: {
    singular: { vi: 'Duyệt phát hành quốc gia', en: 'National distribution approval' },
    plural: { vi: 'Duyệt phát hành quốc gia', en: 'National distribution approvals' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locale', 'agency', 'status', 'requestedAt', 'decidedAt'],
    group: { vi: 'Đồng bộ', en: 'Syndication' },
    // Decisions are taken in the queue (/admin/distribution-approvals); this list is the record.
  },
  access: {
    read: distributionApprovalsRead,
    create: () => false,
    // Decisions only: the endpoint writes as the manager, and the hook refuses any other write.
    update: ({ req: { user } }) => mayDecideDistribution({ user }),
    delete: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
  },
  hooks: { beforeChange: [onlyDecisionsChangeApprovals] },
  endpoints: [decideDistributionEndpoint],
  indexes: [
    { fields: ['itemCollection', 'itemId', 'locale'], unique: true },
    { fields: ['status', 'requestedAt'] },
  ],
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, admin: readOnly },
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      options: editorialSlugs.map((slug) => ({ value: slug, label: ITEM_LABELS[slug] })),
      label: { vi: 'Loại mục', en: 'Item type' },
      admin: readOnly,
    },
    {
      name: 'itemId',
      type: 'text',
      required: true,
      label: { vi: 'Mã mục', en: 'Item id' },
      admin: readOnly,
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: LOCALE_OPTIONS,
      label: { vi: 'Ngôn ngữ', en: 'Language' },
      admin: readOnly,
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: slugs.agencies,
      index: true,
      label: { vi: 'Cơ quan', en: 'Agency' },
      admin: readOnly,
    },
    {
      // The change-log version waiting or decided: a new published version waits again.
      name: 'version',
      type: 'number',
      required: true,
      label: { vi: 'Phiên bản', en: 'Version' },
      admin: readOnly,
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: internalSlugs.syncEvents,
      required: true,
      label: { vi: 'Sự kiện đồng bộ', en: 'Sync event' },
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'awaiting',
      options: DISTRIBUTION_STATUSES.map((status) => ({
        value: status,
        label: STATUS_LABELS[status],
      })),
      label: { vi: 'Tình trạng', en: 'Status' },
      admin: readOnly,
    },
    {
      name: 'requestedAt',
      type: 'date',
      required: true,
      label: { vi: 'Chờ duyệt từ', en: 'Waiting since' },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 2000,
      label: { vi: 'Lý do không duyệt', en: 'Reason for refusal' },
      admin: readOnly,
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người quyết định', en: 'Decided by' },
      admin: readOnly,
    },
    {
      // What was decided on (src/syndication/distributionApprovals.ts, approvalFingerprint): a
      // new version with the same fingerprint keeps the decision.
      name: 'fingerprint',
      type: 'text',
      admin: { hidden: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { vi: 'Quyết định lúc', en: 'Decided at' },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
