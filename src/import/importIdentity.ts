import type { CollectionBeforeChangeHook, Field } from 'payload'

import type { EditorialSlug } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { translatedError } from '../errors/translatedError'

/**
 * What makes an imported item findable again, so that importing a batch twice changes nothing:
 * the identifier the source system gave it (`externalId`, a sheet's column), or for a file that
 * came without a row the SHA-256 of its bytes (`sourceHash`). Each is unique within an agency
 * ({@link refuseDuplicateImportIdentity}); not a unique database index, because most items
 * have neither and MongoDB's compound unique index counts every missing value as one.
 */
export const importIdentityFields: Field[] = [
  {
    name: 'externalId',
    type: 'text',
    index: true,
    maxLength: 200,
    label: { vi: 'Mã ở hệ thống nguồn', en: 'External identifier' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Mã của mục ở hệ thống đã cung cấp nó (cột externalId khi nhập hàng loạt); không trùng trong một cơ quan.',
        en: 'The identifier of the item in the system it came from (the externalId column of a batch import); unique within an agency.',
      },
    },
  },
  {
    name: 'sourceHash',
    type: 'text',
    index: true,
    maxLength: 64,
    label: { vi: 'Mã băm tệp nhập', en: 'Imported file hash' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.sourceHash) },
  },
]

/**
 * Refuses (409) a save that would give an item the `externalId` or `sourceHash` another item of
 * the same agency has.
 */
export const refuseDuplicateImportIdentity: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const original = originalDoc as Record<string, unknown> | undefined
  const originalId = original?.id as number | string | undefined
  const merged = { ...original, ...data }
  const agency = relationId(merged.agency)
  if (agency === null) return data
  for (const field of ['externalId', 'sourceHash'] as const) {
    const value = data[field] as unknown
    if (typeof value !== 'string' || value === '') continue
    if (value === original?.[field]) continue
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as EditorialSlug,
      where: {
        and: [
          { agency: { equals: agency } },
          { [field]: { equals: value } },
          ...(originalId === undefined ? [] : [{ id: { not_equals: originalId } }]),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw translatedError({
        req,
        status: 409,
        key: 'import.duplicateIdentity',
        params: { value },
      })
  }
  return data
}
