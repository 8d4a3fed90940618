'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { libraryTranslator } from '../i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { getReader } from './reader'
import { parseLibrarySearch } from './searchQuery'

/** What a form action answers to its form: field errors or a message, in the reader's language. */
export type FormState = {
  error?: string
  fieldErrors?: Record<string, string>
  done?: string
}

const MIN_PASSWORD_LENGTH = 10
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
    })
    token = result.token
    exp = result.exp
  } catch {
    // Wrong password, unknown address, locked or unverified account: one answer for all, so the
    // form does not tell which addresses have accounts.
    return { error: t('account.loginFailed') }
  }
  if (!token) return { error: t('account.loginFailed') }
  await setSessionCookie({ token, expiresAt: exp ? new Date(exp * 1000) : undefined })
  redirect(`/${lang}/account`)
}

/** Ends the session by removing the cookie (Payload's tokens are stateless). */
export async function logout(form: FormData): Promise<void> {
  const lang = langOf(form)
  const { payload } = await getReader()
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
  if (values.password && values.password.length < MIN_PASSWORD_LENGTH)
    fieldErrors.password = t('account.passwordTooShort')
  if (Object.keys(fieldErrors).length > 0) return { error: t('account.invalidForm'), fieldErrors }

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
    })
  } catch (error) {
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
  const id = text(form, 'id')
  if (reader.requester.kind === 'journalist' && /^\w{1,64}$/.test(id)) {
    await reader.payload
      .delete({ collection: slugs.savedSearches, id, user: reader.user, overrideAccess: false })
      .catch(() => undefined)
  }
  redirect(`/${lang}/account`)
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
