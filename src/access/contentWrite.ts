import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  Where,
} from 'payload'

import { translatedError } from '../errors/translatedError'
import { relationId, requesterOf, type Requester } from './requester'
import { contentVisibility } from './visibility'

/**
 * Who may write content: admins everything; publishers and contributors the items of their
 * own agency that they may read ({@link contentVisibility}: a contributor not named on a
 * restricted item can neither read nor overwrite it); press officers and viewers nothing.
 * Publishing is for publishers and admins ({@link onlyPublishersPublish}).
 */
export const canCreateContent: Access = ({ req, data }) => {
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff') return false
  if (isPublishingWrite({ data }) && !mayPublish({ roles: requester.roles })) return false
  return requester.roles.some(
    (role) => role === 'admin' || role === 'publisher' || role === 'contributor',
  )
}

/**
 * A write that sends `_status: 'published'` is publishing, refused here to everyone but
 * publishers and admins, so the admin asks the same rule before offering a publish button (its
 * bulk upload asks the collection's access with exactly that data). Saves that would change a
 * published item's live text without sending `_status` are caught by
 * {@link onlyPublishersPublish}.
 */
export const canUpdateContent: Access = ({ req, data }) => {
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff') return false
  if (isPublishingWrite({ data }) && !mayPublish({ roles: requester.roles })) return false
  if (requester.roles.includes('admin')) return true
  if (!requester.roles.some((role) => role === 'publisher' || role === 'contributor')) return false
  return ownReadableItems({ requester })
}

export const canDeleteContent: Access = ({ req }) => {
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff') return false
  if (requester.roles.includes('admin')) return true
  if (!requester.roles.includes('publisher')) return false
  return ownReadableItems({ requester })
}

/** The items of the requester's agency that the visibility rule lets them read. */
function ownReadableItems({
  requester,
}: {
  requester: Extract<Requester, { kind: 'staff' }>
}): boolean | Where {
  if (requester.agencyId === null) return false
  const visibility = contentVisibility({ requester, now: new Date() })
  if (visibility === false) return false
  const ownAgency: Where = { agency: { equals: requester.agencyId } }
  return visibility === true ? ownAgency : { and: [ownAgency, visibility] }
}

/**
 * Items belong to the agency of the staff member who creates them; only admins may file an
 * item under another agency.
 */
export const assignOwnAgency: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff' || requester.roles.includes('admin')) return data
  const requested = relationId(data.agency)
  if (requested !== null && String(requested) !== String(requester.agencyId)) {
    throw translatedError({ req, status: 403, key: 'access.agencyNotOwn' })
  }
  return { ...data, agency: requester.agencyId }
}

/**
 * Writing the live version is publishing: publishers and admins only. That is a save with
 * `_status: 'published'`, and equally a save without `_status` over a published item, which
 * would change its live text in place. Everyone else saves drafts (Payload sets `_status:
 * 'draft'` on those before this hook runs).
 */
export const onlyPublishersPublish: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const status = (data._status ??
    (originalDoc as { _status?: unknown } | undefined)?._status) as unknown
  if (status !== 'published') return data
  // The Local API without a user is the system itself (seed, scheduled publication); workflow
  // steps have had their roles checked by planTransition.
  if (!req.user || context.workflowTransition === true) return data
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff' || !mayPublish({ roles: requester.roles })) {
    throw translatedError({ req, status: 403, key: 'access.publishNotAllowed' })
  }
  return data
}

function mayPublish({ roles }: { roles: readonly string[] }): boolean {
  return roles.some((role) => role === 'admin' || role === 'publisher')
}

function isPublishingWrite({ data }: { data?: unknown }): boolean {
  return (data as { _status?: unknown } | undefined)?._status === 'published'
}
