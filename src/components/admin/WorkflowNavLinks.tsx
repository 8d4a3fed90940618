import { NavGroup } from '@payloadcms/ui'
import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'

import { BOARD_PATHS, boardsFor, type BoardKey } from '../../admin/boards/boardAccess'
import { editorialCounts } from '../../admin/dashboard/loadDashboard'
import { adminText, type AdminText } from '../../admin/labels'

/** The nav's links, in order: each board's label and the count shown beside it, if any. */
const NAV_LINKS: ReadonlyArray<{
  board: BoardKey
  label: AdminText
  count?: keyof Awaited<ReturnType<typeof editorialCounts>>
}> = [
  { board: 'reviewQueue', label: { vi: 'Duyệt bài', en: 'Review queue' }, count: 'reviewQueue' },
  {
    board: 'translationBoard',
    label: { vi: 'Bản dịch', en: 'Translations' },
    count: 'translations',
  },
  { board: 'deliveriesBoard', label: { vi: 'Theo dõi gửi đồng bộ', en: 'Deliveries board' } },
  {
    board: 'distributionQueue',
    label: { vi: 'Chờ Sở duyệt', en: 'Awaiting department approval' },
    count: 'distributionQueue',
  },
  { board: 'statistics', label: { vi: 'Thống kê', en: 'Statistics' } },
  { board: 'batchImport', label: { vi: 'Nhập hàng loạt', en: 'Batch import' } },
  { board: 'lists', label: { vi: 'Nhập, xuất danh mục', en: 'Lists import and export' } },
]

/**
 * The "Biên tập" group at the top of the nav, the daily work, in sight without scrolling a nav
 * that lists every collection a department manager reads: the boards the signed-in role works
 * with — "Duyệt bài (3)", "Bản dịch (5)", the deliveries board, "Chờ Sở duyệt", "Thống kê" —
 * each with how much waits there; none for a role that uses none. The counts are the
 * dashboard's own ({@link editorialCounts}), read as the user.
 */
export async function WorkflowNavLinks({
  i18n,
  user,
  payload,
}: ServerProps): Promise<React.ReactElement | null> {
  const label = (text: AdminText) => adminText({ req: { i18n }, text })
  // Only whether to show a link: each board checks the role again on the server.
  const boards = boardsFor({ user: user ?? null })
  if (!NAV_LINKS.some((link) => boards[link.board])) return null
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const counts = await editorialCounts({ req })
  return (
    <NavGroup label={label({ vi: 'Biên tập', en: 'Editorial' })}>
      {NAV_LINKS.filter((link) => boards[link.board]).map((link) => {
        const path = BOARD_PATHS[link.board]
        const count = link.count ? counts[link.count] : null
        return (
          <a
            key={link.board}
            className="nav__link"
            href={path}
            // Not Payload's `nav-<slug>`: the approvals board shares its path's name with the
            // collection that records the decisions, whose own link is in the nav too.
            id={`nav-board-${path.split('/').at(-1)}`}
          >
            <span className="nav__link-label">
              {count === null ? label(link.label) : `${label(link.label)} (${count})`}
            </span>
          </a>
        )
      })}
    </NavGroup>
  )
}
