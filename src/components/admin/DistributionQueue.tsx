import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { distributionQueueFilters } from '../../admin/boards/boardFilters'
import { loadDistributionQueue } from '../../admin/boards/loadDistributionQueue'
import { adminText, formatAdminDateTime } from '../../admin/labels'
import { LOCALE_LABELS } from '../../i18n/locales'
import { AgencyLanguageFilters, BoardFilterForm, BoardTable } from './boards/BoardParts'
import { BoardFrame } from './boards/BoardFrame'
import { DistributionRowActions } from './DistributionRowActions'

/**
 * `/admin/distribution-approvals` ("Chờ Sở duyệt"): every published language waiting for the
 * department before it goes to the national portal, longest waiting first, filterable by agency
 * and language, each with approve and refuse-with-reason buttons. The rows come from
 * {@link loadDistributionQueue}, read as the signed-in user; this only draws them.
 */
export function DistributionQueue(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const language = req.i18n?.language
  return (
    <BoardFrame
      view={view}
      board="distributionQueue"
      render={async () => {
        const filters = distributionQueueFilters({ searchParams: view.searchParams })
        const { agencies, rows, total } = await loadDistributionQueue({ req, filters })
        return (
          <>
            <p>
              {text(
                'Các ngôn ngữ đã xuất bản dưới đây chỉ được gửi lên cổng thông tin quốc gia (vietnam.vn) sau khi Sở duyệt.',
                'The published languages below go to the national portal (vietnam.vn) only once the department approves them.',
              )}
            </p>
            <BoardFilterForm language={language}>
              <AgencyLanguageFilters language={language} agencies={agencies} filters={filters} />
            </BoardFilterForm>
            {rows.length === 0 ? (
              <p>{text('Không có mục nào chờ Sở duyệt.', 'Nothing is awaiting approval.')}</p>
            ) : (
              <>
                {total > rows.length ? (
                  <p>
                    {text(
                      `Hiển thị ${rows.length} trên ${total} mục chờ lâu nhất.`,
                      `Showing the ${rows.length} longest waiting of ${total}.`,
                    )}
                  </p>
                ) : null}
                <BoardTable
                  headings={[
                    text('Tiêu đề', 'Title'),
                    text('Ngôn ngữ', 'Language'),
                    text('Cơ quan', 'Agency'),
                    text('Phiên bản', 'Version'),
                    text('Chờ từ', 'Waiting since'),
                    text('Thao tác', 'Actions'),
                  ]}
                >
                  {rows.map((row) => {
                    const href = `/admin/collections/${row.collection}/${row.itemId}?locale=${row.locale}`
                    return (
                      <tr
                        key={String(row.id)}
                        data-distribution-row={`${row.itemId}-${row.locale}`}
                      >
                        <td>
                          <a href={href}>{row.title}</a>
                        </td>
                        <td>{LOCALE_LABELS[row.locale]}</td>
                        <td>{row.agency}</td>
                        <td>{row.version}</td>
                        <td>{formatAdminDateTime({ value: row.requestedAt })}</td>
                        <td>
                          <DistributionRowActions
                            id={row.id}
                            version={row.version}
                            title={row.title}
                          />
                        </td>
                      </tr>
                    )
                  })}
                </BoardTable>
              </>
            )}
          </>
        )
      }}
    />
  )
}
