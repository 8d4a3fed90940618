import type { Where } from 'payload'

import { AppError } from '../../errors/AppError'
import {
  allOf,
  anyOf,
  matchAll,
  matchNone,
  type CompareOperator,
  type FilterField,
  type FilterNode,
  type FilterValue,
} from './FilterNode'

/** How a field of a Payload `Where` is found in a search document, and how its values read. */
export type WhereFieldMapping = Record<
  string,
  { field: FilterField; kind: 'string' | 'id' | 'date' | 'number' | 'boolean' }
>

/**
 * The content fields the visibility rule (src/access/visibility.ts) speaks of, as the search
 * documents carry them: ids as strings, dates as epoch milliseconds.
 */
export const CONTENT_WHERE_FIELDS: WhereFieldMapping = {
  _status: { field: 'status', kind: 'string' },
  accessTier: { field: 'accessTier', kind: 'string' },
  agency: { field: 'agency', kind: 'id' },
  allowedUsers: { field: 'allowedUsers', kind: 'id' },
  embargoUntil: { field: 'embargoUntil', kind: 'date' },
  pressReleaseAt: { field: 'pressReleaseAt', kind: 'date' },
  withdrawnAt: { field: 'withdrawnAt', kind: 'date' },
  topics: { field: 'topics', kind: 'id' },
  infoType: { field: 'infoType', kind: 'string' },
}

/** A `Where` names a field or operator the search documents cannot answer. */
export class UnsupportedWhereError extends AppError {
  constructor(message: string) {
    super({ message, status: 500 })
  }
}

/**
 * Translates a Payload access result (`true`, `false` or a `Where`) into a {@link FilterNode}.
 * Anything it does not understand throws instead of being dropped: a filter that silently
 * lost a condition would show someone an item above their tier.
 */
export function whereToFilter({
  where,
  fields = CONTENT_WHERE_FIELDS,
}: {
  where: boolean | Where
  fields?: WhereFieldMapping
}): FilterNode {
  if (where === true) return matchAll
  if (where === false) return matchNone
  const nodes: FilterNode[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw new UnsupportedWhereError(`"${key}" must hold a list`)
      const inner = value.map((item) => whereToFilter({ where: item, fields }))
      nodes.push(key === 'and' ? allOf(inner) : anyOf(inner))
      continue
    }
    const mapping = fields[key]
    if (!mapping) throw new UnsupportedWhereError(`The search index has no field for "${key}"`)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UnsupportedWhereError(`Expected operators for "${key}"`)
    }
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      nodes.push(translateCondition({ mapping, operator, operand, key }))
    }
  }
  return allOf(nodes)
}

const COMPARISONS: Record<string, CompareOperator> = {
  equals: 'eq',
  not_equals: 'ne',
  less_than: 'lt',
  less_than_equal: 'lte',
  greater_than: 'gt',
  greater_than_equal: 'gte',
}

function translateCondition({
  mapping,
  operator,
  operand,
  key,
}: {
  mapping: WhereFieldMapping[string]
  operator: string
  operand: unknown
  key: string
}): FilterNode {
  const { field } = mapping
  if (operator === 'exists') {
    const isNull: FilterNode = { kind: 'isNull', field }
    const wantsValue = operand === true || operand === 'true'
    return wantsValue ? { kind: 'not', node: isNull } : isNull
  }
  if (operator === 'in' || operator === 'not_in') {
    if (!Array.isArray(operand))
      throw new UnsupportedWhereError(`"${key}.${operator}" needs a list`)
    const values = operand.filter((item) => item !== null && item !== undefined)
    const matches = anyOf([
      ...(values.length < operand.length ? [{ kind: 'isNull', field } as FilterNode] : []),
      ...(values.length > 0
        ? [
            {
              kind: 'in',
              field,
              values: values.map((item) => convert({ mapping, value: item, key })),
            } as FilterNode,
          ]
        : []),
    ])
    return operator === 'in' ? matches : negate(matches)
  }
  const op = COMPARISONS[operator]
  if (!op) throw new UnsupportedWhereError(`Unsupported operator "${operator}" on "${key}"`)
  if (operand === null || operand === undefined) {
    if (op === 'eq') return { kind: 'isNull', field }
    if (op === 'ne') return { kind: 'not', node: { kind: 'isNull', field } }
    throw new UnsupportedWhereError(`"${key}.${operator}" cannot compare with null`)
  }
  return { kind: 'compare', field, op, value: convert({ mapping, value: operand, key }) }
}

function negate(node: FilterNode): FilterNode {
  if (node.kind === 'all') return matchNone
  if (node.kind === 'none') return matchAll
  return { kind: 'not', node }
}

function convert({
  mapping,
  value,
  key,
}: {
  mapping: WhereFieldMapping[string]
  value: unknown
  key: string
}): FilterValue {
  switch (mapping.kind) {
    case 'date': {
      const time =
        value instanceof Date
          ? value.getTime()
          : typeof value === 'number'
            ? value
            : Date.parse(String(value))
      if (Number.isNaN(time)) throw new UnsupportedWhereError(`"${key}" needs a date`)
      return time
    }
    case 'id':
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new UnsupportedWhereError(`"${key}" needs an id`)
      }
      return String(value)
    case 'number':
      if (typeof value !== 'number') throw new UnsupportedWhereError(`"${key}" needs a number`)
      return value
    case 'boolean':
      if (typeof value !== 'boolean') throw new UnsupportedWhereError(`"${key}" needs a boolean`)
      return value
    case 'string':
      if (typeof value !== 'string') throw new UnsupportedWhereError(`"${key}" needs text`)
      return value
  }
}
