import type { CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../collections/slugs'

/**
 * The first staff account created on an empty database (through the admin's "create first
 * user" screen or at start) must be able to manage the others, so it is made an admin.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: slugs.users,
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
