/**
 * An engine-neutral filter over search documents. The visibility rule of src/access arrives
 * as a Payload `Where` and is translated into this form once (whereToFilter); each engine
 * then turns it into its own filter (a Meilisearch filter string, an in-process predicate).
 *
 * On a many-valued field (`topics`, `allowedUsers`) a comparison holds when any value
 * matches, as in Payload and Meilisearch. `isNull` holds for null, a missing field and an
 * empty list.
 */
export type FilterNode =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'and'; nodes: FilterNode[] }
  | { kind: 'or'; nodes: FilterNode[] }
  | { kind: 'not'; node: FilterNode }
  | { kind: 'compare'; field: FilterField; op: CompareOperator; value: FilterValue }
  | { kind: 'in'; field: FilterField; values: FilterValue[] }
  | { kind: 'isNull'; field: FilterField }

export type CompareOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'

export type FilterValue = string | number | boolean

/** The document fields a filter may name (see SearchDocument). */
export const FILTER_FIELDS = [
  'collection',
  'itemKey',
  'locale',
  'type',
  'infoType',
  'topics',
  'agency',
  'year',
  'accessTier',
  'allowedUsers',
  'embargoUntil',
  'pressReleaseAt',
  'withdrawnAt',
  'publishedAt',
  'date',
  'status',
  'isLocalePublished',
] as const

export type FilterField = (typeof FILTER_FIELDS)[number]

export const matchAll: FilterNode = { kind: 'all' }
export const matchNone: FilterNode = { kind: 'none' }

/** All of `nodes`, simplified: `all` members drop out, a `none` member makes the whole `none`. */
export function allOf(nodes: FilterNode[]): FilterNode {
  return combine({ kind: 'and', nodes, neutral: matchAll, absorbing: matchNone })
}

/** Any of `nodes`, simplified: `none` members drop out, an `all` member makes the whole `all`. */
export function anyOf(nodes: FilterNode[]): FilterNode {
  return combine({ kind: 'or', nodes, neutral: matchNone, absorbing: matchAll })
}

/** `field` equals `value` (or, on a many-valued field, contains it). */
export function fieldEquals({
  field,
  value,
}: {
  field: FilterField
  value: FilterValue
}): FilterNode {
  return { kind: 'compare', field, op: 'eq', value }
}

/** `field` is one of `values`; an empty list matches nothing. */
export function fieldIn({
  field,
  values,
}: {
  field: FilterField
  values: FilterValue[]
}): FilterNode {
  if (values.length === 0) return matchNone
  return { kind: 'in', field, values }
}

/**
 * `nodes` joined by `kind`, flattened and simplified: a `neutral` member (`all` in an `and`)
 * drops out, an `absorbing` one (`none` in an `and`) decides the whole, and what is left of a
 * single member is that member.
 */
function combine({
  kind,
  nodes,
  neutral,
  absorbing,
}: {
  kind: 'and' | 'or'
  nodes: FilterNode[]
  neutral: FilterNode
  absorbing: FilterNode
}): FilterNode {
  const kept: FilterNode[] = []
  for (const node of nodes) {
    if (node.kind === absorbing.kind) return absorbing
    if (node.kind === neutral.kind) continue
    if (node.kind === kind) kept.push(...node.nodes)
    else kept.push(node)
  }
  if (kept.length === 0) return neutral
  return kept.length === 1 ? kept[0]! : { kind, nodes: kept }
}
