import type { CollectionConfig } from 'payload'

import {
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
  isAdmin,
  isAdminField,
  isAdminOrSelf,
  isStaff,
  isStaffUser,
} from '../../src/access/roles'
import {
  accountAuth,
  accountEndpoints,
  accountHooks,
  fullNameField,
} from '../../src/auth/accountCollection'
import { slugs } from '../slugs'
import { staffResetPasswordEmail, STAFF_RESET_LINK_MS } from '../../src/users/resetPasswordEmail'
import { makeFirstUserAdmin } from '../../src/users/makeFirstUserAdmin'

/** Staff accounts: the only accounts that reach the admin panel. */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: {
    singular: { vi: 'Cán bộ', en: 'Staff member' },
    plural: { vi: 'Cán bộ', en: 'Staff' },
  },
  auth: accountAuth({
    resetPasswordEmail: staffResetPasswordEmail,
    resetLinkMs: STAFF_RESET_LINK_MS,
    sessionSeconds: 8 * 60 * 60,
  }),
  // Where an item names a user (allowed readers, a timeline step, a hold clearance) only these
  // fields are populated: never session records or login counters.
  defaultPopulate: { name: true, email: true, roles: true, agency: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'agency'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    create: isAdmin,
    read: isStaff,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: accountHooks({ beforeChange: [makeFirstUserAdmin] }),
  endpoints: accountEndpoints({ collection: slugs.users }),
  fields: [
    fullNameField,
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Roles' },
      options: STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: slugs.agencies,
      saveToJWT: true,
      label: { vi: 'Cơ quan', en: 'Agency' },
      admin: {
        description: {
          vi: 'Cơ quan, đơn vị mà cán bộ thuộc về; quyết định nội dung được phép biên tập.',
          en: 'The agency this staff member belongs to; it decides which content they may edit.',
        },
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
