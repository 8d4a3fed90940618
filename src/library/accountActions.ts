'use server'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { mailExistingAccountOwner } from '../../collections/Journalists/existingAccountEmail'
import { passwordProblem } from '../auth/passwordPolicy'
import { libraryTranslator, translate } from '../i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { limitMessageOf, libraryLimitMessage, onBehalfOfReader } from '../rateLimits/libraryLimits'
import { endSession } from './endSession'
import { getReader, type Reader } from './reader'
import { parseLibrarySearch } from './searchQuery'

/** What a form action answers to its form: field errors or a message, in the reader's language. */
export type FormState = {
  error?: string
  fieldErrors?: Record<string, string>
  done?: string
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Signs a journalist in: Payload checks the password, lockout and e-mail verification. */
export async function login(_state: FormState, form: FormData): Promise<FormState> {
  const lang = langOf(form)
  const t = libraryTranslator(lang)
  const { payload } = await getReader()
  const email = text(form, 'email')
  const password = secret(form, 'password')
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
    if (limited) return { error: limited }
    // Wrong password, unknown address or unverified account: one answer for all, so the form
    // does not tell which addresses have accounts.
    return { error: t('account.loginFailed') }
  }
  if (!token) return { error: t('account.loginFailed') }
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
 * Creates a press account through the Local API with access control on (anyone may register;
 * the accreditation fields stay the press officers'); Payload sends the verification e-mail in
 * the journalist's language.
 */
export async function register(_state: FormState, form: FormData): Promise<FormState> {
  const lang = langOf(form)
  const t = libraryTranslator(lang)
  const { payload } = await getReader()
  const values = {
    name: text(form, 'name'),
    email: text(form, 'email').toLowerCase(),
    password: secret(form, 'password'),
    outlet: text(form, 'outlet'),
    country: text(form, 'country').toUpperCase(),
    pressCardNumber: text(form, 'pressCardNumber'),
  }
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
  if (Object.keys(fieldErrors).length > 0) return { error: t('account.invalidForm'), fieldErrors }

  // An address that already has an account gets the same answer as a new one, in comparable
  // time (the password is hashed either way), and its owner is told by e-mail instead.
  const existing = await payload.count({
    collection: slugs.journalists,
    where: { email: { equals: values.email } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) {
    await Promise.all([
      hashLikeRegistration({ password: values.password }),
      mailExistingAccountOwner({ payload, email: values.email, lang }),
    ])
    return { done: t('account.registered', { email: values.email }) }
  }

  try {
    await payload.create({
      collection: slugs.journalists,
      data: {
        ...values,
        pressCardNumber: values.pressCardNumber || undefined,
        preferredLanguage: lang,
        accreditationStatus: 'pending',
      },
      overrideAccess: false,
      // Limited like `POST /api/journalists`: so many registrations per address and per e-mail.
      ...(await onBehalfOfReader()),
    })
  } catch (error) {
    const limited = limitMessageOf({ error, lang })
    if (limited) return { error: limited }
    // By shape, not instanceof: the bundled server may hold its own copy of Payload's classes.
    const invalidPaths = validationErrorPaths(error)
    if (!invalidPaths) throw error
    return {
      error: t('account.invalidForm'),
      fieldErrors: Object.fromEntries(
        invalidPaths.map((path) => [
          path,
          path === 'email' ? t('account.emailTaken') : t('account.invalidValue'),
        ]),
      ),
    }
  }
  return { done: t('account.registered', { email: values.email }) }
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
    await reader.payload
      .delete({ collection: slugs.savedSearches, id, user: reader.user, overrideAccess: false })
      .catch(() => undefined)
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

/** As long as Payload's hashing of a new account's password (PBKDF2-SHA256, 600,000 rounds). */
async function hashLikeRegistration({ password }: { password: string }): Promise<void> {
  await promisify(pbkdf2)(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
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
