import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { mapFieldsDeep } from '../fields/mapFields'

/**
 * Keeps the admin's "edit many" (the list's bulk edit and the bulk upload's "Chỉnh sửa tất
 * cả") to the fields people write: fields the server keeps (read-only in the admin: stored
 * names, counters, renditions, workflow state, translation bookkeeping), hidden ones, and the
 * storage plugin's object keys (`prefix`, `_objectKey`) are left out of its field picker. A
 * field written in bulk there would be refused or silently rewritten by the hooks that own it.
 * Runs after the plugins that add fields.
 */
export function bulkEditPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(
      (collection): CollectionConfig => ({
        ...collection,
        fields: mapFieldsDeep({ fields: collection.fields, map: withBulkEditLimit }),
      }),
    ),
  })
}

const STORAGE_FIELDS: ReadonlySet<string> = new Set(['prefix', '_objectKey'])

function withBulkEditLimit(field: Field): Field {
  const admin = (field.admin ?? {}) as { readOnly?: boolean; hidden?: boolean }
  const isServerOwned =
    admin.readOnly === true ||
    admin.hidden === true ||
    ('hidden' in field && field.hidden === true) ||
    ('name' in field && STORAGE_FIELDS.has(field.name))
  return isServerOwned
    ? ({ ...field, admin: { ...field.admin, disableBulkEdit: true } } as Field)
    : field
}
