import { InvalidParameterError, type MessageParam } from '../errors/AppError'
import { LOCALES, isLocale, type Locale } from '../i18n/locales'

/**
 * The parsers every endpoint reads its query and route parameters with. Each takes the raw
 * value (`searchParams.get(name)`, a route parameter) and gives back the typed value, or throws
 * the one translated 400, {@link InvalidParameterError}, naming the parameter and what it
 * expects. A value that is absent or blank counts as not given, as an empty form field does.
 * Pure: an endpoint's own parser (`*Params.ts` beside it) combines these and is tested alone.
 */

/** A raw parameter: from `URLSearchParams.get`, a route parameter, or nothing. */
export type RawParam = string | number | null | undefined

/** What a document id from a URL may look like: SQLite numbers, MongoDB ObjectIds, slugs. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * A field of a JSON body as a raw parameter, for the same parsers: text and numbers as they
 * are, `null` and absence as not given, and anything else (an object, a list, `true`) as its
 * JSON text, which no parser accepts, so it is refused like any other bad value.
 */
export function bodyParam(value: unknown): RawParam {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number') return value
  return JSON.stringify(value)
}

/** The value as given, trimmed, or undefined when absent or blank. */
export function presentParam(value: RawParam): string | undefined {
  if (value === null || value === undefined) return undefined
  const text = String(value).trim()
  return text === '' ? undefined : text
}

/** A whole number from `min` to `max` (written in digits, no sign), or `fallback` when absent. */
export function integerParam({
  name,
  value,
  min,
  max,
  fallback,
}: {
  name: string
  value: RawParam
  min: number
  max: number
  fallback: number
}): number {
  const text = presentParam(value)
  if (text === undefined) return fallback
  const number = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
  if (!(number >= min && number <= max)) {
    throw new InvalidParameterError({
      name,
      expected: { key: 'search.expectedInteger', params: { min, max } },
    })
  }
  return number
}

/** One of `values`, or `fallback` when absent (undefined when there is no fallback). */
export function oneOfParam<Value extends string>(args: {
  name: string
  value: RawParam
  values: readonly Value[]
  fallback: Value
}): Value
export function oneOfParam<Value extends string>(args: {
  name: string
  value: RawParam
  values: readonly Value[]
}): Value | undefined
export function oneOfParam<Value extends string>({
  name,
  value,
  values,
  fallback,
}: {
  name: string
  value: RawParam
  values: readonly Value[]
  fallback?: Value
}): Value | undefined {
  const text = presentParam(value)
  if (text === undefined) return fallback
  const match = values.find((candidate) => candidate === text)
  if (match === undefined)
    throw new InvalidParameterError({ name, expected: expectedOneOf({ values }) })
  return match
}

/** “one of a, b, c”, for an {@link InvalidParameterError} about a value not in `values`. */
export function expectedOneOf({ values }: { values: readonly string[] }): MessageParam {
  return { key: 'search.expectedOneOf', params: { values: values.join(', ') } }
}

/** One of our locales (src/i18n/locales.ts), or `fallback` when absent. */
export function localeParam(args: { name?: string; value: RawParam; fallback: Locale }): Locale
export function localeParam(args: { name?: string; value: RawParam }): Locale | undefined
export function localeParam({
  name = 'locale',
  value,
  fallback,
}: {
  name?: string
  value: RawParam
  fallback?: Locale
}): Locale | undefined {
  const locale = oneOfParam({ name, value, values: LOCALES })
  return isLocale(locale) ? locale : fallback
}

/** An identifier (letters, digits, `-`, `_`), or undefined when absent. */
export function idParam({ name, value }: { name: string; value: RawParam }): string | undefined {
  const text = presentParam(value)
  if (text === undefined) return undefined
  if (!DOCUMENT_ID.test(text)) {
    throw new InvalidParameterError({ name, expected: { key: 'search.expectedId' } })
  }
  return text
}

/**
 * The id a route names, or null when it cannot name a document at all; the endpoint answers
 * that like a missing document (404), since a URL is not a form to correct.
 */
export function documentIdOf({ value }: { value: RawParam }): string | null {
  const text = value === null || value === undefined ? '' : String(value)
  return DOCUMENT_ID.test(text) ? text : null
}

/**
 * An opaque paging cursor made by {@link encodeCursor} with the same `prefix`: the position it
 * holds, or 0 (the start) when absent.
 */
export function cursorParam({
  name,
  value,
  prefix,
}: {
  name: string
  value: RawParam
  prefix: string
}): number {
  const text = presentParam(value)
  if (text === undefined) return 0
  const decoded = Buffer.from(text, 'base64url').toString('utf8')
  const match = new RegExp(`^${prefix}:(\\d{1,15})$`).exec(decoded)
  if (!match) throw new InvalidParameterError({ name, expected: { key: 'errors.expectedCursor' } })
  return Number(match[1])
}

/** The cursor {@link cursorParam} reads back as `position`. */
export function encodeCursor({ prefix, position }: { prefix: string; position: number }): string {
  return Buffer.from(`${prefix}:${position}`).toString('base64url')
}
