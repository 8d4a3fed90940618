import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { LISTS_PANEL_KEYS, type ListsPanelText } from '../../admin/listsPanelText'
import { translate } from '../../i18n'
import { isLocale, type Locale } from '../../i18n/locales'
import { LIST_NAMES } from '../../lists/listSheets'
import { BoardFrame } from './boards/BoardFrame'
import { ListsPanel } from './ListsPanel'

/**
 * `/admin/lists`: the province's lists (agencies with their focal points, topics, the gazetteer,
 * the settings) downloaded as one XLSX workbook, and a workbook — or one list's CSV — uploaded
 * for a dry run and then imported, for administrators and department managers. The work is the
 * endpoints' (src/lists/listsEndpoints.ts); this page draws the panel in the admin's language.
 */
export function ListsView(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const locale: Locale = isLocale(req.i18n?.language) ? req.i18n.language : 'vi'
  const text = Object.fromEntries(
    LISTS_PANEL_KEYS.map((key) => [key, translate({ locale, key: `lists.${key}` })]),
  ) as ListsPanelText
  return (
    <BoardFrame
      view={view}
      board="lists"
      render={() =>
        Promise.resolve(<ListsPanel text={text} locale={locale} lists={[...LIST_NAMES]} />)
      }
    />
  )
}
