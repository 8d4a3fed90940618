import { NavGroup } from '@payloadcms/ui'
import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'

import { boardsFor } from './boardAccess'
import { editorialCounts } from './dashboard/loadDashboard'
import { adminText } from './labels'

/**
 * The "Biên tập" group in the nav: the boards the signed-in role works with — "Duyệt bài (3)",
 * "Bản dịch (5)", the deliveries board — each with how much waits there; none for a role that
 * uses none. The counts are the dashboard's own ({@link editorialCounts}), read as the user.
 */
export async function WorkflowNavLinks({
  i18n,
  user,
  payload,
}: ServerProps): Promise<React.ReactElement | null> {
  const label = (text: { vi: string; en: string }) => adminText({ req: { i18n }, text })
  // Only whether to show a link: each board checks the role again on the server.
  const boards = boardsFor({ user: user ?? null })
  if (!boards.reviewQueue && !boards.translationBoard && !boards.deliveriesBoard) return null
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const counts = await editorialCounts({ req })
  const withCount = (text: string, count: number | null) =>
    count === null ? text : `${text} (${count})`
  return (
    <NavGroup label={label({ vi: 'Biên tập', en: 'Editorial' })}>
      {boards.reviewQueue ? (
        <a className="nav__link" href="/admin/review-queue" id="nav-review-queue">
          <span className="nav__link-label">
            {withCount(label({ vi: 'Duyệt bài', en: 'Review queue' }), counts.reviewQueue)}
          </span>
        </a>
      ) : null}
      {boards.translationBoard ? (
        <a className="nav__link" href="/admin/translation-board" id="nav-translation-board">
          <span className="nav__link-label">
            {withCount(label({ vi: 'Bản dịch', en: 'Translations' }), counts.translations)}
          </span>
        </a>
      ) : null}
      {boards.deliveriesBoard ? (
        <a className="nav__link" href="/admin/deliveries-board" id="nav-deliveries-board">
          <span className="nav__link-label">
            {label({ vi: 'Theo dõi gửi đồng bộ', en: 'Deliveries board' })}
          </span>
        </a>
      ) : null}
    </NavGroup>
  )
}
