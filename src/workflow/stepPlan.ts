import type { StaffRole } from '../access/roles'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import {
  planTransition,
  type TransitionRefusal,
  type TranslationState,
  type WorkflowAction,
  type WorkflowState,
} from './states'
import type { TimelineEntry } from './timeline'

/** An item's workflow record as read in one locale (its latest version, depth 0). */
export type WorkflowRecord = {
  id: number | string
  _status?: 'draft' | 'published' | null
  workflowState?: string | null
  publishedLocales?: string[] | null
  sourceRevision?: number | null
  transitions?: unknown[] | null
  translation?: {
    status?: string | null
    translatedFromRevision?: number | null
    isStale?: boolean | null
  } | null
  securityHold?: { isHeld?: boolean | null } | null
}

/** One workflow step asked for: the action and, where it needs one, its reason. */
export type StepRequest = { action: WorkflowAction; reason?: string }

/** What the steps change, for the one write that records them. */
export type StepWrite = {
  ok: true
  /** The workflow fields the steps set (only a workflow step may write them). */
  changes: Record<string, unknown>
  /** One timeline entry per step, in order. */
  entries: TimelineEntry[]
  /** A step makes the latest text of the locale live (a publication). */
  isPublication: boolean
  /** A step writes the live document: a publication, a withdrawal, a language taken offline. */
  isLiveStep: boolean
  /** "Start translating" begins a new translation, which starts from the Vietnamese text. */
  startsTranslation: boolean
}

/** The first step the rules refuse, and why. */
export type StepRefusal = { ok: false; action: WorkflowAction; refusal: TransitionRefusal }

/**
 * Plans one or more workflow steps on `item` in `locale`, each checked by
 * {@link planTransition} against the state the previous one left, and returns the fields they
 * change and the timeline entries they add — or the first refusal. Pure: `applyStep` reads the
 * item and writes the result.
 */
export function planSteps({
  item,
  locale,
  roles,
  steps,
  at,
  by,
  version,
}: {
  item: WorkflowRecord
  locale: Locale
  roles: readonly StaffRole[]
  steps: readonly StepRequest[]
  at: Date
  by: number | string | null
  version: string | null
}): StepWrite | StepRefusal {
  const sourceRevision = item.sourceRevision ?? 1
  const isHeld = item.securityHold?.isHeld === true
  let state = (item.workflowState ?? 'draft') as WorkflowState
  let translationState = (item.translation?.status ?? 'missing') as TranslationState
  let isStale = item.translation?.isStale === true
  const published = new Set((item.publishedLocales ?? []).filter(isLocale))
  const changes: Record<string, unknown> = {}
  const entries: TimelineEntry[] = []
  const write: StepWrite = {
    ok: true,
    changes,
    entries,
    isPublication: false,
    isLiveStep: false,
    startsTranslation: false,
  }

  for (const { action, reason } of steps) {
    const plan = planTransition({
      action,
      locale,
      roles,
      reason,
      item: {
        state,
        isHeld,
        translation: { state: translationState, isStale },
        publishedLocales: [...published],
      },
    })
    if (!plan.ok) {
      const { ok: _ok, ...refusal } = plan
      return { ok: false, action, refusal }
    }
    entries.push({
      action,
      locale,
      ...(plan.scope === 'locale-publication'
        ? { from: null, to: plan.isPublished ? 'published' : 'unpublished' }
        : { from: plan.from, to: plan.to }),
      at: at.toISOString(),
      by,
      sourceRevision,
      version,
      reason: reason ?? null,
    })

    if (plan.scope === 'source') {
      state = plan.to
      changes.workflowState = plan.to
      if (plan.to === 'published') {
        published.add(DEFAULT_LOCALE)
        changes._status = 'published'
        changes.publishedLocales = [...published]
        write.isPublication = true
        write.isLiveStep = true
      }
      if (plan.to === 'withdrawn') {
        changes.withdrawnAt = at.toISOString()
        changes.withdrawalReason = reason
        write.isLiveStep = true
      }
    } else if (plan.scope === 'translation') {
      if (action === 'translate' && plan.from === 'missing') write.startsTranslation = true
      translationState = plan.to
      if (plan.to === 'approved') isStale = false
      const previous = (changes.translation ?? item.translation ?? {}) as Record<string, unknown>
      changes.translation = {
        ...previous,
        status: plan.to,
        translatedFromRevision:
          plan.to === 'approved' ? sourceRevision : (previous.translatedFromRevision ?? null),
      }
    } else {
      if (plan.isPublished) published.add(plan.locale)
      else published.delete(plan.locale)
      changes.publishedLocales = [...published]
      write.isLiveStep = true
      if (plan.isPublished) write.isPublication = true
    }
  }
  return write
}
