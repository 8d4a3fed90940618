import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { boardsFor, type BoardKey } from '../../../admin/boards/boardAccess'
import { adminText, type AdminText } from '../../../admin/labels'

/** Each board's heading, and what a role that does not work with it reads instead. */
const BOARD_TEXT: Record<BoardKey, { heading: AdminText; refusal: AdminText }> = {
  reviewQueue: {
    heading: { vi: 'Hàng chờ duyệt', en: 'Review queue' },
    refusal: {
      vi: 'Chỉ người duyệt và quản trị viên dùng hàng chờ duyệt.',
      en: 'Only publishers and administrators use the review queue.',
    },
  },
  translationBoard: {
    heading: { vi: 'Bảng theo dõi bản dịch', en: 'Translation board' },
    refusal: {
      vi: 'Bảng theo dõi bản dịch dành cho người biên tập, người duyệt và quản trị viên.',
      en: 'The translation board is for contributors, publishers and administrators.',
    },
  },
  deliveriesBoard: {
    heading: { vi: 'Theo dõi gửi đồng bộ', en: 'Deliveries board' },
    refusal: {
      vi: 'Bạn không có quyền xem trang này.',
      en: 'You are not allowed to see this page.',
    },
  },
  distributionQueue: {
    heading: { vi: 'Chờ Sở duyệt', en: 'Awaiting department approval' },
    refusal: {
      vi: 'Chỉ cán bộ quản lý nhà nước (Sở) và quản trị viên duyệt phát hành quốc gia.',
      en: 'Only department managers and administrators approve national distribution.',
    },
  },
  statistics: {
    heading: { vi: 'Thống kê', en: 'Statistics' },
    refusal: {
      vi: 'Chỉ cán bộ được xem trang thống kê.',
      en: 'Only staff may see the statistics.',
    },
  },
  batchImport: {
    heading: { vi: 'Nhập dữ liệu hàng loạt', en: 'Batch import' },
    refusal: {
      vi: 'Chỉ người biên tập, người duyệt và quản trị viên nhập dữ liệu.',
      en: 'Only contributors, publishers and administrators import content.',
    },
  },
  lists: {
    heading: { vi: 'Nhập và xuất danh mục', en: 'Import and export the lists' },
    refusal: {
      vi: 'Chỉ quản trị viên và cán bộ quản lý nhà nước (Sở) nhập và xuất danh mục.',
      en: 'Only administrators and department managers import and export the lists.',
    },
  },
}

/**
 * The page every board of the admin is drawn in: Payload's admin template (nav, header), the
 * board's heading, and then either the board — `render` is only called for a role that works
 * with it ({@link boardsFor}) — or one sentence saying who the board is for, never an error page.
 */
export async function BoardFrame({
  view,
  board,
  render,
}: {
  /** The props Payload gives the board's admin view. */
  view: AdminViewServerProps
  board: BoardKey
  /** The board below its heading. */
  render: () => Promise<React.ReactNode>
}): Promise<React.ReactElement> {
  const { initPageResult, params, searchParams } = view
  const { req, visibleEntities, permissions, locale } = initPageResult
  const mayUse = boardsFor({ user: req.user })[board]
  const { heading, refusal } = BOARD_TEXT[board]
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{adminText({ req, text: heading })}</h1>
        {mayUse ? await render() : <p>{adminText({ req, text: refusal })}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
