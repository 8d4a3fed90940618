import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import type { ItemCard } from '../../library/content'
import { ItemCards } from './ItemCards'

/**
 * A titled grid of item cards (an event's articles, albums, photos…); nothing at all when
 * there are none.
 */
export function ItemSection({
  id,
  title,
  cards,
  lang,
  t,
}: {
  /** The heading's id, which labels the section. */
  id: string
  title: string
  cards: ItemCard[]
  lang: Locale
  t: LibraryTranslator
}) {
  if (cards.length === 0) return null
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <ItemCards cards={cards} lang={lang} t={t} />
    </section>
  )
}
