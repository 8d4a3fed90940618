import type { ServerProps } from 'payload'
import React from 'react'

import { boardsFor } from './boardAccess'
import { adminText } from './labels'

/**
 * Links to the boards the signed-in role works with (the review queue, the translation board,
 * the deliveries board), under the collections in the nav; none for a role that uses none.
 */
export function WorkflowNavLinks({ i18n, user }: ServerProps): React.ReactElement | null {
  const req = { i18n }
  // Only whether to show a link: each board checks the role again on the server.
  const boards = boardsFor({ user: user ?? null })
  if (!boards.reviewQueue && !boards.translationBoard && !boards.deliveriesBoard) return null
  return (
    <nav
      aria-label={adminText({ req, text: { vi: 'Công việc biên tập', en: 'Editorial work' } })}
      style={{ display: 'grid', gap: 'calc(var(--base) / 4)', padding: 'calc(var(--base) / 2) 0' }}
    >
      {boards.reviewQueue ? (
        <a className="nav__link" href="/admin/review-queue">
          {adminText({ req, text: { vi: 'Hàng chờ duyệt', en: 'Review queue' } })}
        </a>
      ) : null}
      {boards.translationBoard ? (
        <a className="nav__link" href="/admin/translation-board">
          {adminText({ req, text: { vi: 'Bảng theo dõi bản dịch', en: 'Translation board' } })}
        </a>
      ) : null}
      {boards.deliveriesBoard ? (
        <a className="nav__link" href="/admin/deliveries-board">
          {adminText({ req, text: { vi: 'Theo dõi gửi đồng bộ', en: 'Deliveries board' } })}
        </a>
      ) : null}
    </nav>
  )
}
