import type { CollectionBeforeChangeHook, Field, FieldAccess } from 'payload'

import { slugs } from '../../collections/slugs'
import { isStaffUser } from '../access/roles'

/** How the last poll of a feed ended. */
export const POLL_OUTCOMES = ['ok', 'not-modified', 'error'] as const

export type PollOutcome = (typeof POLL_OUTCOMES)[number]

/** Written by the harvester only (src/harvest/pollFeed.ts); nobody sets them through the API. */
const writtenByTheHarvester: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

const STATE_ADMIN = { readOnly: true, position: 'sidebar' } as const

/**
 * What the harvester keeps of each feed between polls, shown read-only in the admin: the
 * validators the portal sent (`ETag`, `Last-Modified`, sent back so an unchanged feed costs a
 * 304), when it last polled and how that went, the failures in a row that stretch the back-off,
 * and when it polls next.
 */
export const feedStateFields: Field[] = [
  {
    name: 'registeredBy',
    type: 'relationship',
    relationTo: slugs.users,
    label: { vi: 'Người đăng ký', en: 'Registered by' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
  {
    name: 'lastStatus',
    type: 'select',
    options: [
      { value: 'ok', label: { vi: 'Thành công', en: 'OK' } },
      { value: 'not-modified', label: { vi: 'Không có gì mới (304)', en: 'Not modified (304)' } },
      { value: 'error', label: { vi: 'Lỗi', en: 'Error' } },
    ],
    label: { vi: 'Kết quả lần lấy gần nhất', en: 'Last poll' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
  {
    name: 'lastPolledAt',
    type: 'date',
    label: { vi: 'Lấy tin lần cuối', en: 'Last polled' },
    access: writtenByTheHarvester,
    admin: { ...STATE_ADMIN, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'nextPollAt',
    type: 'date',
    index: true,
    label: { vi: 'Lấy tin lần tới', en: 'Next poll' },
    access: writtenByTheHarvester,
    admin: { ...STATE_ADMIN, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'consecutiveFailures',
    type: 'number',
    defaultValue: 0,
    label: { vi: 'Số lần lỗi liên tiếp', en: 'Failures in a row' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
  {
    name: 'lastError',
    type: 'textarea',
    maxLength: 2000,
    label: { vi: 'Lỗi gần nhất', en: 'Last error' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
  {
    name: 'etag',
    type: 'text',
    maxLength: 500,
    label: { vi: 'ETag (phiên bản nguồn tin)', en: 'ETag' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
  {
    name: 'lastModified',
    type: 'text',
    maxLength: 100,
    label: { vi: 'Last-Modified (lần sửa nguồn tin)', en: 'Last-Modified' },
    access: writtenByTheHarvester,
    admin: STATE_ADMIN,
  },
]

/**
 * Keeps the harvester's bookkeeping straight on staff saves: a new feed records who registered
 * it (the harvester acts for them, src/harvest/actingUser.ts) and is due at once; a feed whose
 * URL changed forgets the old portal's validators and failures and is due at once.
 */
export const resetFeedState: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    return {
      ...data,
      registeredBy: isStaffUser(req.user) && req.user ? req.user.id : null,
      nextPollAt: new Date().toISOString(),
      consecutiveFailures: 0,
    }
  }
  const previous = originalDoc as { url?: unknown } | undefined
  if (typeof data.url !== 'string' || data.url === previous?.url) return data
  return {
    ...data,
    etag: null,
    lastModified: null,
    consecutiveFailures: 0,
    lastError: null,
    nextPollAt: new Date().toISOString(),
  }
}
