import type { FilterNode, FilterValue } from '../filter/FilterNode'

/**
 * A Meilisearch filter expression for `node`, or `undefined` when it matches everything.
 * `none` becomes a condition no document meets (`id` is always set), because Meilisearch has
 * no literal false. Null checks cover null, missing and empty lists, as `isNull` means.
 */
export function toMeilisearchFilter(node: FilterNode): string | undefined {
  if (node.kind === 'all') return undefined
  return expression(node)
}

function expression(node: FilterNode): string {
  switch (node.kind) {
    case 'all':
      return 'id EXISTS'
    case 'none':
      return 'NOT id EXISTS'
    case 'and':
      return node.nodes.map((inner) => `(${expression(inner)})`).join(' AND ')
    case 'or':
      return node.nodes.map((inner) => `(${expression(inner)})`).join(' OR ')
    case 'not':
      return `NOT (${expression(node.node)})`
    case 'isNull':
      return `${node.field} IS NULL OR ${node.field} IS EMPTY OR ${node.field} NOT EXISTS`
    case 'in':
      return `${node.field} IN [${node.values.map(literal).join(', ')}]`
    case 'compare': {
      const operator = { eq: '=', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' }[node.op]
      return `${node.field} ${operator} ${literal(node.value)}`
    }
  }
}

function literal(value: FilterValue): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
