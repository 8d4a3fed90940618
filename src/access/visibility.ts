import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { matchesWhere } from './matchesWhere'
import { requesterOf, type Requester } from './requester'
import { tiersUpTo } from './tiers'

/**
 * THE visibility rule for content (articles and media): what a requester may read. Every
 * read path derives from it — REST, GraphQL, Local API with `overrideAccess: false`, file
 * URLs of every rendition, populated relationships, and (in later issues) search, feeds,
 * sync and downloads.
 *
 * - anonymous: published, not embargoed, not withdrawn, `public`;
 * - journalist without a valid accreditation: the same as anonymous;
 * - accredited journalist (verified, approved, unexpired): the same, up to `press`, and an
 *   embargoed item already from its press release time (`pressReleaseAt`, before the public
 *   `embargoUntil`: the press-first embargo);
 * - staff: up to `internal`, published items plus drafts of their own agency, embargoed and
 *   withdrawn ones included; `restricted` only when named on the item or publisher of its
 *   agency;
 * - department manager (the Sở's editorial oversight): up to `internal`, published items and
 *   drafts of every agency; `restricted` only when named on the item;
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
  const isPress = requester.kind === 'journalist' && requester.isAccredited
  const at = now.toISOString()
  return {
    and: [
      { _status: { equals: 'published' } },
      { accessTier: { in: tiersUpTo(isPress ? 'press' : 'public') } },
      {
        or: [
          { embargoUntil: { equals: null } },
          { embargoUntil: { less_than_equal: at } },
          // A missing press time compares as false in every engine (SQL, MongoDB, matchesWhere,
          // both search filters), so an embargo without one stays closed to the press too.
          ...(isPress ? [{ pressReleaseAt: { less_than_equal: at } }] : []),
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
 * `readVersions` access for `collection`: the version history is an editorial tool, readable by
 * staff only, and only of items they may read *now* — an item raised to `restricted`, or a person
 * removed from its `allowedUsers`, takes its whole history with it. Each version must also pass
 * the rule itself (`version.…`), so an old version written while the item was more restricted
 * than it is now stays with those who could read it then.
 *
 * "Readable now" without sending every readable id with each query: only restricted items and
 * unpublished ones can be hidden from a staff member, so those (few, and indexed) are read and
 * the rule is applied to them in memory; the versions of the hidden ones are excluded by id.
 * When there are more than {@link HIDDEN_ITEMS_CAP} such items, the rule is applied to the item
 * through Payload's relationship path (`parent.…`) instead: exact too, but a join per query in
 * SQL and, on MongoDB, a lookup of all matching item ids per condition.
 */
export function canReadContentVersions({ collection }: { collection: CollectionSlug }): Access {
  return async ({ req }) => {
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind !== 'staff') return false
    const visibility = staffVisibility({ requester })
    if (typeof visibility === 'boolean') return visibility
    const ownRule = prefixWhere({ where: visibility, prefix: 'version.' })
    const hidden = await hiddenItemIds({ req, collection, visibility })
    const itemRule: Where =
      hidden === null
        ? prefixWhere({ where: visibility, prefix: 'parent.' })
        : hidden.length === 0
          ? {}
          : { parent: { not_in: hidden } }
    return { and: [itemRule, ownRule].filter((where) => Object.keys(where).length > 0) }
  }
}

/** Above this many restricted or unpublished items, versions are filtered by a join instead. */
export const HIDDEN_ITEMS_CAP = 2000

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
  // Drafts are visible inside their own agency only, and to the department, which oversees all.
  const drafts: Where[] = requester.roles.includes('department-manager')
    ? []
    : [{ or: [{ _status: { equals: 'published' } }, ...ownAgency] }]
  return {
    and: [
      ...drafts,
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

/**
 * The ids of the items of `collection` that `visibility` hides, among the restricted and the
 * unpublished ones (no other item can be hidden from staff); null when there are too many.
 */
async function hiddenItemIds({
  req,
  collection,
  visibility,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  visibility: Where
}): Promise<Array<number | string> | null> {
  const candidates = await req.payload.find({
    collection,
    where: {
      or: [{ accessTier: { equals: 'restricted' } }, { _status: { not_equals: 'published' } }],
    },
    select: { accessTier: true, allowedUsers: true, agency: true, _status: true } as never,
    depth: 0,
    limit: HIDDEN_ITEMS_CAP + 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (candidates.docs.length > HIDDEN_ITEMS_CAP) return null
  return candidates.docs
    .map((doc) => doc as unknown as Record<string, unknown> & { id: number | string })
    .filter((doc) => !matchesWhere({ doc, where: visibility }))
    .map((doc) => doc.id)
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
