import React from 'react'

import { slugs } from '../../../collections/slugs'
import { BOARD_PATHS } from '../../admin/boards/boardAccess'
import type { DeliveriesBoardFilters } from '../../admin/boards/boardFilters'
import type { DeliveriesBoard } from '../../admin/boards/loadDeliveriesBoard'
import { adminText, formatAdminDateTime, type AdminText } from '../../admin/labels'
import {
  OPEN_DELIVERY_STATES,
  type OpenDelivery,
  type OpenDeliveryState,
} from '../../syndication/openDeliveries'
import { BoardFilterForm, BoardTable, FilterSelect } from './boards/BoardParts'

const BOARD_PATH = BOARD_PATHS.deliveriesBoard

const STATE_LABELS: Record<OpenDeliveryState, AdminText & { color: string }> = {
  pending: { vi: 'Đang chờ gửi', en: 'Pending', color: 'var(--theme-elevation-150)' },
  retrying: { vi: 'Đang thử lại', en: 'Retrying', color: 'var(--theme-warning-250)' },
  failed: { vi: 'Đã dừng thử', en: 'Failed', color: 'var(--theme-error-250)' },
}

export type DeliveriesBoardContentProps = {
  /** The unacknowledged deliveries; admins' (`mayRetry`) with a retry button on each. */
  board: DeliveriesBoard
  filters: DeliveriesBoardFilters
  /** The admin panel's language (`req.i18n.language`). */
  language?: string
  /** The clock, for "due now". */
  now: Date
}

/**
 * The deliveries board itself, below its heading in the admin's board frame: pure, so it renders
 * the same in the admin and in tests.
 */
export function DeliveriesBoardContent({
  board,
  filters,
  language,
  now,
}: DeliveriesBoardContentProps): React.ReactElement {
  const req = { i18n: { language } }
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const formatTime = (iso: string) => formatAdminDateTime({ value: iso })
  const nextAttempt = (delivery: OpenDelivery) => {
    if (delivery.state === 'failed') return '—'
    if (!delivery.nextAttemptAt || Date.parse(delivery.nextAttemptAt) <= now.getTime())
      return text('lần chạy hàng đợi tới', 'next queue run')
    return formatTime(delivery.nextAttemptAt)
  }
  // After a retry the admin comes back to the board as they filtered it.
  const filterQuery = new URLSearchParams(
    Object.entries(filters).flatMap(([name, value]) => (value ? [[name, value]] : [])),
  ).toString()
  const returnTo = encodeURIComponent(filterQuery ? `${BOARD_PATH}?${filterQuery}` : BOARD_PATH)

  return (
    <>
      <p>
        {text(
          'Các lần gửi tới nơi nhận chưa được xác nhận: đang chờ, đang thử lại hoặc đã dừng thử.',
          'Pushes a target has not acknowledged yet: pending, retrying, or given up.',
        )}
      </p>
      <BoardFilterForm
        language={language}
        after={
          filters.target ? <a href={BOARD_PATH}>{text('Mọi nơi nhận', 'All targets')}</a> : null
        }
      >
        <FilterSelect
          language={language}
          label={text('Trạng thái', 'State')}
          name="state"
          value={filters.state}
          options={OPEN_DELIVERY_STATES.map((state) => ({
            value: state,
            label: adminText({ req, text: STATE_LABELS[state] }),
          }))}
        />
        {filters.target ? <input type="hidden" name="target" value={filters.target} /> : null}
      </BoardFilterForm>
      {board.isTruncated ? (
        <p>
          {text(
            `Đang hiện ${board.groups.reduce((sum, group) => sum + group.deliveries.length, 0)} lần gửi cũ nhất trong tổng số ${board.total}.`,
            `Showing the oldest ${board.groups.reduce((sum, group) => sum + group.deliveries.length, 0)} of ${board.total}.`,
          )}
        </p>
      ) : null}
      {board.groups.length === 0 ? (
        <p>
          {text('Mọi lần gửi đều đã được nơi nhận xác nhận.', 'Every push has been acknowledged.')}
        </p>
      ) : (
        board.groups.map((group) => (
          <section key={group.target.id} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
            <h2>
              <a href={`/admin/collections/${slugs.syndicationTargets}/${group.target.id}`}>
                {group.target.name}
              </a>{' '}
              <small>
                ({group.deliveries.length}
                {group.target.isEnabled ? '' : `, ${text('đang tắt', 'disabled')}`})
              </small>{' '}
              {filters.target ? null : (
                <small>
                  <a href={`${BOARD_PATH}?target=${group.target.id}`}>
                    {text('chỉ nơi này', 'only this one')}
                  </a>
                </small>
              )}
            </h2>
            <BoardTable
              headings={[
                text('Nội dung', 'Item'),
                text('Phiên bản', 'Version'),
                text('Trạng thái', 'State'),
                text('Số lần gửi', 'Attempts'),
                text('Phản hồi gần nhất', 'Last response'),
                text('Lần thử tới', 'Next attempt'),
                text('Tạo lúc', 'Queued'),
                // The retry buttons' column.
                ...(board.mayRetry ? [''] : []),
              ]}
            >
              {group.deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <td>
                    {delivery.itemCollection && delivery.itemId ? (
                      <a href={`/admin/collections/${delivery.itemCollection}/${delivery.itemId}`}>
                        {delivery.itemTitle ?? `${delivery.itemCollection} ${delivery.itemId}`}
                      </a>
                    ) : null}
                    <br />
                    <small>
                      <a href={`/admin/collections/${slugs.deliveries}/${delivery.id}`}>
                        {delivery.uri?.split(':').slice(-3).join(':') ?? delivery.id}
                      </a>
                    </small>
                  </td>
                  <td>
                    {delivery.version ?? ''}
                    {delivery.kind === 'tombstone' ? ` (${text('gỡ bỏ', 'withdrawal')})` : ''}
                  </td>
                  <td>
                    <span
                      style={{
                        background: STATE_LABELS[delivery.state].color,
                        padding: '0 0.4em',
                        borderRadius: 3,
                      }}
                    >
                      {text(STATE_LABELS[delivery.state].vi, STATE_LABELS[delivery.state].en)}
                    </span>
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {[
                      delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : '',
                      delivery.lastError && delivery.lastError !== `HTTP ${delivery.lastStatusCode}`
                        ? delivery.lastError
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' — ') || '—'}
                  </td>
                  <td>{nextAttempt(delivery)}</td>
                  <td>{formatTime(delivery.createdAt)}</td>
                  {board.mayRetry ? (
                    <td>
                      <form
                        method="post"
                        action={`/api/${slugs.deliveries}/${delivery.id}/retry?returnTo=${returnTo}`}
                      >
                        <button
                          type="submit"
                          className="btn btn--style-secondary btn--size-small"
                          style={{ margin: 0 }}
                        >
                          {text('Gửi lại ngay', 'Retry now')}
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </BoardTable>
          </section>
        ))
      )}
    </>
  )
}
