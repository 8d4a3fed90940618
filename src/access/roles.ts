import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'

/** Staff roles, from most to least powerful. */
export const STAFF_ROLES = [
  'admin',
  'department-manager',
  'publisher',
  'contributor',
  'press-officer',
  'viewer',
] as const

export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  'department-manager': { vi: 'Quản lý nhà nước (Sở)', en: 'Department manager' },
  publisher: { vi: 'Duyệt và xuất bản', en: 'Publisher' },
  contributor: { vi: 'Biên tập, cộng tác', en: 'Contributor' },
  'press-officer': { vi: 'Quản lý phóng viên', en: 'Press officer' },
  viewer: { vi: 'Chỉ xem', en: 'Viewer' },
}

type RequestUser = PayloadRequest['user']

/** Whether the requester is a signed-in staff member (not a journalist or an API client). */
export function isStaffUser(user: RequestUser): boolean {
  return user?.collection === slugs.users
}

/** Whether the requester is staff holding `role`. */
export function hasRole({ user, role }: { user: RequestUser; role: StaffRole }): boolean {
  if (!isStaffUser(user)) return false
  const roles = (user as { roles?: unknown }).roles
  return Array.isArray(roles) && roles.includes(role)
}

/**
 * Whether the requester oversees every agency (statistics, reports, boards): an admin or a
 * department manager of the Sở VHTTDL. Everyone else sees only their own agency.
 */
export function seesAllAgencies({ user }: { user: RequestUser }): boolean {
  return hasRole({ user, role: 'admin' }) || hasRole({ user, role: 'department-manager' })
}

export const anyone: Access = () => true

export const isAdmin: Access = ({ req: { user } }) => hasRole({ user, role: 'admin' })

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/** Admins and department managers: those who keep the province-wide lists (the gazetteer). */
export const isAdminOrDepartmentManager: Access = ({ req: { user } }) => seesAllAgencies({ user })

export const isAdminOrPublisher: Access = ({ req: { user } }) =>
  hasRole({ user, role: 'admin' }) || hasRole({ user, role: 'publisher' })

/** Admins reach every account; any other staff member reaches only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole({ user, role: 'admin' })) return true
  if (isStaffUser(user) && user) return { id: { equals: user.id } }
  return false
}

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole({ user, role: 'admin' })
