import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { adminText } from './labels'

/**
 * Links to the review queue, the translation board and (for admins and publishers, who may
 * read deliveries) the deliveries board, under the collections in the nav.
 */
export function WorkflowNavLinks({ i18n, user }: ServerProps) {
  const req = { i18n }
  // Only whether to show a link: the board checks the role again on the server.
  const staff = user ?? null
  const maySeeDeliveries =
    hasRole({ user: staff, role: 'admin' }) || hasRole({ user: staff, role: 'publisher' })
  return (
    <nav
      aria-label="Workflow"
      style={{ display: 'grid', gap: 'calc(var(--base) / 4)', padding: 'calc(var(--base) / 2) 0' }}
    >
      <a className="nav__link" href="/admin/review-queue">
        {adminText({ req, text: { vi: 'Hàng chờ duyệt', en: 'Review queue' } })}
      </a>
      <a className="nav__link" href="/admin/translation-board">
        {adminText({ req, text: { vi: 'Bảng theo dõi bản dịch', en: 'Translation board' } })}
      </a>
      {maySeeDeliveries ? (
        <a className="nav__link" href="/admin/deliveries-board">
          {adminText({ req, text: { vi: 'Theo dõi gửi đồng bộ', en: 'Deliveries board' } })}
        </a>
      ) : null}
    </nav>
  )
}
