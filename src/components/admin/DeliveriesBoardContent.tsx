import React from 'react'

import { slugs } from '../../../collections/slugs'
import {
  OPEN_DELIVERY_STATES,
  type OpenDelivery,
  type OpenDeliveryGroup,
  type OpenDeliveryState,
} from '../../syndication/openDeliveries'
import { adminText, formatAdminDateTime } from './labels'

/** Where the board lives in the admin. */
const BOARD_PATH = '/admin/deliveries-board'

const STATE_LABELS: Record<OpenDeliveryState, { vi: string; en: string; color: string }> = {
  pending: { vi: 'Đang chờ gửi', en: 'Pending', color: 'var(--theme-elevation-150)' },
  retrying: { vi: 'Đang thử lại', en: 'Retrying', color: 'var(--theme-warning-250)' },
  failed: { vi: 'Đã dừng thử', en: 'Failed', color: 'var(--theme-error-250)' },
}

export type DeliveriesBoardContentProps = {
  /** The unacknowledged deliveries, or `null` when the viewer may not see them. */
  board: { groups: OpenDeliveryGroup[]; total: number; isTruncated: boolean } | null
  filters: { state?: OpenDeliveryState; target?: string }
  /** Admins get a retry button on each delivery (the retry endpoint is theirs only). */
  isAdmin: boolean
  /** The admin panel's language (`req.i18n.language`). */
  language?: string
  /** The clock, for "due now". */
  now: Date
}

/**
 * The deliveries board itself, without the admin frame: pure, so it renders the same in the
 * admin and in tests.
 */
export function DeliveriesBoardContent({
  board,
  filters,
  isAdmin,
  language,
  now,
}: DeliveriesBoardContentProps) {
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
      <h1>{text('Theo dõi gửi đồng bộ', 'Deliveries board')}</h1>
      {!board ? (
        <p>{text('Bạn không có quyền xem trang này.', 'You are not allowed to see this page.')}</p>
      ) : (
        <>
          <p>
            {text(
              'Các lần gửi tới nơi nhận chưa được xác nhận: đang chờ, đang thử lại hoặc đã dừng thử.',
              'Pushes a target has not acknowledged yet: pending, retrying, or given up.',
            )}
          </p>
          <form
            method="get"
            style={{
              display: 'flex',
              gap: 'var(--base)',
              flexWrap: 'wrap',
              alignItems: 'end',
              margin: 'var(--base) 0',
            }}
          >
            <label>
              {text('Trạng thái', 'State')}
              <br />
              <select name="state" defaultValue={filters.state ?? ''}>
                <option value="">{text('Tất cả', 'All')}</option>
                {OPEN_DELIVERY_STATES.map((state) => (
                  <option key={state} value={state}>
                    {text(STATE_LABELS[state].vi, STATE_LABELS[state].en)}
                  </option>
                ))}
              </select>
            </label>
            {filters.target ? <input type="hidden" name="target" value={filters.target} /> : null}
            <button type="submit" className="btn btn--style-secondary btn--size-small">
              {text('Lọc', 'Filter')}
            </button>
            {filters.target ? <a href={BOARD_PATH}>{text('Mọi nơi nhận', 'All targets')}</a> : null}
          </form>
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
              {text(
                'Mọi lần gửi đều đã được nơi nhận xác nhận.',
                'Every push has been acknowledged.',
              )}
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
                <table className="table" style={{ width: '100%' }}>
                  <thead>
                    <tr>
                      <th>{text('Nội dung', 'Item')}</th>
                      <th>{text('Phiên bản', 'Version')}</th>
                      <th>{text('Trạng thái', 'State')}</th>
                      <th>{text('Số lần gửi', 'Attempts')}</th>
                      <th>{text('Phản hồi gần nhất', 'Last response')}</th>
                      <th>{text('Lần thử tới', 'Next attempt')}</th>
                      <th>{text('Tạo lúc', 'Queued')}</th>
                      {isAdmin ? <th /> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {group.deliveries.map((delivery) => (
                      <tr key={delivery.id}>
                        <td>
                          {delivery.itemCollection && delivery.itemId ? (
                            <a
                              href={`/admin/collections/${delivery.itemCollection}/${delivery.itemId}`}
                            >
                              {delivery.itemTitle ??
                                `${delivery.itemCollection} ${delivery.itemId}`}
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
                            delivery.lastError &&
                            delivery.lastError !== `HTTP ${delivery.lastStatusCode}`
                              ? delivery.lastError
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' — ') || '—'}
                        </td>
                        <td>{nextAttempt(delivery)}</td>
                        <td>{formatTime(delivery.createdAt)}</td>
                        {isAdmin ? (
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
                  </tbody>
                </table>
              </section>
            ))
          )}
        </>
      )}
    </>
  )
}
