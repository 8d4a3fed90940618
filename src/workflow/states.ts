import type { StaffRole } from '../access/roles'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'

/** Editorial states of an item (its Vietnamese source). */
export const WORKFLOW_STATES = [
  'draft',
  'submitted',
  'approved',
  'published',
  'rejected',
  'withdrawn',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Editorial states of a translation (one non-Vietnamese locale). `stale` is derived. */
export const TRANSLATION_STATES = ['missing', 'in-translation', 'in-review', 'approved'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

export const WORKFLOW_ACTIONS = [
  'submit',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'withdraw',
  'translate',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/**
 * Decisions recorded on an item's timeline that are not workflow steps: the department's
 * approval or refusal of one language for national distribution
 * (src/syndication/distributionApprovals.ts).
 */
export const DISTRIBUTION_ACTIONS = ['distribution-approve', 'distribution-refuse'] as const
export type DistributionAction = (typeof DISTRIBUTION_ACTIONS)[number]

/** Everything an item's timeline records. */
export const TIMELINE_ACTIONS = [...WORKFLOW_ACTIONS, ...DISTRIBUTION_ACTIONS] as const
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number]

type Rule<State extends string> = {
  from: readonly State[]
  to: State
  roles: readonly StaffRole[]
  needsReason?: boolean
}

const EDITORS = ['admin', 'publisher', 'contributor'] as const satisfies readonly StaffRole[]
const PUBLISHERS = ['admin', 'publisher'] as const satisfies readonly StaffRole[]

/** What each action does to the Vietnamese source, and who may take it. */
export const SOURCE_RULES: Partial<Record<WorkflowAction, Rule<WorkflowState>>> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted', roles: EDITORS },
  approve: { from: ['submitted'], to: 'approved', roles: PUBLISHERS },
  reject: { from: ['submitted', 'approved'], to: 'rejected', roles: PUBLISHERS, needsReason: true },
  publish: {
    from: ['draft', 'submitted', 'approved', 'rejected'],
    to: 'published',
    roles: PUBLISHERS,
  },
  withdraw: { from: ['published'], to: 'withdrawn', roles: PUBLISHERS, needsReason: true },
}

/** What each action does to one translation, and who may take it. */
export const TRANSLATION_RULES: Partial<Record<WorkflowAction, Rule<TranslationState>>> = {
  // "Start translating" from the Vietnamese source: a new translation, or a stale approved one
  // (the source changed) that its translator takes back to update.
  translate: { from: ['missing', 'approved'], to: 'in-translation', roles: EDITORS },
  submit: { from: ['missing', 'in-translation'], to: 'in-review', roles: EDITORS },
  approve: { from: ['in-review', 'approved'], to: 'approved', roles: PUBLISHERS },
  reject: {
    from: ['in-review', 'approved'],
    to: 'in-translation',
    roles: PUBLISHERS,
    needsReason: true,
  },
}

export type TransitionRefusal =
  | { reason: 'unknownAction' }
  | { reason: 'roleNotAllowed' }
  | { reason: 'stateNotAllowed'; state: string }
  | { reason: 'reasonRequired' }
  | { reason: 'translationNotApproved' }
  | { reason: 'translationStale' }
  | { reason: 'sourceNotPublished' }
  | { reason: 'securityHold' }

export type TransitionPlan =
  | { ok: true; scope: 'source'; from: WorkflowState; to: WorkflowState }
  | { ok: true; scope: 'translation'; from: TranslationState; to: TranslationState }
  | { ok: true; scope: 'locale-publication'; locale: Locale; isPublished: boolean }
  | ({ ok: false } & TransitionRefusal)

/**
 * Decides whether `roles` may take `action` on an item (or on one of its translations when
 * `locale` is not Vietnamese), and what the result is. Pure: the endpoint applies the plan.
 */
export function planTransition({
  action,
  locale,
  roles,
  reason,
  item,
}: {
  action: WorkflowAction
  locale: Locale
  roles: readonly StaffRole[]
  reason?: string
  item: {
    state: WorkflowState
    isHeld: boolean
    translation?: { state: TranslationState; isStale: boolean }
    publishedLocales: readonly Locale[]
  }
}): TransitionPlan {
  const hasReason = typeof reason === 'string' && reason.trim() !== ''
  if (locale === DEFAULT_LOCALE) {
    const rule = SOURCE_RULES[action]
    if (!rule) return { ok: false, reason: 'unknownAction' }
    if (!rule.roles.some((role) => roles.includes(role)))
      return { ok: false, reason: 'roleNotAllowed' }
    if (!rule.from.includes(item.state))
      return { ok: false, reason: 'stateNotAllowed', state: item.state }
    if (rule.needsReason && !hasReason) return { ok: false, reason: 'reasonRequired' }
    if (rule.to === 'published' && item.isHeld) return { ok: false, reason: 'securityHold' }
    return { ok: true, scope: 'source', from: item.state, to: rule.to }
  }

  const translation = item.translation ?? { state: 'missing' as const, isStale: false }
  if (action === 'publish' || action === 'unpublish') {
    if (!PUBLISHERS.some((role) => roles.includes(role)))
      return { ok: false, reason: 'roleNotAllowed' }
    if (action === 'unpublish')
      return { ok: true, scope: 'locale-publication', locale, isPublished: false }
    if (item.state !== 'published') return { ok: false, reason: 'sourceNotPublished' }
    if (translation.state !== 'approved') return { ok: false, reason: 'translationNotApproved' }
    if (translation.isStale) return { ok: false, reason: 'translationStale' }
    return { ok: true, scope: 'locale-publication', locale, isPublished: true }
  }
  const rule = TRANSLATION_RULES[action]
  if (!rule) return { ok: false, reason: 'unknownAction' }
  if (!rule.roles.some((role) => roles.includes(role)))
    return { ok: false, reason: 'roleNotAllowed' }
  // A stale approval can be approved again: that is how a translator re-confirms it.
  if (!rule.from.includes(translation.state))
    return { ok: false, reason: 'stateNotAllowed', state: translation.state }
  if (action === 'translate' && translation.state === 'approved' && !translation.isStale)
    return { ok: false, reason: 'stateNotAllowed', state: translation.state }
  if (rule.needsReason && !hasReason) return { ok: false, reason: 'reasonRequired' }
  return { ok: true, scope: 'translation', from: translation.state, to: rule.to }
}
