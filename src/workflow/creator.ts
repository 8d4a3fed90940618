import type { Field, FieldHook } from 'payload'

import { slugs } from '../../collections/slugs'
import { isStaffUser } from '../access/roles'

/**
 * Who created an item: set once, on create, from the signed-in staff member, and kept on every
 * later save whatever a client sends — so the dashboard's "my drafts" means drafts I started
 * (the workflow timeline only begins at the first submission).
 */
export const creatorField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: slugs.users,
  index: true,
  label: { vi: 'Người tạo', en: 'Created by' },
  // Other staff accounts are not readable by every role; the id alone serves the dashboard.
  admin: { hidden: true, readOnly: true },
  access: { read: ({ req: { user } }) => isStaffUser(user) },
  hooks: { beforeChange: [keepCreator()] },
}

function keepCreator(): FieldHook {
  return ({ operation, req, originalDoc }) => {
    if (operation === 'create') return isStaffUser(req.user) && req.user ? req.user.id : null
    const stored = (originalDoc as { createdBy?: unknown } | undefined)?.createdBy
    if (typeof stored === 'object' && stored !== null) return (stored as { id: unknown }).id
    return stored ?? null
  }
}
