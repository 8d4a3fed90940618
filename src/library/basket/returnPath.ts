import type { Locale } from '../../i18n/locales'

/**
 * Where a basket form sends the reader back: the library page it was sent from, when `value`
 * is a path of this site under the reader's language; otherwise the basket page. Never another
 * site (`//host`, `/\host` or a full URL would make the form an open redirect).
 */
export function basketReturnPath({ value, lang }: { value: unknown; lang: Locale }): string {
  const fallback = `/${lang}/account/basket`
  if (typeof value !== 'string' || value.length > 2000) return fallback
  if (!value.startsWith(`/${lang}/`) && value !== `/${lang}`) return fallback
  if (/[\\\s]/.test(value) || value.startsWith('//')) return fallback
  return value
}
