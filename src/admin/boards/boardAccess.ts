import type { PayloadRequest } from 'payload'

import { slugs } from '../../../collections/slugs'
import { hasRole, isStaffUser, seesAllAgencies } from '../../access/roles'
import { translatedError } from '../../errors/translatedError'
import { mayDecideDistribution } from '../../syndication/distributionApprovals'
import { SOURCE_RULES, TRANSLATION_RULES } from '../../workflow/states'

type RequestUser = PayloadRequest['user']

/** The admin's boards, by the name {@link boardsFor} gives each. */
export type BoardKey =
  | 'reviewQueue'
  | 'translationBoard'
  | 'deliveriesBoard'
  | 'distributionQueue'
  | 'statistics'
  | 'batchImport'
  | 'lists'

/** Where each board lives in the admin (`admin.components.views` in payload.config.ts). */
export const BOARD_PATHS: Record<BoardKey, string> = {
  reviewQueue: '/admin/review-queue',
  translationBoard: '/admin/translation-board',
  deliveriesBoard: '/admin/deliveries-board',
  distributionQueue: '/admin/distribution-approvals',
  statistics: '/admin/statistics',
  batchImport: '/admin/import',
  lists: '/admin/lists',
}

/**
 * Which of the admin's boards a role works with, from the workflow's own rules: the review
 * queue is for those who may approve, the translation board for those who may submit a
 * translation, the deliveries board for those who may read deliveries (collections/Deliveries),
 * the distribution queue for those who decide on national distribution. Department managers
 * oversee every agency's work: they see the first three boards too, without acting on them.
 * The nav shows only these; each board checks again and shows a sentence, never an error page.
 */
export function boardsFor({ user }: { user: RequestUser }): Record<BoardKey, boolean> {
  const holdsAny = (roles: readonly Parameters<typeof hasRole>[0]['role'][] = []) =>
    roles.some((role) => hasRole({ user, role }))
  const oversees = hasRole({ user, role: 'department-manager' })
  return {
    reviewQueue: oversees || holdsAny(SOURCE_RULES.approve?.roles),
    translationBoard: oversees || holdsAny(TRANSLATION_RULES.submit?.roles),
    deliveriesBoard: oversees || holdsAny(['admin', 'publisher']),
    distributionQueue: mayDecideDistribution({ user }),
    // Every staff member sees the statistics of what they may see (src/reports/computeStatistics.ts).
    statistics: isStaffUser(user),
    // Those who write content import it (src/import/importEndpoints.ts checks again).
    batchImport: holdsAny(['admin', 'publisher', 'contributor']),
    // Those who keep the province-wide lists (src/lists/listsEndpoints.ts checks again).
    lists: seesAllAgencies({ user }),
  }
}

/** Whether the user may act on the review queue's rows (approve, send back), not only see them. */
export function mayReviewItems({ user }: { user: RequestUser }): boolean {
  return (SOURCE_RULES.approve?.roles ?? []).some((role) => hasRole({ user, role }))
}

/** Every agency the user may read, by name, for a board's filter and its rows' agency column. */
export async function boardAgencies({ req }: { req: PayloadRequest }): Promise<{
  agencies: Array<{ id: string; name: string }>
  nameOf: (id: unknown) => string
}> {
  const { docs } = await req.payload.find({
    collection: slugs.agencies,
    limit: 200,
    depth: 0,
    sort: 'name',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const agencies = docs.map((agency) => ({ id: String(agency.id), name: agency.name }))
  const names = new Map(agencies.map((agency) => [agency.id, agency.name]))
  return { agencies, nameOf: (id) => names.get(String(id)) ?? '' }
}

/** What a board's data loader is given: the request (its user reads) and the page's filters. */
export type BoardLoaderArgs<Filters> = { req: PayloadRequest; filters: Filters }

/**
 * A board's data loader, from the function that reads its rows: the one shape every board's
 * loader has, and the one refusal — 403, in the requester's language — of a role that does not
 * work with the board. The board's page checks {@link boardsFor} first and says so in a
 * sentence, so the refusal only stops a loader called from elsewhere.
 */
export function boardLoader<Filters, Board>({
  board,
  load,
}: {
  board: BoardKey
  load: (args: BoardLoaderArgs<Filters>) => Promise<Board>
}): (args: BoardLoaderArgs<Filters>) => Promise<Board> {
  return async ({ req, filters }) => {
    if (!boardsFor({ user: req.user })[board])
      throw translatedError({ req, status: 403, key: 'errors.forbidden' })
    return load({ req, filters })
  }
}
