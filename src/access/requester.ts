import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { STAFF_ROLES, type StaffRole } from './roles'

/** Who is asking, as far as visibility is concerned. */
export type Requester =
  | { kind: 'anonymous' }
  | { kind: 'journalist'; id: number | string; isAccredited: boolean }
  | { kind: 'staff'; id: number | string; roles: StaffRole[]; agencyId: number | string | null }

/**
 * Classifies `req.user`. Payload loads the user document afresh on every authenticated
 * request, so accreditation and roles are current, not what the token said when issued.
 */
export function requesterOf({ user, now }: { user: PayloadRequest['user']; now: Date }): Requester {
  if (!user) return { kind: 'anonymous' }
  if (user.collection === slugs.users) {
    const roles = Array.isArray((user as { roles?: unknown }).roles)
      ? (user as { roles: unknown[] }).roles.filter((role): role is StaffRole =>
          (STAFF_ROLES as readonly unknown[]).includes(role),
        )
      : []
    return {
      kind: 'staff',
      id: user.id,
      roles,
      agencyId: relationId((user as { agency?: unknown }).agency),
    }
  }
  if (user.collection === slugs.journalists) {
    return {
      kind: 'journalist',
      id: user.id,
      isAccredited: isAccredited({ journalist: user, now }),
    }
  }
  return { kind: 'anonymous' }
}

/**
 * An accredited journalist has verified their e-mail and holds an approved accreditation
 * whose expiry date is today or later.
 */
export function isAccredited({ journalist, now }: { journalist: object; now: Date }): boolean {
  const fields = journalist as Record<string, unknown>
  if (fields._verified === false) return false
  if (fields.accreditationStatus !== 'approved') return false
  const expires = fields.accreditationExpiresAt
  if (typeof expires !== 'string' && !(expires instanceof Date)) return false
  const expiry = new Date(expires)
  if (Number.isNaN(expiry.getTime())) return false
  // Valid through the whole expiry day, wherever the request is served from.
  return endOfUtcDay(expiry).getTime() >= now.getTime()
}

/** The id behind a relationship value, populated or not. */
export function relationId(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/** The ids of a has-many relationship's value, populated or not, in order. */
export function relationIds({ value }: { value: unknown }): Array<number | string> {
  return (Array.isArray(value) ? value : [])
    .map((item) => relationId(item))
    .filter((id) => id !== null)
}

function endOfUtcDay(date: Date): Date {
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 23, 59, 59, 999),
  )
}
