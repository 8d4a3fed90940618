import type { StaffRole } from '../../../access/roles'
import { DEFAULT_LOCALE, type Locale } from '../../../i18n/locales'
import {
  planTransition,
  type TranslationState,
  type WorkflowAction,
  type WorkflowState,
} from '../../../workflow/states'

/** What the admin knows of an item's workflow in the language on screen. */
export type WorkflowItemView = {
  state: WorkflowState
  isHeld: boolean
  translation: { state: TranslationState; isStale: boolean; translatedFromRevision: number | null }
  publishedLocales: Locale[]
  sourceRevision: number
  /** The item's timeline: which step, in which language, and why when a reason was given. */
  transitions: Array<{ action: string; locale: string | null; reason: string | null }>
}

/** One button of the workflow bar. */
export type WorkflowButton = { action: WorkflowAction; needsReason: boolean }

/** The order the buttons appear in: the next step first, publication and removal last. */
const BUTTON_ORDER: readonly WorkflowAction[] = [
  'translate',
  'submit',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'withdraw',
]

const ACTIONS_WITH_REASON: ReadonlySet<WorkflowAction> = new Set(['reject', 'withdraw'])

/**
 * The workflow steps `roles` may take on an item in `locale` now, decided by the very rules the
 * endpoint applies ({@link planTransition}), so a button is shown exactly when its step would be
 * accepted. A reason is only asked for in the dialog, so it is assumed here.
 */
export function availableWorkflowButtons({
  roles,
  locale,
  item,
}: {
  roles: readonly StaffRole[]
  locale: Locale
  item: WorkflowItemView
}): WorkflowButton[] {
  return BUTTON_ORDER.filter((action) => {
    // Taking a language offline only makes sense for a language that is online.
    if (action === 'unpublish' && !item.publishedLocales.includes(locale)) return false
    // Approving an approved, current translation again would change nothing.
    if (
      action === 'approve' &&
      locale !== DEFAULT_LOCALE &&
      item.translation.state === 'approved' &&
      !item.translation.isStale
    )
      return false
    const plan = planTransition({
      action,
      locale,
      roles,
      reason: ACTIONS_WITH_REASON.has(action) ? 'reason given in the dialog' : undefined,
      item: {
        state: item.state,
        isHeld: item.isHeld,
        translation: { state: item.translation.state, isStale: item.translation.isStale },
        publishedLocales: item.publishedLocales,
      },
    })
    return plan.ok
  }).map((action) => ({ action, needsReason: ACTIONS_WITH_REASON.has(action) }))
}

/** The state of the language on screen, as the header shows it. */
export type LanguageStatus = {
  /** The editorial state of the Vietnamese source, or of the translation on screen. */
  state: WorkflowState | TranslationState
  /** The language is live in the public library. */
  isPublished: boolean
  /** An approved translation made from an older revision of the Vietnamese source. */
  isStale: boolean
}

/**
 * The state of `locale` on an item: the source's editorial state for Vietnamese, the
 * translation's own state otherwise — never the whole document's `_status`.
 */
export function languageStatus({
  locale,
  item,
}: {
  locale: Locale
  item: WorkflowItemView
}): LanguageStatus {
  if (locale === DEFAULT_LOCALE) {
    return { state: item.state, isPublished: item.state === 'published', isStale: false }
  }
  const madeFromOlderSource =
    item.translation.translatedFromRevision !== null &&
    item.translation.translatedFromRevision < item.sourceRevision
  return {
    state: item.translation.state,
    isPublished: item.publishedLocales.includes(locale) && item.state === 'published',
    isStale:
      item.translation.isStale || (item.translation.state !== 'missing' && madeFromOlderSource),
  }
}

/**
 * Why the language on screen was last sent back, while that is its latest step: the
 * contributor sees the publisher's reason where they fix the text, not only in the timeline.
 */
export function sentBackReason({
  locale,
  item,
}: {
  locale: Locale
  item: WorkflowItemView
}): string | null {
  const latest = item.transitions
    .filter((entry) => (entry.locale ?? DEFAULT_LOCALE) === locale)
    .at(-1)
  return latest?.action === 'reject' && latest.reason ? latest.reason : null
}

/**
 * Reads the workflow view from an item as the REST API returns it (one locale, drafts, depth 0).
 */
export function workflowItemViewOf({ doc }: { doc: Record<string, unknown> }): WorkflowItemView {
  const translation = (doc.translation ?? {}) as {
    status?: TranslationState
    isStale?: boolean
    translatedFromRevision?: number | null
  }
  const hold = (doc.securityHold ?? {}) as { isHeld?: boolean }
  return {
    state: (doc.workflowState as WorkflowState | undefined) ?? 'draft',
    isHeld: hold.isHeld === true,
    translation: {
      state: translation.status ?? 'missing',
      isStale: translation.isStale === true,
      translatedFromRevision:
        typeof translation.translatedFromRevision === 'number'
          ? translation.translatedFromRevision
          : null,
    },
    publishedLocales: Array.isArray(doc.publishedLocales) ? (doc.publishedLocales as Locale[]) : [],
    sourceRevision: typeof doc.sourceRevision === 'number' ? doc.sourceRevision : 1,
    transitions: (Array.isArray(doc.transitions) ? doc.transitions : []).map((entry) => {
      const { action, locale, reason } = (entry ?? {}) as Record<string, unknown>
      return {
        action: typeof action === 'string' ? action : '',
        locale: typeof locale === 'string' ? locale : null,
        reason: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
      }
    }),
  }
}
