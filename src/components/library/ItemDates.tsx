import type { EditorialSlug } from '../../../collections/slugs'
import type { LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { readItemDates } from '../../library/itemDates'
import { getReader } from '../../library/reader'
import { LocalTime } from './LocalTime'

/**
 * The publication date of an item in the language it is read in, and its update date when it
 * was published again since, each in the reader's time zone with the zone named.
 */
export async function ItemDates({
  collection,
  id,
  served,
  lang,
  t,
}: {
  collection: EditorialSlug
  id: number | string
  /** The language of the version on the page. */
  served: Locale
  lang: Locale
  t: LibraryTranslator
}) {
  const { payload } = await getReader()
  const { publishedAt, updatedAt } = await readItemDates({
    payload,
    collection,
    id,
    locale: served,
  })
  if (!publishedAt) return null
  const localeTag = LOCALE_TAGS[lang]
  return (
    <p className="card__meta" data-testid="item-dates">
      {t('item.published')}: <LocalTime dateTime={publishedAt} localeTag={localeTag} />
      {updatedAt ? (
        <>
          {' · '}
          {t('item.updated')}: <LocalTime dateTime={updatedAt} localeTag={localeTag} />
        </>
      ) : null}
    </p>
  )
}
