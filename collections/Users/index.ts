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
  auditAfterChange,
  auditAfterDelete,
  auditLogin,
  auditLogout,
  auditNoteUpdate,
} from '../../src/audit/hooks'
import { deferResetMail, mailResetLinkAfterAnswer } from '../../src/auth/deferredResetMail'
import { equalizeLoginTiming, genericLoginFailure } from '../../src/auth/genericLoginAnswer'
import { enforcePasswordPolicy } from '../../src/auth/passwordPolicyHooks'
import { steadyForgotPasswordEndpoint } from '../../src/auth/steadyForgotPassword'
import { authCookieOptions } from '../../src/http/authCookies'
import { singleLineText } from '../../src/fields/singleLine'
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
  auth: {
    // No hard lock: it let anyone who knew the address keep the owner out. Failed logins make
    // the next attempt wait instead (progressive delay per account, limit per address), see
    // src/rateLimits/loginDelay.ts.
    maxLoginAttempts: 0,
    // Mailed after the answer (src/auth/deferredResetMail.ts), in the account's language.
    forgotPassword: {
      expiration: STAFF_RESET_LINK_MS,
      generateEmailSubject: (args) =>
        staffResetPasswordEmail({ user: args?.user, token: String(args?.token) }).subject,
      generateEmailHTML: (args) =>
        staffResetPasswordEmail({ user: args?.user, token: String(args?.token) }).html,
    },
    tokenExpiration: 8 * 60 * 60,
    cookies: authCookieOptions(),
  },
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
  hooks: {
    beforeOperation: [auditNoteUpdate, enforcePasswordPolicy, equalizeLoginTiming, deferResetMail],
    afterOperation: [mailResetLinkAfterAnswer],
    afterError: [genericLoginFailure],
    beforeChange: [makeFirstUserAdmin],
    afterChange: [auditAfterChange],
    afterDelete: [auditAfterDelete],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
  },
  endpoints: [steadyForgotPasswordEndpoint({ collection: slugs.users })],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Họ và tên', en: 'Full name' },
      hooks: { beforeValidate: [singleLineText] },
    },
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
