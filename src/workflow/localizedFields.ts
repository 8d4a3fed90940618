import type { Field } from 'payload'

/** A path to a localized field, as segments through named groups: `['place', 'name']`. */
export type LocalizedFieldPath = string[]

/**
 * The localized fields of a collection, as paths through named, non-localized groups (rows,
 * collapsibles and unnamed tabs are layout only). A localized group counts as one field: its
 * whole value is per locale. Used to hold every language of an item to the workflow's rule that
 * only published languages are live (src/workflow/publishedLocaleReads.ts, liveDocument.ts).
 */
export function localizedFieldPaths({ fields }: { fields: Field[] }): LocalizedFieldPath[] {
  const paths: LocalizedFieldPath[] = []
  for (const field of fields) {
    if ('name' in field && field.name) {
      if ('localized' in field && field.localized === true) paths.push([field.name])
      else if (field.type === 'group') {
        for (const inner of localizedFieldPaths({ fields: field.fields }))
          paths.push([field.name, ...inner])
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      paths.push(...localizedFieldPaths({ fields: field.fields }))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (tab.localized === true) paths.push([tab.name])
          else
            for (const inner of localizedFieldPaths({ fields: tab.fields }))
              paths.push([tab.name, ...inner])
        } else paths.push(...localizedFieldPaths({ fields: tab.fields }))
      }
    }
  }
  return paths
}

/**
 * Workflow record fields that are localized but are not content: the state of each translation.
 * Staff-only; they follow the latest version rather than the live text.
 */
export const WORKFLOW_RECORD_FIELDS: ReadonlySet<string> = new Set(['translation'])

/** The localized content fields (every localized field but the workflow record). */
export function localizedContentPaths({ fields }: { fields: Field[] }): LocalizedFieldPath[] {
  return localizedFieldPaths({ fields }).filter((path) => !WORKFLOW_RECORD_FIELDS.has(path[0]!))
}

/** The object holding the last segment of `path` inside `doc`, created on the way if asked. */
export function parentAt({
  doc,
  path,
  create,
}: {
  doc: Record<string, unknown>
  path: LocalizedFieldPath
  create: boolean
}): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = doc
  for (const segment of path.slice(0, -1)) {
    const next = current[segment]
    if (next && typeof next === 'object' && !Array.isArray(next)) {
      current = next as Record<string, unknown>
    } else if (create) {
      const created: Record<string, unknown> = {}
      current[segment] = created
      current = created
    } else return undefined
  }
  return current
}
