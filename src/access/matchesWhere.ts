import type { Where } from 'payload'

/**
 * Evaluates a Payload `Where` against a document in memory, for the operators the visibility
 * rule uses (equals, not_equals, in, less_than_equal, greater_than, exists, and, or). Lets code
 * that holds a document rather than a query — the syndication change log, say — apply the very
 * same rule. An operator it does not know makes the document not match: fail closed.
 */
export function matchesWhere({
  doc,
  where,
}: {
  doc: Record<string, unknown>
  where: Where
}): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and')
      return (condition as Where[]).every((inner) => matchesWhere({ doc, where: inner }))
    if (key === 'or')
      return (condition as Where[]).some((inner) => matchesWhere({ doc, where: inner }))
    const value = valueAt({ doc, path: key })
    return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) =>
      matchesOperator({ value, operator, operand }),
    )
  })
}

function matchesOperator({
  value,
  operator,
  operand,
}: {
  value: unknown
  operator: string
  operand: unknown
}): boolean {
  const values = Array.isArray(value) ? value.map(idOf) : [idOf(value)]
  switch (operator) {
    case 'equals':
      if (operand === null) return values.every((item) => item === null || item === undefined)
      return values.some((item) => sameValue(item, operand))
    case 'not_equals':
      return !values.some((item) => sameValue(item, operand))
    case 'in':
      return (
        Array.isArray(operand) &&
        values.some((item) => operand.some((candidate) => sameValue(item, candidate)))
      )
    case 'less_than_equal':
      return values.some((item) => compare(item, operand) <= 0)
    case 'greater_than':
      return values.some((item) => compare(item, operand) > 0)
    case 'exists':
      return values.some((item) => item !== null && item !== undefined) === Boolean(operand)
    default:
      return false
  }
}

function valueAt({ doc, path }: { doc: Record<string, unknown>; path: string }): unknown {
  return path.split('.').reduce<unknown>((node, part) => {
    if (node === null || node === undefined || typeof node !== 'object') return undefined
    return (node as Record<string, unknown>)[part]
  }, doc)
}

/** A populated relation compares as its id. */
function idOf(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left === null || left === undefined || right === null || right === undefined)
    return left == right
  return scalar(left) === scalar(right)
}

/** Ids, tier names and dates compare as text; anything else never equals. */
function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined
}

function compare(left: unknown, right: unknown): number {
  if (left === null || left === undefined) return Number.NaN
  const leftTime = Date.parse(scalar(left) ?? '')
  const rightTime = Date.parse(scalar(right) ?? '')
  if (!Number.isNaN(leftTime) && !Number.isNaN(rightTime)) return leftTime - rightTime
  return Number(left) - Number(right)
}
