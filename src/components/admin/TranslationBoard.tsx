import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { translationBoardFilters } from '../../admin/boards/boardFilters'
import {
  TRANSLATION_BOARD_LOCALES,
  loadTranslationBoard,
  type TranslationCellState,
} from '../../admin/boards/loadTranslationBoard'
import { adminText, type AdminText } from '../../admin/labels'
import { LOCALE_LABELS } from '../../i18n/locales'
import { BoardFrame } from './boards/BoardFrame'
import { BoardTable } from './boards/BoardParts'

const CELL: Partial<Record<TranslationCellState, AdminText & { color: string }>> = {
  live: { vi: 'Đã xuất bản', en: 'Live', color: 'var(--theme-success-100)' },
  translationReady: { vi: 'Đã duyệt', en: 'Approved', color: 'var(--theme-success-50)' },
  translationInReview: { vi: 'Chờ duyệt', en: 'In review', color: 'var(--theme-warning-250)' },
  translationInProgress: {
    vi: 'Đang dịch',
    en: 'In translation',
    color: 'var(--theme-elevation-150)',
  },
  translationStale: { vi: 'Lỗi thời', en: 'Stale', color: 'var(--theme-error-250)' },
  translationMissing: { vi: 'Chưa có', en: 'Missing', color: 'transparent' },
}

/**
 * `/admin/translation-board`: articles × languages, showing for each translation whether it is
 * missing, in progress, in review, stale or live — the translators' work list. The rows come
 * from {@link loadTranslationBoard}; this only draws them.
 */
export function TranslationBoard(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  return (
    <BoardFrame
      view={view}
      board="translationBoard"
      render={async () => {
        const board = await loadTranslationBoard({
          req,
          filters: translationBoardFilters({ searchParams: view.searchParams }),
        })
        return (
          <>
            <p>
              {text(
                'Mỗi ô là tình trạng của một ngôn ngữ; “Lỗi thời” nghĩa là bản gốc tiếng Việt đã đổi sau khi bản dịch được duyệt.',
                'Each cell is one language; “Stale” means the Vietnamese source changed after the translation was approved.',
              )}
            </p>
            <BoardTable
              headings={[
                text('Bài viết', 'Article'),
                ...TRANSLATION_BOARD_LOCALES.map((code) => LOCALE_LABELS[code]),
              ]}
            >
              {board.rows.map((row) => (
                <tr key={String(row.id)}>
                  <td>
                    <a href={`/admin/collections/${slugs.articles}/${String(row.id)}`}>
                      {row.title}
                    </a>
                  </td>
                  {row.cells.map(({ locale, state }) => {
                    const cell = CELL[state] ?? CELL.translationMissing!
                    return (
                      <td key={locale} data-state={state} style={{ background: cell.color }}>
                        <a
                          href={`/admin/collections/${slugs.articles}/${String(row.id)}?locale=${locale}`}
                        >
                          {adminText({ req, text: cell })}
                        </a>
                      </td>
                    )
                  })}
                </tr>
              ))}
            </BoardTable>
            <p>
              {board.hasPrevPage ? (
                <a href={`?page=${board.page - 1}`}>{text('← Trang trước', '← Previous')}</a>
              ) : null}{' '}
              {board.hasNextPage ? (
                <a href={`?page=${board.page + 1}`}>{text('Trang sau →', 'Next →')}</a>
              ) : null}
            </p>
          </>
        )
      }}
    />
  )
}
