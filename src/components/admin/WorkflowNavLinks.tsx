import type { ServerProps } from 'payload'
import React from 'react'

import { adminText } from './labels'

/** Links to the review queue and the translation board, under the collections in the nav. */
export function WorkflowNavLinks({ i18n }: ServerProps) {
  const req = { i18n }
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
    </nav>
  )
}
