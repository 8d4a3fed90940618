import type { Access, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { relationId, requesterOf } from '../access/requester'
import { hasRole, seesAllAgencies } from '../access/roles'
import { translatedError } from '../errors/translatedError'

/**
 * Who may see and change an agency's harvested feeds: admins and department managers every
 * agency's (they register feeds for agencies without staff of their own), an agency's
 * publishers their own agency's; nobody else. Registering a feed makes its entries drafts of
 * that agency, which is a publisher's decision for their agency.
 */
export const canManageFeeds: Access = ({ req: { user } }) => {
  if (seesAllAgencies({ user })) return true
  if (!hasRole({ user, role: 'publisher' })) return false
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'staff' || requester.agencyId === null) return false
  return { agency: { equals: requester.agencyId } }
}

/**
 * A publisher's feed belongs to their own agency: left empty it is filled in, another agency is
 * refused (403), on create and on update alike; admins and department managers choose freely.
 */
export const assignFeedAgency: CollectionBeforeValidateHook = ({ data, req, originalDoc }) => {
  if (!data || !req.user || seesAllAgencies({ user: req.user })) return data
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff') return data
  const requested =
    relationId(data.agency) ?? relationId((originalDoc as { agency?: unknown } | undefined)?.agency)
  if (requested !== null && String(requested) !== String(requester.agencyId)) {
    throw translatedError({ req, status: 403, key: 'access.agencyNotOwn' })
  }
  return { ...data, agency: requester.agencyId }
}

/** A new feed's agency in the admin form: the signed-in staff member's own. */
export function ownAgencyDefault({
  user,
}: {
  user: PayloadRequest['user']
}): number | string | undefined {
  return relationId((user as { agency?: unknown } | null)?.agency) ?? undefined
}
