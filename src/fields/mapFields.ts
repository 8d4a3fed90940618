import type { Field, Tab } from 'payload'

/**
 * A copy of `fields` with `map` applied to every field at every depth — inside groups, rows,
 * collapsibles, arrays, tabs and blocks — children first, so `map` receives a field whose
 * children are already mapped. `mapTab` (optional) sees each tab with its fields mapped. For the
 * config plugins that adjust every field of every collection.
 */
export function mapFieldsDeep({
  fields,
  map,
  mapTab = (tab) => tab,
}: {
  fields: Field[]
  map: (field: Field) => Field
  mapTab?: (tab: Tab) => Tab
}): Field[] {
  const walk = (list: Field[]): Field[] => list.map(mapOne)
  const mapOne = (field: Field): Field => {
    const copy = { ...field } as Field
    if ('fields' in copy && Array.isArray(copy.fields)) {
      ;(copy as { fields: Field[] }).fields = walk(copy.fields)
    }
    if (copy.type === 'tabs') {
      copy.tabs = copy.tabs.map((tab) => mapTab({ ...tab, fields: walk(tab.fields) }))
    }
    if (copy.type === 'blocks' && Array.isArray(copy.blocks)) {
      copy.blocks = copy.blocks.map((block) => ({ ...block, fields: walk(block.fields) }))
    }
    return map(copy)
  }
  return walk(fields)
}
