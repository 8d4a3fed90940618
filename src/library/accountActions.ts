'use server'

import { cookies, headers as nextHeaders } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { registerJournalist } from '../journalists/registration'
import { resendVerificationLink } from '../journalists/resendVerification'
import { passwordProblem } from '../auth/passwordPolicy'
import { FORGOT_PASSWORD_MIN_MS, waitUntil } from '../auth/steadyForgotPassword'
import { libraryTranslator, translate, type LibraryTranslator } from '../i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { limitMessageOf, libraryLimitMessage, onBehalfOfReader } from '../rateLimits/libraryLimits'
import { tooManyRequestsMessage } from '../rateLimits/tooManyRequests'
import { endSession } from './endSession'
import { getReader, type Reader } from './reader'
import { parseLibrarySearch } from './searchQuery'

/** What a form action answers to its form: field errors or a message, in the reader's language. */
export type FormState = {
  error?: string
  fieldErrors?: Record<string, string>
  done?: string
  /** What the reader typed, passwords left out, for the form to show again after an error. */
  values?: Record<string, string>
  /**
   * Set only for someone who gave an account's right password while its address is not yet
   * confirmed: the form then offers to send the confirmation link again to this address.
   */
  unverifiedEmail?: string
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Signs a journalist in: Payload checks the password, lockout and e-mail verification. A wrong
 * password and an unknown address get one answer; "not confirmed yet" is said only to someone
 * who gave the right password — Payload checks verification after the password
 * (payload/dist/auth/operations/login.js) — so a stranger learns nothing about an address.
 */
export async function login(_state: FormState, form: FormData): Promise<FormState> {
  const { lang, t, payload } = await formContext({ form })
  const email = text(form, 'email')
  const password = secret(form, 'password')
  const values = { email }
  let token: string | undefined
  let exp: number | undefined
  try {
    const result = await payload.login({
      collection: slugs.journalists,
      data: { email, password },
      overrideAccess: false,
      // Limited like the REST login: per address, and a growing wait after failures in a row.
      ...(await onBehalfOfReader()),
    })
    token = result.token
    exp = result.exp
  } catch (error) {
    // A limit (429) says how long to wait; it is the same for addresses with and without an
    // account, so it tells nothing about them.
    const limited = limitMessageOf({ error, lang })
    if (limited) return { error: limited, values }
    // By name, not instanceof: the bundled server may hold its own copy of Payload's classes.
    if (error instanceof Error && error.name === 'UnverifiedEmail') {
      return { error: t('account.notVerified'), values, unverifiedEmail: email.toLowerCase() }
    }
    // Wrong password or unknown address: one answer for both, so the form does not tell which
    // addresses have accounts.
    return { error: t('account.loginFailed'), values }
  }
  if (!token) return { error: t('account.loginFailed'), values }
  await setSessionCookie({ token, expiresAt: exp ? new Date(exp * 1000) : undefined })
  redirect(`/${lang}/account`)
}

/** Ends the session on the server (the token stops working anywhere) and removes the cookie. */
export async function logout(form: FormData): Promise<void> {
  const lang = langOf(form)
  const { payload, user } = await getReader()
  await endSession({ payload, user })
  const jar = await cookies()
  jar.delete(`${payload.config.cookiePrefix}-token`)
  redirect(`/${lang}`)
}

/**
 * Creates a press account the way every anonymous registration goes (registerJournalist: access
 * control on, the accreditation fields stay the press officers'); Payload sends the verification
 * e-mail in the journalist's language.
 */
export async function register(_state: FormState, form: FormData): Promise<FormState> {
  const { lang, t, payload } = await formContext({ form })
  const values = {
    name: text(form, 'name'),
    email: text(form, 'email').toLowerCase(),
    password: secret(form, 'password'),
    outlet: text(form, 'outlet'),
    country: text(form, 'country').toUpperCase(),
    pressCardNumber: text(form, 'pressCardNumber'),
  }
  // Shown again after an error, so nothing has to be typed twice; never the password.
  const { password: _password, ...typed } = values
  const fieldErrors: Record<string, string> = {}
  for (const name of ['name', 'email', 'password', 'outlet', 'country'] as const) {
    if (!values[name]) fieldErrors[name] = t('account.required')
  }
  if (values.email && !EMAIL_PATTERN.test(values.email))
    fieldErrors.email = t('account.invalidEmail')
  const passwordIssue = values.password
    ? passwordProblem({ password: values.password, email: values.email })
    : null
  if (passwordIssue) fieldErrors.password = translate({ locale: lang, ...passwordIssue })
  if (Object.keys(fieldErrors).length > 0) {
    return { error: t('account.invalidForm'), fieldErrors, values: typed }
  }

  try {
    // An address that already has an account gets the same answer as a new one, in comparable
    // time; nothing is stored and its owner is told by e-mail instead (registerJournalist).
    await registerJournalist({
      payload,
      data: {
        ...values,
        pressCardNumber: values.pressCardNumber || undefined,
        preferredLanguage: lang,
        accreditationStatus: 'pending',
      },
      lang,
      // Limited like `POST /api/journalists`: so many registrations per address and per e-mail.
      ...(await onBehalfOfReader()),
    })
  } catch (error) {
    const limited = limitMessageOf({ error, lang })
    if (limited) return { error: limited, values: typed }
    // By shape, not instanceof: the bundled server may hold its own copy of Payload's classes.
    const invalidPaths = validationErrorPaths(error)
    if (!invalidPaths) throw error
    return {
      error: t('account.invalidForm'),
      values: typed,
      fieldErrors: Object.fromEntries(
        invalidPaths.map((path) => [
          path,
          path === 'email' ? t('account.invalidEmail') : t('account.invalidValue'),
        ]),
      ),
    }
  }
  return { done: t('account.registered', { email: values.email }) }
}

/**
 * Asks for a journalist's password-reset link. The answer is the same whether or not the address
 * has an account (the link is mailed after the answer, src/auth/deferredResetMail.ts); only a
 * limit (429) says something else, and it is the same for every address.
 */
export async function requestPasswordReset(_state: FormState, form: FormData): Promise<FormState> {
  const { lang, t, payload } = await formContext({ form })
  const email = text(form, 'email').toLowerCase()
  const emailProblem = emailFieldProblem({ email, t })
  if (emailProblem) return emailProblem
  const started = Date.now()
  try {
    await payload.forgotPassword({
      collection: slugs.journalists,
      data: { email },
      // Limited like `POST /api/journalists/forgot-password`.
      ...(await onBehalfOfReader()),
    })
  } catch (error) {
    const limited = limitMessageOf({ error, lang })
    if (limited) return { error: limited, values: { email } }
    throw error
  }
  // As steady as the REST route: the token write for a known address does not show.
  await waitUntil({ time: started + FORGOT_PASSWORD_MIN_MS })
  return { done: t('account.forgotSent', { email }) }
}

/**
 * Sends a journalist's confirmation link again (resendVerificationLink). The answer is the same
 * whether the address has an account waiting for confirmation, a confirmed one or none, and
 * takes as long; only a limit (429, forgot-password's) says something else, alike for all.
 */
export async function resendVerification(_state: FormState, form: FormData): Promise<FormState> {
  const { lang, t, payload } = await formContext({ form })
  const email = text(form, 'email').toLowerCase()
  const emailProblem = emailFieldProblem({ email, t })
  if (emailProblem) return emailProblem
  const started = Date.now()
  const verdict = await resendVerificationLink({ payload, email, headers: await nextHeaders() })
  if (verdict.limited) {
    return {
      error: tooManyRequestsMessage({ locale: lang, retryAfterSeconds: verdict.retryAfterSeconds }),
      values: { email },
    }
  }
  await waitUntil({ time: started + FORGOT_PASSWORD_MIN_MS })
  return { done: t('account.resendSent', { email }) }
}

/**
 * Sets a new password with the token from the reset mail, checked against the password policy
 * (with its messages in the reader's language), then sends the journalist to the login page
 * with a success notice.
 */
export async function resetPassword(_state: FormState, form: FormData): Promise<FormState> {
  const { lang, t, payload } = await formContext({ form })
  const token = text(form, 'token')
  const password = secret(form, 'password')
  const repeated = secret(form, 'passwordRepeat')
  if (!/^[a-f0-9]{1,128}$/.test(token)) return { error: t('account.resetInvalid') }
  const account = await payload.db.findOne<{ id: number | string; email?: string }>({
    collection: slugs.journalists,
    where: {
      and: [
        { resetPasswordToken: { equals: token } },
        { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  if (!account) return { error: t('account.resetInvalid') }
  const fieldErrors: Record<string, string> = {}
  const problem = password ? passwordProblem({ password, email: account.email }) : null
  if (!password) fieldErrors.password = t('account.required')
  else if (problem) fieldErrors.password = translate({ locale: lang, ...problem })
  if (!fieldErrors.password && password !== repeated) {
    fieldErrors.passwordRepeat = t('account.passwordsDiffer')
  }
  if (Object.keys(fieldErrors).length > 0) return { error: t('account.invalidForm'), fieldErrors }
  try {
    await payload.resetPassword({
      collection: slugs.journalists,
      data: { token, password },
      overrideAccess: false,
      ...(await onBehalfOfReader()),
    })
  } catch (error) {
    const limited = limitMessageOf({ error, lang })
    if (limited) return { error: limited }
    // The token was used or ran out between the check above and now.
    if ((error as { status?: unknown }).status === 403) return { error: t('account.resetInvalid') }
    throw error
  }
  redirect(`/${lang}/account/login?reset=1`)
}

/** Saves the current search for the signed-in journalist and opens their account page. */
export async function saveSearch(form: FormData): Promise<void> {
  const lang = langOf(form)
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist') redirect(`/${lang}/account/login`)
  if (await isActionLimited({ reader, lang })) redirect(`/${lang}/account?limited=1`)
  const query = new URLSearchParams(text(form, 'query'))
  query.delete('page')
  // Only a query the search page itself accepts is worth keeping.
  if ('error' in parseLibrarySearch({ query, lang })) redirect(`/${lang}/search`)
  await reader.payload.create({
    collection: slugs.savedSearches,
    data: {
      name: text(form, 'name').slice(0, 120) || query.get('q') || '—',
      query: query.toString(),
      locale: lang,
      journalist: reader.requester.id as number,
      feedToken: '',
    },
    user: reader.user,
    overrideAccess: false,
  })
  redirect(`/${lang}/account?saved=1`)
}

/** Deletes one of the signed-in journalist's saved searches (access limits it to their own). */
export async function deleteSavedSearch(form: FormData): Promise<void> {
  const lang = langOf(form)
  const reader = await getReader()
  if (await isActionLimited({ reader, lang })) redirect(`/${lang}/account?limited=1`)
  const id = text(form, 'id')
  if (reader.requester.kind === 'journalist' && /^\w{1,64}$/.test(id)) {
    // By `where`, not by id: one that is gone or someone else's deletes nothing (no error to
    // swallow), and a failing database still fails.
    await reader.payload.delete({
      collection: slugs.savedSearches,
      where: { id: { equals: id } },
      user: reader.user,
      overrideAccess: false,
    })
  }
  redirect(`/${lang}/account`)
}

/** Counts one form action of the reader against `RATE_LIMIT_LIBRARY_ACTIONS`. */
async function isActionLimited({
  reader,
  lang,
}: {
  reader: Reader
  lang: Locale
}): Promise<boolean> {
  const message = await libraryLimitMessage({
    payload: reader.payload,
    user: reader.user,
    rule: 'libraryActions',
    lang,
  })
  return message !== null
}

/** The answer to a missing or malformed address, keeping what was typed; null when it is fine. */
function emailFieldProblem({
  email,
  t,
}: {
  email: string
  t: LibraryTranslator
}): FormState | null {
  if (EMAIL_PATTERN.test(email)) return null
  return {
    error: t('account.invalidForm'),
    fieldErrors: { email: email ? t('account.invalidEmail') : t('account.required') },
    values: { email },
  }
}

/** The invalid field paths of a Payload ValidationError, or null for any other error. */
function validationErrorPaths(error: unknown): string[] | null {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return null
  const errors = (error as Error & { data?: { errors?: Array<{ path?: string }> } }).data?.errors
  return (errors ?? []).map((entry) => entry.path ?? '').filter(Boolean)
}

async function setSessionCookie({
  token,
  expiresAt,
}: {
  token: string
  expiresAt?: Date
}): Promise<void> {
  const { payload } = await getReader()
  const jar = await cookies()
  jar.set(`${payload.config.cookiePrefix}-token`, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().publicUrl.startsWith('https:'),
    path: '/',
    expires: expiresAt,
  })
}

/** What every account form's action starts from: the reader's language and Payload. */
async function formContext({
  form,
}: {
  form: FormData
}): Promise<{ lang: Locale; t: LibraryTranslator; payload: Payload }> {
  const lang = langOf(form)
  const { payload } = await getReader()
  return { lang, t: libraryTranslator(lang), payload }
}

function langOf(form: FormData): Locale {
  const value = form.get('lang')
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** A password as typed: spaces are part of it. */
function secret(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
