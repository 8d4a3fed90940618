import { hasRole } from '../../access/roles'
import { listOpenDeliveries, type OpenDeliveryGroup } from '../../syndication/openDeliveries'
import { boardLoader } from './boardAccess'
import type { DeliveriesBoardFilters } from './boardFilters'

export type DeliveriesBoard = {
  /** The unacknowledged deliveries, grouped by target, oldest first. */
  groups: OpenDeliveryGroup[]
  /** How many deliveries match, of which the groups hold the oldest. */
  total: number
  isTruncated: boolean
  /** Whether the viewer gets a retry button (the retry endpoint is admins' only). */
  mayRetry: boolean
}

/**
 * The deliveries board (`/admin/deliveries-board`): every push a target has not acknowledged —
 * pending, retrying or given up — narrowed by `filters`, as {@link listOpenDeliveries} reads them
 * for the signed-in user. Refuses (403) a role that does not follow deliveries.
 */
export const loadDeliveriesBoard = boardLoader<DeliveriesBoardFilters, DeliveriesBoard>({
  board: 'deliveriesBoard',
  load: async ({ req, filters }) => ({
    ...(await listOpenDeliveries({ req, state: filters.state, targetId: filters.target })),
    mayRetry: hasRole({ user: req.user, role: 'admin' }),
  }),
})
