/**
 * `value` as an absolute http(s) URL, resolved against `base` when it is relative; null for
 * anything else (`javascript:`, `data:`, unparsable text). A feed's links and pictures, and the
 * links kept in a harvested body, all pass through it.
 */
export function httpUrl({ value, base }: { value?: string | null; base?: string }): string | null {
  if (!value?.trim()) return null
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    // Not a URL at all: nothing to link or fetch.
    return null
  }
}
