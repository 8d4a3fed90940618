import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'

export type BlockerCode =
  | 'securityHold'
  | 'notSubmitted'
  | 'awaitingReview'
  | 'rejected'
  | 'withdrawn'
  | 'scheduled'
  | 'embargoed'
  | 'translationMissing'
  | 'translationInProgress'
  | 'translationInReview'
  | 'translationStale'
  | 'translationReady'

export type Blocker = { code: BlockerCode; locale: Locale; at?: string }

export type BlockerInput = {
  workflowState?: string | null
  isHeld?: boolean | null
  embargoUntil?: string | null
  publishAt?: string | null
  publishedLocales?: readonly string[] | null
  sourceRevision?: number | null
  /** Translation records by locale, as read with `locale: 'all'`. */
  translations?: Partial<
    Record<string, { status?: string | null; translatedFromRevision?: number | null } | null>
  >
}

/**
 * What stands between an item and its readers: for the Vietnamese source and for each
 * translation, the next thing someone must do. An empty list for a locale means that locale is
 * live. Pure, so the admin panel, the review queue and the API agree.
 */
export function publicationBlockers({ item, now }: { item: BlockerInput; now: Date }): Blocker[] {
  const blockers: Blocker[] = []
  const published = new Set(item.publishedLocales ?? [])
  const sourceRevision = item.sourceRevision ?? 1
  const source = (code: BlockerCode, at?: string) =>
    blockers.push({ code, locale: DEFAULT_LOCALE, at })

  if (item.isHeld) source('securityHold')
  switch (item.workflowState ?? 'draft') {
    case 'draft':
      source('notSubmitted')
      break
    case 'submitted':
      source('awaitingReview')
      break
    case 'rejected':
      source('rejected')
      break
    case 'withdrawn':
      source('withdrawn')
      break
    case 'approved':
      if (item.publishAt && new Date(item.publishAt).getTime() > now.getTime())
        source('scheduled', item.publishAt)
      break
    default:
      break
  }
  if (item.embargoUntil && new Date(item.embargoUntil).getTime() > now.getTime())
    source('embargoed', item.embargoUntil)

  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    const translation = item.translations?.[locale] ?? null
    const status = translation?.status ?? 'missing'
    const isStale =
      status === 'approved' && (translation?.translatedFromRevision ?? 0) < sourceRevision
    if (status === 'missing') blockers.push({ code: 'translationMissing', locale })
    else if (status === 'in-translation') blockers.push({ code: 'translationInProgress', locale })
    else if (status === 'in-review') blockers.push({ code: 'translationInReview', locale })
    else if (isStale) blockers.push({ code: 'translationStale', locale })
    else if (!published.has(locale)) blockers.push({ code: 'translationReady', locale })
  }
  return blockers
}

/** How each blocker reads in the admin panel (Vietnamese and English, its two languages). */
export const BLOCKER_LABELS: Record<BlockerCode, { vi: string; en: string }> = {
  securityHold: {
    vi: 'Đang tạm giữ để kiểm tra bảo mật — chờ quản trị viên gỡ',
    en: 'Held for security review — an admin must clear it',
  },
  notSubmitted: { vi: 'Bản nháp chưa gửi duyệt', en: 'Draft not yet submitted for review' },
  awaitingReview: { vi: 'Đang chờ biên tập viên duyệt', en: 'Waiting for a publisher’s review' },
  rejected: { vi: 'Bị trả lại — cần sửa và gửi lại', en: 'Returned — edit and submit again' },
  withdrawn: { vi: 'Đã gỡ bỏ', en: 'Withdrawn' },
  scheduled: { vi: 'Đã hẹn giờ xuất bản', en: 'Scheduled for publication' },
  embargoed: { vi: 'Cấm đăng đến', en: 'Embargoed until' },
  translationMissing: { vi: 'Chưa có bản dịch', en: 'No translation yet' },
  translationInProgress: {
    vi: 'Đang dịch — chưa gửi duyệt',
    en: 'Being translated — not yet submitted',
  },
  translationInReview: { vi: 'Bản dịch chờ duyệt', en: 'Translation waiting for review' },
  translationStale: {
    vi: 'Bản gốc đã đổi — bản dịch cần duyệt lại',
    en: 'Source changed — translation needs re-approval',
  },
  translationReady: {
    vi: 'Bản dịch đã duyệt, chưa xuất bản',
    en: 'Translation approved, not yet published',
  },
}
