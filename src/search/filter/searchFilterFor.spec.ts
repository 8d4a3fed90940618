import { describe, expect, it } from 'vitest'

import type { Requester } from '../../access/requester'
import type { AccessTier } from '../../access/tiers'
import { searchDocument } from '../../../tests/helpers/searchDocuments'
import { DocumentColumns } from '../embedded/DocumentColumns'
import type { SearchDocument } from '../SearchIndex'
import { searchFilterFor } from './searchFilterFor'

/**
 * The search filter against the visibility table in docs/architecture.md, written independently of
 * src/access (as the tier matrix of the integration tests is): every kind of requester ×
 * every tier and state. Items belong to agency "1".
 */
type Item = {
  tier: AccessTier
  isPublished?: boolean
  isEmbargoed?: boolean
  /** Embargoed, with a press release time: passed (`open`) or still to come (`due`). */
  pressRelease?: 'open' | 'due'
  wasEmbargoed?: boolean
  isWithdrawn?: boolean
  namesUser?: boolean
  isLocalePublished?: boolean
}

const ITEMS: Record<string, Item> = {
  public: { tier: 'public' },
  press: { tier: 'press' },
  internal: { tier: 'internal' },
  restrictedNamed: { tier: 'restricted', namesUser: true },
  restricted: { tier: 'restricted' },
  draft: { tier: 'public', isPublished: false },
  embargoed: { tier: 'public', isEmbargoed: true },
  pressWindow: { tier: 'public', isEmbargoed: true, pressRelease: 'open' },
  pressWindowPressTier: { tier: 'press', isEmbargoed: true, pressRelease: 'open' },
  beforePressTime: { tier: 'public', isEmbargoed: true, pressRelease: 'due' },
  embargoLifted: { tier: 'public', wasEmbargoed: true },
  withdrawn: { tier: 'public', isWithdrawn: true },
  unpublishedTranslation: { tier: 'public', isLocalePublished: false },
}

const REQUESTERS: Record<string, Requester> = {
  anonymous: { kind: 'anonymous' },
  pendingJournalist: { kind: 'journalist', id: 5, isAccredited: false },
  journalist: { kind: 'journalist', id: 5, isAccredited: true },
  admin: { kind: 'staff', id: 9, roles: ['admin'], agencyId: 2 },
  ownContributor: { kind: 'staff', id: 7, roles: ['contributor'], agencyId: 1 },
  otherViewer: { kind: 'staff', id: 7, roles: ['viewer'], agencyId: 2 },
  ownPublisher: { kind: 'staff', id: 8, roles: ['publisher'], agencyId: 1 },
  otherPublisher: { kind: 'staff', id: 8, roles: ['publisher'], agencyId: 2 },
}

function expected({ requester, item }: { requester: Requester; item: Item }): boolean {
  const isPublished = item.isPublished !== false
  if (requester.kind === 'staff') {
    if (requester.roles.includes('admin')) return true
    const isOwn = requester.agencyId === 1
    if (!isPublished && !isOwn) return false
    if (item.tier !== 'restricted') return true
    return Boolean(item.namesUser) || (requester.roles.includes('publisher') && isOwn)
  }
  const isAccredited = requester.kind === 'journalist' && requester.isAccredited
  // Between the press and the public release time, only accredited journalists read it.
  const isEmbargoedForRequester =
    item.isEmbargoed && !(isAccredited && item.pressRelease === 'open')
  if (!isPublished || isEmbargoedForRequester || item.isWithdrawn) return false
  if (item.isLocalePublished === false) return false
  if (item.tier === 'public') return true
  return item.tier === 'press' && requester.kind === 'journalist' && requester.isAccredited
}

const now = new Date('2026-05-01T00:00:00.000Z')
const DAY = 86_400_000

function documentOf({ item, namedUser }: { item: Item; namedUser: string }): SearchDocument {
  return searchDocument({
    itemId: '1',
    accessTier: item.tier,
    allowedUsers: item.namesUser ? [namedUser] : [],
    embargoUntil: item.isEmbargoed
      ? now.getTime() + DAY
      : item.wasEmbargoed
        ? now.getTime() - DAY
        : null,
    pressReleaseAt:
      item.pressRelease === 'open'
        ? now.getTime() - DAY / 2
        : item.pressRelease === 'due'
          ? now.getTime() + DAY / 2
          : null,
    withdrawnAt: item.isWithdrawn ? now.getTime() - DAY : null,
    publishedAt: now.getTime() - 2 * DAY,
    date: now.getTime(),
    status: item.isPublished === false ? 'draft' : 'published',
    isLocalePublished: item.isLocalePublished !== false,
  })
}

describe('searchFilterFor', () => {
  for (const [requesterName, requester] of Object.entries(REQUESTERS)) {
    it(`lets ${requesterName} find exactly what the visibility table allows`, () => {
      const filter = searchFilterFor({ requester, now })
      for (const [itemName, item] of Object.entries(ITEMS)) {
        const columns = new DocumentColumns()
        const namedUser = requester.kind === 'anonymous' ? '0' : String(requester.id)
        columns.set({ number: 0, values: documentOf({ item, namedUser }) })
        expect(columns.compile(filter)(0), `${requesterName} × ${itemName}`).toBe(
          expected({ requester, item }),
        )
      }
    })
  }
})
