import type { Access, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole } from './roles'

/** Whether the requester is a press officer or an admin: those who decide accreditations. */
export function isPressOfficerOrAdmin(user: PayloadRequest['user']): boolean {
  return hasRole({ user, role: 'press-officer' }) || hasRole({ user, role: 'admin' })
}

/**
 * A journalist's own records — their account, their press card scans — and nobody else's:
 * press officers and admins reach all of them, a signed-in journalist those whose `field`
 * names them, everyone else (anonymous readers, other staff, API clients) none.
 */
export function pressOfficersOrOwnJournalist({ field }: { field: 'id' | 'journalist' }): Access {
  return ({ req: { user } }) => {
    if (isPressOfficerOrAdmin(user)) return true
    if (user?.collection === slugs.journalists) return { [field]: { equals: user.id } }
    return false
  }
}
