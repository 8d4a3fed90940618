import type { FieldHook, Where } from 'payload'

import { isLocale, type Locale } from '../i18n/locales'

/**
 * What a syndication target takes, from its own settings: languages, topics and kinds of
 * information, and whether a published version must first be approved by the managing
 * department (Sở VHTTDL) before it goes to the target. `null` on an axis takes everything on it;
 * an empty target takes all public content. Pushes (`enqueueDeliveries`), the feeds' and the
 * sync's `?target=` all decide with this one filter, so what a portal pulls is what it is pushed.
 */
export type TargetFilter = {
  languages: Locale[] | null
  /** The target's topics by id, for queries on items (which hold topic ids). */
  topicIds: string[] | null
  /** The same topics by slug, for change-log entries (which hold topic slugs). */
  topicSlugs: string[] | null
  infoTypes: string[] | null
  /**
   * Takes a published version only once the department approved it: the version's approval
   * release in the change log (src/syndication/distributionApprovals.ts), never the entry the
   * publication wrote. Tombstones are not held back.
   */
  requiresApproval: boolean
}

/** A syndication target as stored, its topics populated (`depth: 1`) so slugs are known. */
export type TargetSettings = {
  languages?: string[] | null
  topics?: Array<number | string | { id: number | string; slug?: string | null }> | null
  infoTypes?: string[] | null
  kind?: string | null
  /** Unset on targets stored before the setting existed: see {@link requiresDepartmentApproval}. */
  requiresDepartmentApproval?: boolean | null
}

/** One published version or tombstone, as the change log describes it. */
export type SyndicatedEntry = {
  kind: string
  /**
   * An upsert re-appended when the department approved that version for national distribution:
   * what targets requiring approval take instead of the entry the publication wrote.
   */
  isApprovalRelease?: boolean | null
  locale: string
  /** Topic slugs of the item (the change log keeps slugs). */
  topics?: unknown
  infoType?: string | null
}

/** Turns a target's stored settings into its filter. */
export function targetFilterOf({ target }: { target: TargetSettings }): TargetFilter {
  const languages = (target.languages ?? []).filter(isLocale)
  const topics = target.topics ?? []
  const infoTypes = target.infoTypes ?? []
  return {
    languages: languages.length > 0 ? languages : null,
    topicIds:
      topics.length > 0
        ? topics.map((topic) => String(typeof topic === 'object' ? topic.id : topic))
        : null,
    // A topic given only by id (not populated, or deleted) has no slug and so matches no entry.
    topicSlugs:
      topics.length > 0
        ? topics.flatMap((topic) =>
            typeof topic === 'object' && typeof topic.slug === 'string' ? [topic.slug] : [],
          )
        : null,
    infoTypes: infoTypes.length > 0 ? infoTypes : null,
    requiresApproval: requiresDepartmentApproval({ target }),
  }
}

/**
 * Whether a target takes only department-approved versions: its setting, and where it was never
 * set (a target stored before the setting existed) the default — on for the national portal
 * (`vietnam-vn`), off otherwise.
 */
export function requiresDepartmentApproval({
  target,
}: {
  target: Pick<TargetSettings, 'kind' | 'requiresDepartmentApproval'>
}): boolean {
  return target.requiresDepartmentApproval ?? target.kind === 'vietnam-vn'
}

/**
 * The `requiresDepartmentApproval` field's hook: a value left unset takes the kind's default
 * ({@link requiresDepartmentApproval}), so the stored setting says what the target does.
 */
export const defaultApprovalByKind: FieldHook = ({ value, siblingData }) =>
  typeof value === 'boolean'
    ? value
    : requiresDepartmentApproval({ target: { kind: (siblingData as TargetSettings).kind } })

/** The filter of a request that names no target: all public content, as published. */
export const OPEN_TARGET_FILTER: TargetFilter = targetFilterOf({ target: {} })

/**
 * Whether a target takes a change-log entry. A topic or info-type filter takes only entries
 * that carry a matching value: a photo logged on its own has neither, and reaches such a
 * target inside the articles it illustrates (their ninjs `associations`). A published version
 * reaches a target requiring approval as its approval release, and every other target as
 * published (so each is sent a version once); a tombstone reaches both at once.
 */
export function isSelectedByTarget({
  filter,
  entry,
}: {
  filter: TargetFilter
  entry: SyndicatedEntry
}): boolean {
  if (entry.kind !== 'tombstone' && filter.requiresApproval !== Boolean(entry.isApprovalRelease))
    return false
  return takesContentOf({ filter, entry })
}

/**
 * Whether publishing `entry` puts it in the department's approval queue: a published version
 * (not its release) that this target, requiring approval, would take once approved.
 */
export function awaitsApprovalFor({
  filter,
  entry,
}: {
  filter: TargetFilter
  entry: SyndicatedEntry
}): boolean {
  return (
    filter.requiresApproval &&
    entry.kind === 'upsert' &&
    !entry.isApprovalRelease &&
    takesContentOf({ filter, entry })
  )
}

/**
 * The same filter as a query on articles in `locale`, for the feeds: `null` when the target
 * takes nothing in that language. Agrees with {@link isSelectedByTarget} on every article whose
 * topics are the ones its log entry names (targetFilter.spec.ts checks both on the same items).
 * A target requiring approval takes only `approvedIds`: the articles whose current version in
 * `locale` the department approved (src/syndication/distributionApprovals.ts reads them).
 */
export function targetArticleWhere({
  filter,
  locale,
  approvedIds = [],
}: {
  filter: TargetFilter
  locale: Locale
  /** Read only for a target requiring approval. */
  approvedIds?: ReadonlyArray<number | string>
}): Where | null {
  if (filter.languages && !filter.languages.includes(locale)) return null
  if (filter.requiresApproval && approvedIds.length === 0) return null
  return {
    and: [
      ...(filter.requiresApproval ? [{ id: { in: [...approvedIds] } }] : []),
      ...(filter.topicIds ? [{ topics: { in: filter.topicIds } }] : []),
      ...(filter.infoTypes ? [{ infoType: { in: filter.infoTypes } }] : []),
    ],
  }
}

/** The target's languages, topics and kinds of information, without the approval gate. */
function takesContentOf({
  filter,
  entry,
}: {
  filter: TargetFilter
  entry: SyndicatedEntry
}): boolean {
  if (filter.languages && !(filter.languages as string[]).includes(entry.locale)) return false
  if (filter.topicSlugs) {
    const topics = Array.isArray(entry.topics) ? entry.topics.map(String) : []
    if (!topics.some((slug) => filter.topicSlugs!.includes(slug))) return false
  }
  if (filter.infoTypes && !(entry.infoType && filter.infoTypes.includes(entry.infoType)))
    return false
  return true
}
