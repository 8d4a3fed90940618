import type { ReactNode } from 'react'

import type { LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import type { ItemCard } from '../../library/content'
import { EmbargoBadge } from './EmbargoNotice'
import { PictureView } from './PictureView'

/**
 * A grid of teasers. Titles and snippets come from the search engine as escaped HTML with
 * `<mark>` around matched words (SearchHit.highlight), so they are set as HTML.
 */
export function ItemCards({
  cards,
  lang,
  t,
  headingLevel = 3,
  eagerCount = 0,
  action,
}: {
  cards: ItemCard[]
  lang: Locale
  t: LibraryTranslator
  headingLevel?: 2 | 3
  /** How many of the first pictures are above the fold and load at once. */
  eagerCount?: number
  /** What a card offers besides its link (the search page's "Add to basket"). */
  action?: (card: ItemCard) => ReactNode
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'medium' })
  return (
    <ul className="card-grid">
      {cards.map((card, index) => {
        const contentLang = card.locale === lang ? undefined : LOCALE_TAGS[card.locale]
        return (
          <li key={card.key}>
            <article className="card">
              <div className="card__media" aria-hidden={card.picture ? undefined : 'true'}>
                {card.picture ? (
                  <PictureView
                    picture={{ ...card.picture, alt: '' }}
                    isAboveTheFold={index < eagerCount}
                    sizes="(max-width: 52rem) 100vw, 20rem"
                  />
                ) : null}
              </div>
              <div className="card__body">
                <span className="badge">{t(`types.${card.type}`)}</span>
                <EmbargoBadge embargoUntil={card.embargoUntil} lang={lang} t={t} />
                {/* The item's own text in its language; badge and date in the reader's. */}
                <Heading lang={contentLang}>
                  <a href={card.href} dangerouslySetInnerHTML={{ __html: card.titleHtml }} />
                </Heading>
                {card.snippetHtml ? (
                  <p
                    className="card__snippet"
                    lang={contentLang}
                    dangerouslySetInnerHTML={{ __html: card.snippetHtml }}
                  />
                ) : null}
                <p className="card__meta">
                  {card.publishedAt
                    ? t('item.publishedOn', { date: dateFormat.format(new Date(card.publishedAt)) })
                    : null}
                  {card.credit ? ` · ${card.credit}` : null}
                </p>
                {action?.(card)}
              </div>
            </article>
          </li>
        )
      })}
    </ul>
  )
}
