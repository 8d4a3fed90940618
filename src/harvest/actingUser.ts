import type { Payload, TypedUser } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'

/** Thrown when a feed's registrant account is gone: nobody answers for its drafts. */
export class NoRegistrantError extends Error {
  constructor() {
    super('The staff account that registered this feed no longer exists; register it again')
    this.name = 'NoRegistrantError'
  }
}

/**
 * Who the harvester acts as for a feed: the staff member who registered it, with exactly an
 * agency contributor's rights in the feed's agency, and nothing of their own roles.
 *
 * Why this user, with access on (`overrideAccess: false`), rather than the system: every rule of
 * a single save then applies to a harvested entry unchanged — a draft only (a contributor cannot
 * publish), into that agency only, the state-secret guard (a stamped entry is held), tiers and
 * relation visibility, the same upload screening and renditions for its picture. Narrowing to
 * contributor means that a department manager's or admin's registration gives the harvester no
 * more than drafts of that agency. The registrant, rather than a made-up account, because a
 * relationship to a real account records who created each draft ("my drafts" on their
 * dashboard, the audit log), and because a feed is a person's decision: when their account is
 * deleted the feed stops, with that reason, until someone registers it again.
 */
export async function actingUserFor({
  payload,
  feed,
}: {
  payload: Payload
  feed: { agency: unknown; registeredBy?: unknown }
}): Promise<TypedUser> {
  const registrantId = relationId(feed.registeredBy)
  const agencyId = relationId(feed.agency)
  if (registrantId === null || agencyId === null) throw new NoRegistrantError()
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { id: { equals: registrantId } },
    depth: 0,
    limit: 1,
    // The harvester reads its own registrant's account, as Payload's auth does for a request.
    overrideAccess: true,
  })
  const registrant = docs[0]
  if (!registrant) throw new NoRegistrantError()
  return {
    ...registrant,
    collection: slugs.users,
    roles: ['contributor'],
    agency: agencyId as number,
  } as TypedUser
}
