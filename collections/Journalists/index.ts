import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '../../src/access/roles'
import { slugs } from '../slugs'

const isPressOfficerOrAdmin = (user: Parameters<FieldAccess>[0]['req']['user']): boolean =>
  hasRole({ user, role: 'press-officer' }) || hasRole({ user, role: 'admin' })

const pressOfficersOrSelf: Access = ({ req: { user } }) => {
  if (isPressOfficerOrAdmin(user)) return true
  if (user?.collection === slugs.journalists) return { id: { equals: user.id } }
  return false
}

const pressOfficersOnly: FieldAccess = ({ req: { user } }) => isPressOfficerOrAdmin(user)

export const ACCREDITATION_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
  { value: 'approved', label: { vi: 'Đã cấp phép', en: 'Approved' } },
  { value: 'rejected', label: { vi: 'Từ chối', en: 'Rejected' } },
  { value: 'revoked', label: { vi: 'Thu hồi', en: 'Revoked' } },
] as const

/**
 * Press accounts of domestic and foreign journalists. They sign in to the public library only,
 * never to the admin panel; an approved, unexpired accreditation on a verified e-mail gives
 * them the `press` tier (src/access/requester.ts).
 */
export const Journalists: CollectionConfig = {
  slug: slugs.journalists,
  labels: {
    singular: { vi: 'Phóng viên', en: 'Journalist' },
    plural: { vi: 'Phóng viên, báo chí', en: 'Journalists' },
  },
  auth: {
    verify: true,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 7 * 24 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'country', 'accreditationStatus', 'accreditationExpiresAt'],
    group: { vi: 'Báo chí', en: 'Press' },
  },
  access: {
    admin: () => false,
    create: ({ req: { user } }) => isPressOfficerOrAdmin(user),
    read: pressOfficersOrSelf,
    update: pressOfficersOrSelf,
    delete: pressOfficersOrSelf,
    unlock: ({ req: { user } }) => isPressOfficerOrAdmin(user),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
    {
      name: 'outlet',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Cơ quan báo chí', en: 'Media outlet' },
    },
    {
      name: 'country',
      type: 'text',
      required: true,
      maxLength: 2,
      minLength: 2,
      label: { vi: 'Quốc gia (mã ISO 3166-1)', en: 'Country (ISO 3166-1 code)' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z]{2}$/.test(value)
          ? true
          : `Expected a two-letter ISO 3166-1 country code such as VN or JP but received ${JSON.stringify(value)}`,
    },
    {
      name: 'pressCardNumber',
      type: 'text',
      maxLength: 100,
      label: { vi: 'Số thẻ nhà báo', en: 'Press card number' },
    },
    {
      name: 'pressCardExpiresAt',
      type: 'date',
      label: { vi: 'Thẻ nhà báo hết hạn', en: 'Press card expires' },
    },
    {
      name: 'accreditationStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ACCREDITATION_STATUSES.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Tình trạng cấp phép', en: 'Accreditation' },
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'accreditationExpiresAt',
      type: 'date',
      index: true,
      label: { vi: 'Cấp phép hết hạn', en: 'Accreditation expires' },
      access: { create: pressOfficersOnly, update: pressOfficersOnly },
      admin: { position: 'sidebar' },
    },
  ],
}
