import type { LabelFunction } from 'payload'

/**
 * A collection label in the admin's language as a function, not a `{ vi, en }` object: Payload
 * resolves a function to a string before the label reaches the browser, and some of its own
 * components (the upload and relationship "+" drawer toggler, 3.90) print the label without
 * translating it — an object there reads "Thêm mới: [object Object]".
 */
export function adminLabel(text: { vi: string; en: string }): LabelFunction {
  return ({ i18n }) => (i18n.language === 'en' ? text.en : text.vi)
}
