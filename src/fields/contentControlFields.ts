import type { Field } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole, isStaffUser } from '../access/roles'
import { ACCESS_TIERS, ACCESS_TIER_LABELS } from '../access/tiers'
import { classificationField } from '../security/classification'
import { securityHoldField } from '../security/securityHold'

/**
 * The fields every content item carries to decide who sees it (the access tiers of src/access/tiers.ts):
 * owner agency, tier, the users named on a restricted item, embargo and withdrawal.
 */
export const contentControlFields: Field[] = [
  classificationField,
  securityHoldField,
  {
    name: 'agency',
    type: 'relationship',
    relationTo: slugs.agencies,
    required: true,
    index: true,
    label: { vi: 'Cơ quan cung cấp', en: 'Owning agency' },
    admin: { position: 'sidebar' },
    // Contributors file items under their own agency (assignOwnAgency); moving one is for admins.
    access: { update: ({ req: { user } }) => hasRole({ user, role: 'admin' }) },
  },
  {
    name: 'accessTier',
    type: 'select',
    required: true,
    defaultValue: 'public',
    index: true,
    options: ACCESS_TIERS.map((tier) => ({ value: tier, label: ACCESS_TIER_LABELS[tier] })),
    label: { vi: 'Mức truy cập', en: 'Access tier' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Công khai < Báo chí (phóng viên được cấp phép) < Nội bộ (cán bộ) < Hạn chế (người được chỉ định).',
        en: 'Public < Press (accredited journalists) < Internal (staff) < Restricted (named people).',
      },
    },
  },
  {
    name: 'allowedUsers',
    type: 'relationship',
    relationTo: slugs.users,
    hasMany: true,
    index: true,
    label: { vi: 'Người được xem (mức Hạn chế)', en: 'People allowed (restricted tier)' },
    admin: {
      position: 'sidebar',
      condition: (data) => data?.accessTier === 'restricted',
    },
    access: { read: ({ req: { user } }) => isStaffUser(user) },
  },
  {
    name: 'embargoUntil',
    type: 'date',
    index: true,
    label: { vi: 'Cấm đăng đến', en: 'Embargoed until' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: {
        vi: 'Thời điểm công bố rộng rãi. Trước thời điểm này, chỉ cán bộ (và, từ thời điểm công bố cho báo chí, phóng viên được cấp phép) nhìn thấy mục này.',
        en: 'The public release time. Until then only staff (and, from the press release time, accredited journalists) can see this item.',
      },
    },
  },
  {
    name: 'pressReleaseAt',
    type: 'date',
    index: true,
    label: { vi: 'Công bố cho báo chí lúc', en: 'Press release at' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.embargoUntil),
      description: {
        vi: 'Tùy chọn, trước thời điểm hết cấm đăng: từ lúc này phóng viên được cấp phép đọc, tìm và tải mục này (kèm thông báo cấm đăng), công chúng thì chưa.',
        en: 'Optional, before the embargo ends: from then on accredited journalists read, search and download this item (with the embargo notice); the public does not yet.',
      },
    },
  },
  {
    name: 'embargoLiftedAt',
    type: 'date',
    index: true,
    label: { vi: 'Đã hết cấm đăng lúc', en: 'Embargo lifted at' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.embargoUntil),
    },
  },
  {
    // Set by the jobs queue (src/jobs/publishDueItems.ts) when the press release time passes,
    // so that search re-indexes the item and followers hear of it; reset when the times change.
    name: 'pressAccessOpenedAt',
    type: 'date',
    index: true,
    label: { vi: 'Đã mở cho báo chí lúc', en: 'Press access opened at' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.pressReleaseAt),
    },
  },
  {
    // When the press-access alerts of this item went out: never reset, so each follower hears
    // of an item once, however often its times change.
    name: 'pressAlertedAt',
    type: 'date',
    label: { vi: 'Đã báo phóng viên theo dõi lúc', en: 'Followers alerted at' },
    admin: { hidden: true },
    access: { read: ({ req: { user } }) => isStaffUser(user) },
  },
  {
    name: 'withdrawnAt',
    type: 'date',
    index: true,
    label: { vi: 'Thời điểm gỡ bỏ', en: 'Withdrawn at' },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    access: {
      update: ({ req: { user } }) =>
        hasRole({ user, role: 'admin' }) || hasRole({ user, role: 'publisher' }),
    },
  },
  {
    name: 'withdrawalReason',
    type: 'textarea',
    maxLength: 2000,
    label: { vi: 'Lý do gỡ bỏ', en: 'Reason for withdrawal' },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.withdrawnAt) },
    access: { read: ({ req: { user } }) => isStaffUser(user) },
  },
]
