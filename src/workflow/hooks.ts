import { createHash } from 'node:crypto'

import type { CollectionAfterReadHook, CollectionBeforeChangeHook, FieldHook } from 'payload'

import { requesterOf } from '../access/requester'
import { DEFAULT_LOCALE, fallbackChain, isLocale, type Locale } from '../i18n/locales'

/** Fields only workflow transitions may change. */
const PROTECTED_FIELDS = [
  'workflowState',
  'publishedLocales',
  'sourceRevision',
  'sourceFingerprint',
  'transitions',
  'embargoLiftedAt',
] as const

type Transition = {
  action: string
  locale: Locale
  from?: string | null
  to?: string | null
  at: string
  by?: number | string | null
  sourceRevision?: number | null
  reason?: string | null
}

/**
 * Keeps the workflow record honest on every save:
 * - fields only transitions may change are restored from the stored item (a transition sets
 *   `context.workflowTransition`);
 * - a change to the Vietnamese source text (`sourceFields`) raises `sourceRevision`, which
 *   makes approved translations of an older revision stale;
 * - the first text saved in another language starts its translation (`in-translation`);
 * - publishing through Payload's own publish (the admin's Publish button, `_status`) is the
 *   `publish` transition of the Vietnamese source, recorded like any other.
 */
export function trackWorkflow({
  sourceFields,
}: {
  sourceFields: string[]
}): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req, context }) => {
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

    // A new embargo date is a new embargo: it is lifted again when it ends.
    if ('embargoUntil' in data && data.embargoUntil !== original?.embargoUntil)
      next.embargoLiftedAt = null

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
      next.transitions = [
        ...asTransitions(original?.transitions),
        {
          action: 'publish',
          locale: DEFAULT_LOCALE,
          from,
          to: 'published',
          at: new Date().toISOString(),
          by: requester.kind === 'staff' ? requester.id : null,
          sourceRevision: next.sourceRevision as number,
        } satisfies Transition,
      ]
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

/**
 * Readers outside the staff see only published languages. When the requested language is not
 * published for an item, they get the first published one of requested → English → Vietnamese,
 * and `servedLocale` says which (DESIGN.md: every response that fell back says so).
 */
export const serveOnlyPublishedLocales: CollectionAfterReadHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  const requested: Locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
  const record = doc as Record<string, unknown>
  if (context.servingFallbackLocale === true)
    return { ...record, servedLocale: context.servedLocale }
  // The Local API without a user is the system itself (seed, jobs, syndication mapping),
  // unless the public library reads on behalf of an anonymous reader (src/library/reader.ts).
  if (req.payloadAPI === 'local' && !req.user && context.isLibraryRead !== true)
    return { ...record, servedLocale: requested }
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind === 'staff') return { ...record, servedLocale: requested }
  const published = asLocales(record.publishedLocales)
  if (published.length === 0 || published.includes(requested))
    return { ...record, servedLocale: requested }
  const served =
    fallbackChain(requested).find((locale) => published.includes(locale)) ?? published[0]!
  const depthParam = Number(req.query?.depth)
  const fallback = await req.payload.findByID({
    collection: collection.slug,
    id: record.id as number | string,
    locale: served,
    fallbackLocale: false,
    depth: Number.isInteger(depthParam) && depthParam >= 0 && depthParam <= 3 ? depthParam : 1,
    overrideAccess: false,
    user: req.user,
    // Not `req`: the Local API would switch the shared request to `served` for later reads.
    context: { servingFallbackLocale: true, servedLocale: served },
  })
  return { ...fallback, servedLocale: served }
}

function asLocales(value: unknown): Locale[] {
  return Array.isArray(value) ? value.filter(isLocale) : []
}

function asTransitions(value: unknown): Transition[] {
  return Array.isArray(value) ? (value as Transition[]) : []
}
