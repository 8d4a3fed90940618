import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Endpoint,
  Field,
  IncomingAuthType,
} from 'payload'

import type { CollectionSlug } from '../../collections/slugs'
import {
  auditAfterChange,
  auditAfterDelete,
  auditLogin,
  auditLogout,
  auditNoteUpdate,
} from '../audit/hooks'
import { singleLineText } from '../fields/singleLine'
import { authCookieOptions } from '../http/authCookies'
import { deferResetMail, mailResetLinkAfterAnswer } from './deferredResetMail'
import { equalizeLoginTiming, genericLoginFailure } from './genericLoginAnswer'
import { enforcePasswordPolicy } from './passwordPolicyHooks'
import { steadyForgotPasswordEndpoint } from './steadyForgotPassword'

/** A password-reset e-mail: its subject and HTML for an account and its one-time token. */
export type ResetPasswordEmail = (args: { user: unknown; token: string }) => {
  subject: string
  html: string
}

/**
 * The login behaviour every account collection shares (staff and journalists): no hard lock,
 * the reset mail sent after the answer, the project's cookies.
 */
export function accountAuth({
  resetPasswordEmail,
  resetLinkMs,
  sessionSeconds,
  verify,
}: {
  resetPasswordEmail: ResetPasswordEmail
  resetLinkMs: number
  sessionSeconds: number
  verify?: IncomingAuthType['verify']
}): IncomingAuthType {
  return {
    ...(verify ? { verify } : {}),
    // No hard lock: it let anyone who knew the address keep the owner out. Failed logins make
    // the next attempt wait instead (progressive delay per account, limit per address), see
    // src/rateLimits/loginDelay.ts.
    maxLoginAttempts: 0,
    // Mailed after the answer (src/auth/deferredResetMail.ts), in the account's language.
    forgotPassword: {
      expiration: resetLinkMs,
      generateEmailSubject: (args) =>
        resetPasswordEmail({ user: args?.user, token: String(args?.token) }).subject,
      generateEmailHTML: (args) =>
        resetPasswordEmail({ user: args?.user, token: String(args?.token) }).html,
    },
    tokenExpiration: sessionSeconds,
    cookies: authCookieOptions(),
  }
}

/**
 * An account collection's hooks: the login and reset paths answer the same whether or not an
 * address has an account and in steady time, passwords follow the policy, and every change,
 * login and logout is audited. The collection's own change and delete hooks run before the
 * audit records the result.
 */
export function accountHooks({
  beforeChange = [],
  afterChange = [],
  beforeDelete = [],
}: {
  beforeChange?: CollectionBeforeChangeHook[]
  afterChange?: CollectionAfterChangeHook[]
  beforeDelete?: CollectionBeforeDeleteHook[]
}): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [auditNoteUpdate, enforcePasswordPolicy, equalizeLoginTiming, deferResetMail],
    afterOperation: [mailResetLinkAfterAnswer],
    afterError: [genericLoginFailure],
    beforeChange,
    afterChange: [...afterChange, auditAfterChange],
    beforeDelete,
    afterDelete: [auditAfterDelete],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
  }
}

/** An account collection's endpoints: its steady forgot-password first, then its own. */
export function accountEndpoints({
  collection,
  endpoints = [],
}: {
  collection: CollectionSlug
  endpoints?: Endpoint[]
}): Endpoint[] {
  return [steadyForgotPasswordEndpoint({ collection }), ...endpoints]
}

/** The account holder's full name, on one line. */
export const fullNameField: Field = {
  name: 'name',
  type: 'text',
  required: true,
  maxLength: 200,
  label: { vi: 'Họ và tên', en: 'Full name' },
  hooks: { beforeValidate: [singleLineText] },
}
