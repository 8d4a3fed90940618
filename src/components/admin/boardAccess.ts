import type { PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { SOURCE_RULES, TRANSLATION_RULES } from '../../workflow/states'

type RequestUser = PayloadRequest['user']

/**
 * Which of the admin's boards a role works with, from the workflow's own rules: the review
 * queue is for those who may approve, the translation board for those who may submit a
 * translation, the deliveries board for those who may read deliveries (collections/Deliveries).
 * The nav shows only these; each board checks again and shows a sentence, never an error page.
 */
export function boardsFor({ user }: { user: RequestUser }): {
  reviewQueue: boolean
  translationBoard: boolean
  deliveriesBoard: boolean
} {
  const holdsAny = (roles: readonly Parameters<typeof hasRole>[0]['role'][] = []) =>
    roles.some((role) => hasRole({ user, role }))
  return {
    reviewQueue: holdsAny(SOURCE_RULES.approve?.roles),
    translationBoard: holdsAny(TRANSLATION_RULES.submit?.roles),
    deliveriesBoard: holdsAny(['admin', 'publisher']),
  }
}
