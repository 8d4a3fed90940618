import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { editorialSlugs, type EditorialSlug } from '../../../collections/slugs'
import { mayReviewItems } from '../../admin/boards/boardAccess'
import { reviewQueueFilters } from '../../admin/boards/boardFilters'
import { loadReviewQueue } from '../../admin/boards/loadReviewQueue'
import { adminText, formatAdminDateTime, type AdminText } from '../../admin/labels'
import { LOCALE_LABELS } from '../../i18n/locales'
import {
  AgencyLanguageFilters,
  BoardFilterForm,
  BoardTable,
  FilterSelect,
} from './boards/BoardParts'
import { BoardFrame } from './boards/BoardFrame'
import { ReviewRowActions } from './dashboard/ReviewRowActions'

/** How the type filter names each content collection. */
const COLLECTION_LABELS: Record<EditorialSlug, AdminText> = {
  articles: { vi: 'Bài viết', en: 'Articles' },
  media: { vi: 'Tư liệu', en: 'Media' },
  albums: { vi: 'Album', en: 'Albums' },
  events: { vi: 'Sự kiện', en: 'Events' },
}

/**
 * `/admin/review-queue`: everything waiting for a publisher — submitted sources and
 * translations in review — filterable by agency, language and type. The rows come from
 * {@link loadReviewQueue}, read as the signed-in user; this only draws them.
 */
export function ReviewQueue(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const language = req.i18n?.language
  return (
    <BoardFrame
      view={view}
      board="reviewQueue"
      render={async () => {
        const filters = reviewQueueFilters({ searchParams: view.searchParams })
        const { agencies, rows } = await loadReviewQueue({ req, filters })
        // A department manager follows every agency's queue; its publishers decide.
        const mayAct = mayReviewItems({ user: req.user })
        return (
          <>
            <BoardFilterForm language={language}>
              <AgencyLanguageFilters language={language} agencies={agencies} filters={filters} />
              <FilterSelect
                language={language}
                label={text('Loại', 'Type')}
                name="type"
                value={filters.collection}
                options={editorialSlugs.map((collection) => ({
                  value: collection,
                  label: adminText({ req, text: COLLECTION_LABELS[collection] }),
                }))}
              />
            </BoardFilterForm>
            {rows.length === 0 ? (
              <p>{text('Không có mục nào chờ duyệt.', 'Nothing is waiting for review.')}</p>
            ) : (
              <BoardTable
                headings={[
                  text('Tiêu đề', 'Title'),
                  text('Ngôn ngữ', 'Language'),
                  text('Cơ quan', 'Agency'),
                  text('Loại', 'Type'),
                  text('Gửi lúc', 'Submitted'),
                  text('Thao tác', 'Actions'),
                ]}
              >
                {rows.map((row) => {
                  const href = `/admin/collections/${row.collection}/${row.id}?locale=${row.locale}`
                  return (
                    <tr key={`${row.collection}-${row.id}-${row.locale}`}>
                      <td>
                        <a href={href}>{row.title}</a>
                      </td>
                      <td>{LOCALE_LABELS[row.locale]}</td>
                      <td>{row.agency}</td>
                      <td>{row.kind}</td>
                      <td>{formatAdminDateTime({ value: row.submittedAt })}</td>
                      <td>
                        {mayAct ? (
                          <ReviewRowActions
                            collectionSlug={row.collection}
                            id={row.id}
                            locale={row.locale}
                            href={href}
                          />
                        ) : (
                          <a href={href}>{text('Mở', 'Open')}</a>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </BoardTable>
            )}
          </>
        )
      }}
    />
  )
}
