/** Field validators shared by several collections. Each returns `true` or a message. */

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
