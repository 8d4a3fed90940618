import type { PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { translatedError } from '../../errors/translatedError'
import { SOURCE_RULES, TRANSLATION_RULES } from '../../workflow/states'

type RequestUser = PayloadRequest['user']

/** The admin's boards, by the name {@link boardsFor} gives each. */
export type BoardKey = 'reviewQueue' | 'translationBoard' | 'deliveriesBoard'

/** Where each board lives in the admin (`admin.components.views` in payload.config.ts). */
export const BOARD_PATHS: Record<BoardKey, string> = {
  reviewQueue: '/admin/review-queue',
  translationBoard: '/admin/translation-board',
  deliveriesBoard: '/admin/deliveries-board',
}

/**
 * Which of the admin's boards a role works with, from the workflow's own rules: the review
 * queue is for those who may approve, the translation board for those who may submit a
 * translation, the deliveries board for those who may read deliveries (collections/Deliveries).
 * The nav shows only these; each board checks again and shows a sentence, never an error page.
 */
export function boardsFor({ user }: { user: RequestUser }): Record<BoardKey, boolean> {
  const holdsAny = (roles: readonly Parameters<typeof hasRole>[0]['role'][] = []) =>
    roles.some((role) => hasRole({ user, role }))
  return {
    reviewQueue: holdsAny(SOURCE_RULES.approve?.roles),
    translationBoard: holdsAny(TRANSLATION_RULES.submit?.roles),
    deliveriesBoard: holdsAny(['admin', 'publisher']),
  }
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
