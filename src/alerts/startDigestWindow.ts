import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A `beforeChange` hook: when the digest switch `switchField` is turned on, its window starts
 * now (`markerField`, read by src/alerts/sendDigests.ts), so the first digest lists what is new
 * from then on — not the whole library, nor what appeared while the alert was off.
 */
export function startDigestWindow({
  switchField,
  markerField,
}: {
  switchField: string
  markerField: string
}): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation }) => {
    const isOn = data[switchField] === true
    const wasOn =
      operation === 'update' && (originalDoc as Record<string, unknown>)?.[switchField] === true
    if (isOn && !wasOn) return { ...data, [markerField]: new Date().toISOString() }
    return data
  }
}
