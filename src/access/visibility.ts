import type { Access, PayloadRequest, Where } from 'payload'

import { requesterOf, type Requester } from './requester'
import { tiersUpTo } from './tiers'

/**
 * THE visibility rule for content (articles and media): what a requester may read. Every
 * read path derives from it — REST, GraphQL, Local API with `overrideAccess: false`, file
 * URLs of every rendition, populated relationships, and (in later issues) search, feeds,
 * sync and downloads.
 *
 * - anonymous: published, not embargoed, not withdrawn, `public`;
 * - accredited journalist (verified, approved, unexpired): the same, up to `press`;
 * - staff: up to `internal`, published items plus drafts of their own agency, embargoed and
 *   withdrawn ones included; `restricted` only when named on the item or publisher of its
 *   agency;
 * - admin: everything.
 */
export function contentVisibility({
  requester,
  now,
}: {
  requester: Requester
  now: Date
}): boolean | Where {
  if (requester.kind === 'staff') return staffVisibility({ requester })
  const highest = requester.kind === 'journalist' && requester.isAccredited ? 'press' : 'public'
  return {
    and: [
      { _status: { equals: 'published' } },
      { accessTier: { in: tiersUpTo(highest) } },
      {
        or: [
          { embargoUntil: { equals: null } },
          { embargoUntil: { less_than_equal: now.toISOString() } },
        ],
      },
      { withdrawnAt: { equals: null } },
    ],
  }
}

/** `read` access for content collections: {@link contentVisibility} for `req.user`. */
export const canReadContent: Access = ({ req }) =>
  contentVisibility({
    requester: requesterOf({ user: req.user, now: new Date() }),
    now: new Date(),
  })

/**
 * `readVersions` access: the version history is an editorial tool, readable by staff under
 * the same rule (applied to the versioned fields); journalists and the public never see it.
 */
export const canReadContentVersions: Access = ({ req }) => {
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind !== 'staff') return false
  const visibility = staffVisibility({ requester })
  return typeof visibility === 'boolean'
    ? visibility
    : prefixWhere({ where: visibility, prefix: 'version.' })
}

/** The visibility of content for the request's user, as a Where to add to a custom query. */
export function visibilityForRequest({
  req,
}: {
  req: Pick<PayloadRequest, 'user'>
}): boolean | Where {
  const now = new Date()
  return contentVisibility({ requester: requesterOf({ user: req.user, now }), now })
}

function staffVisibility({
  requester,
}: {
  requester: Extract<Requester, { kind: 'staff' }>
}): boolean | Where {
  if (requester.roles.includes('admin')) return true
  const ownAgency: Where[] =
    requester.agencyId === null ? [] : [{ agency: { equals: requester.agencyId } }]
  const isPublisher = requester.roles.includes('publisher')
  return {
    and: [
      // Drafts are visible inside their own agency only.
      { or: [{ _status: { equals: 'published' } }, ...ownAgency] },
      {
        or: [
          { accessTier: { in: tiersUpTo('internal') } },
          { allowedUsers: { in: [requester.id] } },
          ...(isPublisher
            ? ownAgency.map((agency) => ({
                and: [{ accessTier: { equals: 'restricted' } }, agency],
              }))
            : []),
        ],
      },
    ],
  }
}

function prefixWhere({ where, prefix }: { where: Where; prefix: string }): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) {
        return [key, value.map((inner: Where) => prefixWhere({ where: inner, prefix }))]
      }
      return [`${prefix}${key}`, value]
    }),
  ) as Where
}
