import { dictionary } from '@zxcvbn-ts/language-common'

import type { MessageKey } from '../i18n'

/** The shortest password accepted for staff and journalist accounts. */
export const MIN_PASSWORD_LENGTH = 12

/** What is wrong with a password, as a catalogue message and its parameters. */
export type PasswordProblem = { key: MessageKey; params?: Record<string, string | number> }

/**
 * Checks a new password against the policy for every account (staff and journalists, on
 * creation, change and reset): at least {@link MIN_PASSWORD_LENGTH} characters, not the
 * account's e-mail address (nor its local part with only digits or symbols added), and not one of the common or leaked passwords of
 * the list that `@zxcvbn-ts/language-common` ships (about 49,000 passwords), also when only
 * digits or symbols were added at the end. Returns the first problem, or null.
 */
export function passwordProblem({
  password,
  email,
}: {
  password: string
  email?: string | null
}): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return { key: 'accounts.passwordTooShort', params: { min: MIN_PASSWORD_LENGTH } }
  }
  const lower = password.toLowerCase()
  const address = (email ?? '').trim().toLowerCase()
  if (address && isEmailWithDecoration({ password: lower, address })) {
    return { key: 'accounts.passwordContainsEmail' }
  }
  const core = lower.replace(TRAILING_DIGITS_AND_SYMBOLS, '')
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core))) {
    return { key: 'accounts.passwordCommon' }
  }
  return null
}

/**
 * The address itself anywhere in the password, or its local part with nothing but digits and
 * symbols around it ("yui.tanaka-2026!"). A local part inside other words ("mat-khau-quan-tri-1"
 * for quan-tri@…) is left to the length and common-password rules.
 */
function isEmailWithDecoration({
  password,
  address,
}: {
  password: string
  address: string
}): boolean {
  if (password.includes(address)) return true
  const localPart = address.split('@')[0] ?? ''
  if (localPart.length === 0 || !password.includes(localPart)) return false
  return !/\p{L}/u.test(password.split(localPart).join(''))
}

const TRAILING_DIGITS_AND_SYMBOLS = /[\d\W_]+$/u

let common: ReadonlySet<string> | undefined

/** Built on first use: the list is large and most processes never check a password. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()))
  return common
}
