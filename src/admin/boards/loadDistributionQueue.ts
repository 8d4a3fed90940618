import type { Where } from 'payload'

import { slugs, type EditorialSlug } from '../../../collections/slugs'
import { relationId } from '../../access/requester'
import type { Locale } from '../../i18n/locales'
import type { DistributionApproval } from '../../syndication/distributionApprovals'
import { boardAgencies, boardLoader } from './boardAccess'
import type { DistributionQueueFilters } from './boardFilters'

/** One language of one published item waiting for the department. */
export type DistributionQueueRow = {
  /** The distribution approval, which the decision names. */
  id: number | string
  collection: EditorialSlug
  itemId: string
  title: string
  locale: Locale
  agency: string
  /** The version waiting: a decision on it is refused once a newer one waits. */
  version: number
  requestedAt: string
}

export type DistributionQueue = {
  /** Every agency, for the filter form. */
  agencies: Array<{ id: string; name: string }>
  /** Longest waiting first. */
  rows: DistributionQueueRow[]
  /** How many wait in all, of which `rows` holds the oldest. */
  total: number
}

/** Most rows shown at once: the oldest wait first, and the count says how many more. */
const QUEUE_ROWS = 200

/**
 * The department's queue (`/admin/distribution-approvals`, "Chờ Sở duyệt"): every published
 * language that a target requiring approval waits for, narrowed by agency and language, read as
 * the signed-in user. Refuses (403) a role that does not decide on national distribution.
 */
export const loadDistributionQueue = boardLoader<DistributionQueueFilters, DistributionQueue>({
  board: 'distributionQueue',
  load: async ({ req, filters }) => {
    const { agencies, nameOf } = await boardAgencies({ req })
    const where: Where = {
      and: [
        { status: { equals: 'awaiting' } },
        ...(filters.agency ? [{ agency: { equals: filters.agency } }] : []),
        ...(filters.locale ? [{ locale: { equals: filters.locale } }] : []),
      ],
    }
    const { docs, totalDocs } = await req.payload.find({
      collection: slugs.distributionApprovals,
      where,
      sort: 'requestedAt',
      limit: QUEUE_ROWS,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return {
      agencies,
      rows: (docs as unknown as DistributionApproval[]).map((approval) => ({
        id: approval.id,
        collection: approval.itemCollection,
        itemId: approval.itemId,
        title: approval.title || `#${approval.itemId}`,
        locale: approval.locale,
        agency: nameOf(relationId(approval.agency)),
        version: approval.version,
        requestedAt: approval.requestedAt,
      })),
      total: totalDocs,
    }
  },
})
