/** Fields of a stored item that a write must not send back. */
const SYSTEM_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'servedLocale',
  'sizes',
  'url',
  'thumbnailURL',
])

/**
 * The editable content of an item as read (one locale, depth 0): what a publication step
 * writes to the live document so that the latest draft's text is what goes live.
 */
export function contentOf(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !SYSTEM_FIELDS.has(key)))
}
