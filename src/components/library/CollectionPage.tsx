import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import type { ItemCard } from '../../library/content'
import { ItemCards } from './ItemCards'

/** A topic's or an agency's page: its name, description, newest items and a link to all. */
export function CollectionPage({
  lang,
  t,
  kicker,
  title,
  description,
  cards,
  searchAllHref,
}: {
  lang: Locale
  t: LibraryTranslator
  kicker: string
  title: string
  description?: string | null
  cards: ItemCard[]
  searchAllHref: string
}) {
  return (
    <div className="container">
      <p>
        <span className="badge">{kicker}</span>
      </p>
      <h1>{title}</h1>
      {description ? <p className="lead">{description}</p> : null}
      <h2>{t('home.latest')}</h2>
      {cards.length === 0 ? (
        <p>{t('search.noResults')}</p>
      ) : (
        <ItemCards cards={cards} lang={lang} t={t} eagerCount={4} />
      )}
      <p>
        <a className="button button--secondary" href={searchAllHref}>
          {t('home.seeAll')}
        </a>
      </p>
    </div>
  )
}
