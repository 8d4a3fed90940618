import { DefaultDashboard } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { BOARD_PATHS } from '../../../admin/boards/boardAccess'
import { LOCALE_LABELS, type Locale } from '../../../i18n/locales'
import { adminText, formatAdminDateTime, type AdminText as Text } from '../../../admin/labels'
import {
  loadDashboard,
  type DashboardCard,
  type DashboardCardKey,
} from '../../../admin/dashboard/loadDashboard'

const CARD_TEXT: Record<DashboardCardKey, { title: Text; empty: Text; board: Text }> = {
  waitingForReview: {
    title: { vi: 'Chờ tôi duyệt', en: 'Waiting for my review' },
    empty: { vi: 'Không có mục nào chờ duyệt.', en: 'Nothing is waiting for review.' },
    board: { vi: 'Mở hàng chờ duyệt', en: 'Open the review queue' },
  },
  sentBack: {
    title: { vi: 'Bị trả lại cho tôi', en: 'Sent back to me' },
    empty: { vi: 'Không có mục nào bị trả lại.', en: 'Nothing was sent back to you.' },
    board: { vi: 'Xem các bài bị trả lại', en: 'See all sent-back articles' },
  },
  myDrafts: {
    title: { vi: 'Bản nháp của tôi', en: 'My drafts' },
    empty: { vi: 'Bạn chưa có bản nháp nào.', en: 'You have no drafts.' },
    board: { vi: 'Xem tất cả bài nháp của tôi', en: 'See all my draft articles' },
  },
  translationsToDo: {
    title: { vi: 'Bản dịch cần làm', en: 'Translations to do' },
    empty: { vi: 'Không có bản dịch nào đang chờ làm.', en: 'No translation is waiting.' },
    board: { vi: 'Mở bảng theo dõi bản dịch', en: 'Open the translation board' },
  },
  failedDeliveries: {
    title: { vi: 'Gửi đi thất bại', en: 'Failed deliveries' },
    empty: { vi: 'Không có lần gửi nào thất bại.', en: 'No delivery has failed.' },
    board: { vi: 'Mở bảng theo dõi gửi đồng bộ', en: 'Open the deliveries board' },
  },
  journalistsAwaiting: {
    title: { vi: 'Phóng viên chờ cấp phép', en: 'Journalists awaiting accreditation' },
    empty: { vi: 'Không có phóng viên nào chờ cấp phép.', en: 'No journalist is waiting.' },
    board: { vi: 'Xem tất cả phóng viên chờ cấp phép', en: 'See all pending journalists' },
  },
  recentlyPublished: {
    title: { vi: 'Mới xuất bản (7 ngày)', en: 'Recently published (7 days)' },
    empty: { vi: 'Chưa có gì mới xuất bản.', en: 'Nothing was published lately.' },
    board: { vi: 'Xem tất cả bài đã xuất bản', en: 'See all published articles' },
  },
}

/**
 * The admin's home (`admin.components.views.dashboard`): the cards of the signed-in role's
 * day — waiting for my review, sent back to me with the reason, my drafts, translations to do,
 * failed deliveries, journalists awaiting accreditation, recently published — each with its
 * count, its first rows and a link to the full board; then Payload's own collection overview.
 * The data comes from {@link loadDashboard}; this only renders.
 */
export async function RoleDashboard(props: AdminViewServerProps): Promise<React.ReactElement> {
  const { req } = props.initPageResult
  const cards = await loadDashboard({ req })
  const text = (value: Text) => adminText({ req, text: value })
  const userId = req.user?.id
  const boardHref: Record<DashboardCardKey, string> = {
    waitingForReview: BOARD_PATHS.reviewQueue,
    sentBack: '/admin/collections/articles?where[workflowState][equals]=rejected',
    myDrafts: `/admin/collections/articles?where[and][0][createdBy][equals]=${String(userId)}&where[and][1][workflowState][equals]=draft`,
    translationsToDo: BOARD_PATHS.translationBoard,
    failedDeliveries: `${BOARD_PATHS.deliveriesBoard}?state=failed`,
    journalistsAwaiting:
      '/admin/collections/journalists?where[accreditationStatus][equals]=pending',
    recentlyPublished: '/admin/collections/articles?where[workflowState][equals]=published',
  }
  return (
    <>
      {cards.length > 0 ? (
        <section
          aria-label={text({ vi: 'Việc của tôi', en: 'My work' })}
          className="gutter gutter--left gutter--right"
          style={{
            display: 'grid',
            gap: 'var(--base)',
            gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
            margin: 'var(--base) 0',
          }}
        >
          {cards.map((card) => (
            <DashboardCardView key={card.key} card={card} href={boardHref[card.key]} text={text} />
          ))}
        </section>
      ) : null}
      {/* Payload's collection overview stays below the role's cards. */}
      <DefaultDashboard {...(props as unknown as React.ComponentProps<typeof DefaultDashboard>)} />
    </>
  )
}

function DashboardCardView({
  card,
  href,
  text,
}: {
  card: DashboardCard
  href: string
  text: (value: Text) => string
}): React.ReactElement {
  const labels = CARD_TEXT[card.key]
  const breakdown = Object.entries(card.byLocale ?? {})
    .map(([locale, count]) => `${LOCALE_LABELS[locale as Locale]} ${count}`)
    .join(' · ')
  return (
    <article
      data-dashboard-card={card.key}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m, 4px)',
        padding: 'calc(var(--base) * 0.75)',
        background: 'var(--theme-elevation-0)',
      }}
    >
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>
        {text(labels.title)}{' '}
        <span data-dashboard-count style={{ color: 'var(--theme-elevation-600)' }}>
          ({card.count})
        </span>
      </h2>
      {breakdown ? (
        <p style={{ margin: '4px 0 0', color: 'var(--theme-elevation-600)' }}>{breakdown}</p>
      ) : null}
      {card.rows.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600)' }}>{text(labels.empty)}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0' }}>
          {card.rows.map((row) => (
            <li
              key={`${row.collection}-${row.id}-${row.locale ?? ''}`}
              style={{ padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
            >
              <a href={row.href}>{row.title}</a>
              <br />
              <small style={{ color: 'var(--theme-elevation-600)' }}>
                {[
                  row.locale && card.key !== 'myDrafts' && card.key !== 'recentlyPublished'
                    ? LOCALE_LABELS[row.locale]
                    : '',
                  row.collection === 'media' ? text({ vi: 'Tư liệu', en: 'Media' }) : '',
                  formatAdminDateTime({ value: row.at }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </small>
              {row.note ? (
                <small style={{ display: 'block' }}>
                  {card.key === 'sentBack' ? text({ vi: 'Lý do: ', en: 'Reason: ' }) : ''}
                  {row.note}
                </small>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <a href={href}>{text(labels.board)} →</a>
    </article>
  )
}
