import type { PayloadRequest, Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { translatedError } from '../errors/translatedError'
import type { SyndicationScope } from './apiClient'
import { targetFilterOf, type TargetFilter, type TargetSettings } from './targetFilter'

/** The syndication target a request narrowed itself to with `?target=`. */
export type RequestedTarget = {
  id: string
  /** Changes whenever the target's settings do, so cached answers for it go stale with them. */
  revision: string
  filter: TargetFilter
}

/**
 * Reads `?target=<key or id>` and checks the caller may use it: 403 for a caller allowed no
 * target (before any lookup, so they learn nothing about which exist) or not this one, 404 for
 * a target that does not exist. `null` when the request names none.
 */
export async function requestedTarget({
  req,
  scope,
}: {
  req: PayloadRequest
  scope: SyndicationScope
}): Promise<RequestedTarget | null> {
  const requested = req.searchParams.get('target')?.trim() ?? ''
  if (requested === '') return null
  const refuse = () =>
    translatedError({
      req,
      status: 403,
      key: 'syndication.targetNotAllowed',
      params: { target: requested },
    })
  if (scope.targetIds !== null && scope.targetIds.length === 0) throw refuse()
  const where: Where = isIdLike(requested)
    ? { or: [{ id: { equals: requested } }, { key: { equals: requested } }] }
    : { key: { equals: requested } }
  // Targets are admin-only; this lookup is the system's, and the caller's right is checked next.
  const { docs } = await req.payload.find({
    collection: slugs.syndicationTargets,
    where,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const target = docs[0] as
    | (TargetSettings & { id: number | string; updatedAt: string })
    | undefined
  if (!target) {
    throw translatedError({
      req,
      status: 404,
      key: 'syndication.unknownTarget',
      params: { target: requested },
    })
  }
  if (scope.targetIds !== null && !scope.targetIds.includes(String(target.id))) throw refuse()
  return {
    id: String(target.id),
    revision: target.updatedAt,
    filter: targetFilterOf({ target }),
  }
}

/** SQL ids are integers, MongoDB's are 24 hex digits; anything else can only be a key. */
function isIdLike(value: string): boolean {
  return /^\d{1,15}$/.test(value) || /^[0-9a-f]{24}$/i.test(value)
}
