import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../i18n/locales'
import { mediaTitle } from '../../media/metadata/mediaTitle'

/** One step of an item's workflow timeline, as stored (src/workflow/fields.ts). */
export type TimelineStep = {
  action?: unknown
  locale?: unknown
  at?: unknown
  by?: unknown
  reason?: unknown
}

/** A language of an item that is somewhere in the workflow: its own step, when it was taken. */
export type LanguageEntry = { locale: Locale; at: string | null }

/** A language sent back to the person who submitted it, with the publisher's reason. */
export type SentBackEntry = LanguageEntry & { reason: string; by: string | null }

/**
 * The name staff see for an item in the admin's lists (dashboard, review queue, translation
 * board), read in `locale` (an item read with `locale: 'all'` holds `{ vi, en, … }` maps): an
 * article's title, a media item's title as {@link mediaTitle} makes it (display title,
 * headline, caption, file name), else `#id`.
 */
export function dashboardTitle({
  collection,
  doc,
  locale = DEFAULT_LOCALE,
}: {
  collection: string
  doc: Record<string, unknown>
  locale?: Locale
}): string {
  const read = (name: string) => inLocale({ value: doc[name], locale })
  if (collection === 'media') {
    return mediaTitle({
      item: {
        id: doc.id as number | string | undefined,
        displayTitle: read('displayTitle'),
        alt: read('alt'),
        caption: read('caption'),
        originalFilename: doc.originalFilename,
        filename: doc.filename,
      },
    })
  }
  const title = read('title')
  if (typeof title === 'string' && title.trim() !== '') return title.trim()
  return `#${String(doc.id)}`
}

/**
 * The languages of an item (read with `locale: 'all'`) waiting at `status`: the Vietnamese
 * source when its state is `sourceState`, and each translation whose status is
 * `translationStatus` — with when the language last reached that point (its last `submit` step
 * for a review, its last step otherwise).
 */
export function languagesAt({
  doc,
  sourceState,
  translationStatus,
}: {
  doc: Record<string, unknown>
  sourceState?: string
  translationStatus: string
}): LanguageEntry[] {
  const steps = timelineOf({ doc })
  const since = (locale: Locale) => {
    const ofLocale = steps.filter((step) => step.locale === locale)
    const submits = ofLocale.filter((step) => step.action === 'submit')
    const step = translationStatus === 'in-review' ? submits.at(-1) : ofLocale.at(-1)
    return typeof step?.at === 'string' ? step.at : null
  }
  const entries: LanguageEntry[] = []
  if (sourceState && doc.workflowState === sourceState)
    entries.push({ locale: DEFAULT_LOCALE, at: since(DEFAULT_LOCALE) })
  const translations = (doc.translation ?? {}) as Record<string, { status?: unknown } | null>
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    if (translations[locale]?.status === translationStatus)
      entries.push({ locale, at: since(locale) })
  }
  return entries
}

/**
 * The languages of an item sent back to `userId`: those whose last step is a `reject` of a
 * submission `userId` made (or of the item `userId` created, when the submitter is unknown),
 * each with the reason and who sent it back.
 */
export function sentBackTo({
  doc,
  userId,
}: {
  doc: Record<string, unknown>
  userId: number | string
}): SentBackEntry[] {
  const steps = timelineOf({ doc })
  const isMe = (value: unknown) =>
    value !== null && value !== undefined && idOf(value) === String(userId)
  const entries: SentBackEntry[] = []
  for (const locale of LOCALES) {
    const ofLocale = steps.filter((step) => step.locale === locale)
    const last = ofLocale.at(-1)
    if (!last || last.action !== 'reject') continue
    const submit = ofLocale.filter((step) => step.action === 'submit').at(-1)
    const submitter = submit?.by ?? null
    if (!(submitter !== null ? isMe(submitter) : isMe(doc.createdBy))) continue
    entries.push({
      locale,
      at: typeof last.at === 'string' ? last.at : null,
      reason: typeof last.reason === 'string' ? last.reason : '',
      by: last.by === null || last.by === undefined ? null : idOf(last.by),
    })
  }
  return entries
}

/** A localized value read with `locale: 'all'` in `locale` (Vietnamese when missing). */
function inLocale({ value, locale }: { value: unknown; locale: Locale }): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const map = value as Record<string, unknown>
  if (!Object.keys(map).some(isLocale)) return value
  const own = map[locale]
  return typeof own === 'string' && own.trim() !== '' ? own : map[DEFAULT_LOCALE]
}

function timelineOf({ doc }: { doc: Record<string, unknown> }): TimelineStep[] {
  return Array.isArray(doc.transitions) ? (doc.transitions as TimelineStep[]) : []
}

function idOf(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value)
    return String((value as { id: unknown }).id)
  return String(value)
}
