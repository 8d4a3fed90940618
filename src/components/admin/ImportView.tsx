import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { adminText } from '../../admin/labels'
import { IMPORT_PAGE_TEXT, type ImportPageText } from '../../admin/importPageText'
import { BoardFrame } from './boards/BoardFrame'
import { ImportPanel } from './ImportPanel'

/**
 * `/admin/import`: upload a batch (a CSV or XLSX sheet, or a ZIP with or without one), read its
 * dry run, commit it — publishers and admins may publish at once — and watch it to the end with
 * the rows that failed. The work is the import endpoints' (src/import/importEndpoints.ts); this
 * page draws the panel in the admin's language.
 */
export function ImportView(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const text = Object.fromEntries(
    Object.entries(IMPORT_PAGE_TEXT).map(([key, value]) => [key, adminText({ req, text: value })]),
  ) as ImportPageText
  const mayPublish =
    hasRole({ user: req.user, role: 'admin' }) || hasRole({ user: req.user, role: 'publisher' })
  return (
    <BoardFrame
      view={view}
      board="batchImport"
      render={() =>
        Promise.resolve(<ImportPanel text={text} language={language} mayPublish={mayPublish} />)
      }
    />
  )
}
