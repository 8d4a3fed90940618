import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { requesterOf } from '../access/requester'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { embargoWindowProblem, staleEmbargoMarkers } from './embargoWindow'
import { latestVersionId, type TimelineEntry } from './timeline'

/** Fields only workflow transitions may change. */
const PROTECTED_FIELDS = [
  'workflowState',
  'publishedLocales',
  'sourceRevision',
  'sourceFingerprint',
  'transitions',
  'embargoLiftedAt',
  'pressAccessOpenedAt',
  'pressAlertedAt',
] as const

/**
 * Keeps the workflow record honest on every save:
 * - fields only transitions may change are restored from the stored item (a transition sets
 *   `context.workflowTransition`);
 * - a change to the Vietnamese source text (`sourceFields`) raises `sourceRevision`, which
 *   makes approved translations of an older revision stale;
 * - the first text saved in another language starts its translation (`in-translation`);
 * - publishing through Payload's own publish (the admin's Publish button, `_status`) is the
 *   `publish` transition of the Vietnamese source, recorded with the same fields as any other.
 */
export function trackWorkflow({
  sourceFields,
}: {
  sourceFields: string[]
}): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req, context, collection }) => {
    const next: Record<string, unknown> = { ...data }
    const original = (operation === 'update' ? originalDoc : undefined) as
      | Record<string, unknown>
      | undefined
    const locale: Locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE

    if (context.workflowTransition !== true) {
      for (const field of PROTECTED_FIELDS) {
        // `null`, not `undefined`: an undefined value would let the incoming one through.
        if (original) next[field] = original[field] ?? null
        else delete next[field]
      }
      if (!original) next.workflowState = 'draft'
      const storedTranslation = (original?.translation ?? {}) as Record<string, unknown>
      next.translation = { ...storedTranslation }
    }

    // A press release time only within an embargo, strictly before its end; nothing is saved
    // otherwise. New times are a new embargo: lifted, and opened to the press, again.
    const problem = embargoWindowProblem({
      embargoUntil: 'embargoUntil' in data ? data.embargoUntil : original?.embargoUntil,
      pressReleaseAt: 'pressReleaseAt' in data ? data.pressReleaseAt : original?.pressReleaseAt,
    })
    if (problem) throw translatedError({ req, status: 400, key: problem })
    for (const marker of staleEmbargoMarkers({ original, next: data })) next[marker] = null

    if (locale === DEFAULT_LOCALE) {
      const fingerprint = createHash('sha256')
        .update(
          JSON.stringify(sourceFields.map((field) => next[field] ?? original?.[field] ?? null)),
        )
        .digest('hex')
      const previous = original?.sourceFingerprint
      const revision = typeof original?.sourceRevision === 'number' ? original.sourceRevision : 1
      next.sourceFingerprint = fingerprint
      next.sourceRevision =
        typeof previous === 'string' && previous !== fingerprint ? revision + 1 : revision
    } else {
      const translation = (next.translation ?? {}) as Record<string, unknown>
      const hasText = sourceFields.some((field) => {
        const value = next[field]
        return value !== undefined && value !== null && value !== ''
      })
      if (hasText && (translation.status ?? 'missing') === 'missing') {
        next.translation = { ...translation, status: 'in-translation' }
      }
    }

    const wasPublished = original?.workflowState === 'published'
    if (next._status === 'published' && !wasPublished && context.workflowTransition !== true) {
      const requester = requesterOf({ user: req.user, now: new Date() })
      const from = typeof original?.workflowState === 'string' ? original.workflowState : 'draft'
      next.workflowState = 'published'
      next.publishedLocales = [
        ...new Set([...asLocales(original?.publishedLocales), DEFAULT_LOCALE]),
      ]
      // The same fields as every step `applyStep` records (a create has no version yet).
      const entry: TimelineEntry = {
        action: 'publish',
        locale: DEFAULT_LOCALE,
        from,
        to: 'published',
        at: new Date().toISOString(),
        by: requester.kind === 'staff' ? requester.id : null,
        sourceRevision: next.sourceRevision as number,
        version:
          original && (typeof original.id === 'number' || typeof original.id === 'string')
            ? await latestVersionId({ req, collection: collection.slug, id: original.id })
            : null,
        reason: null,
      }
      next.transitions = [...asTransitions(original?.transitions), entry]
      if (from === 'withdrawn') {
        next.withdrawnAt = null
        next.withdrawalReason = null
      }
    }
    // A workflow publication that the security hold turned into a draft keeps its state.
    if (
      next.workflowState === 'published' &&
      next._status !== 'published' &&
      original?._status !== 'published'
    ) {
      next.workflowState = original?.workflowState ?? 'draft'
    }
    return next
  }
}

/** `translation.isStale`: approved from an older revision of the Vietnamese source. */
export const deriveStaleness: FieldHook = ({ siblingData, data, req }) => {
  if (!isLocale(req.locale) || req.locale === DEFAULT_LOCALE) return false
  const translation = siblingData as { status?: unknown; translatedFromRevision?: unknown }
  const sourceRevision = typeof data?.sourceRevision === 'number' ? data.sourceRevision : 1
  const from =
    typeof translation.translatedFromRevision === 'number' ? translation.translatedFromRevision : 0
  return translation.status === 'approved' && from < sourceRevision
}

function asLocales(value: unknown): Locale[] {
  return Array.isArray(value) ? value.filter(isLocale) : []
}

function asTransitions(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
