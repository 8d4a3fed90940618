import type { LibraryTranslator } from '../../i18n'

/**
 * The search words box and its button (inside a `.search-box`): the home page's and the
 * search page's are the same field, named `q` so that either sends to `/search?q=`.
 */
export function SearchQueryField({
  id,
  label,
  defaultValue,
  t,
}: {
  id: string
  /** Read by screen readers only; the box itself shows the placeholder. */
  label: string
  defaultValue?: string
  t: LibraryTranslator
}) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t('home.searchPlaceholder')}
        autoComplete="off"
      />
      <button type="submit">{t('search.submit')}</button>
    </>
  )
}
