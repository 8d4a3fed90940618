import type { Access, FieldAccess } from 'payload'

import { requesterOf } from './requester'
import { hasRole } from './roles'

/**
 * Who may change an agency: admins any agency, an agency's publishers their own — and of it,
 * only the focal points ({@link canEditFocalPoints}); every other field is the admins'
 * ({@link isAdminField} in src/access/roles.ts).
 */
export const canUpdateAgency: Access = ({ req: { user } }) => {
  if (hasRole({ user, role: 'admin' })) return true
  if (!hasRole({ user, role: 'publisher' })) return false
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'staff' || requester.agencyId === null) return false
  return { id: { equals: requester.agencyId } }
}

/**
 * The focal points (Điều 23.8): admins, and the publishers of that agency (the collection's
 * update rule, {@link canUpdateAgency}, already limits them to their own).
 */
export const canEditFocalPoints: FieldAccess = ({ req: { user } }) =>
  hasRole({ user, role: 'admin' }) || hasRole({ user, role: 'publisher' })
