/** Field validators shared by several collections. Each returns `true` or a message. */

import { isDayOfYear } from '../reports/reportCycles'

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A stable, URL-safe code: lower-case letters, digits and single hyphens. */
export function validateSlug(value: unknown): true | string {
  return typeof value === 'string' && SLUG_PATTERN.test(value)
    ? true
    : `Expected lower-case letters, digits and hyphens (for example dau-tu) but received ${JSON.stringify(value)}`
}

/** An optional absolute http(s) URL. */
export function validateOptionalHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string')
    return `Expected an http(s) URL but received ${JSON.stringify(value)}`
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // Falls through to the message below.
  }
  return `Expected an http(s) URL but received ${JSON.stringify(value)}`
}

const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,22}[0-9]$/

/** An optional telephone number: digits, an optional leading +, spaces, dots, hyphens, brackets. */
export function validateOptionalPhone(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && PHONE_PATTERN.test(value.trim())
    ? true
    : `Expected a telephone number (for example +84 251 3822 000) but received ${JSON.stringify(value)}`
}

/** A day of the year written `DD/MM` (a reporting deadline, src/reports/reportCycles.ts). */
export function validateDayOfYear(value: unknown): true | string {
  return isDayOfYear(value)
    ? true
    : `Expected a day and month written DD/MM (for example 15/05) but received ${JSON.stringify(value)}`
}
