import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { JSX, ReactNode } from 'react'

import { libraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { latestCards, readByKey, readLocalizedName } from '../../library/content'
import { routeDocument, type LibraryPageProps } from '../../library/libraryPage'
import { getReader } from '../../library/reader'
import { collectionShareData } from '../../library/seo/publicView'
import type { JsonLd } from '../../library/seo/structuredData'
import { FallbackText } from './FallbackText'
import { ItemCards } from './ItemCards'
import { PressContactBox } from './PressContact'
import { StructuredData } from './StructuredData'

/** How many of a topic's or an agency's newest items its page shows. */
const NEWEST_ITEMS = 24

/**
 * The two collections of items that have a page of their own: what names one in its URL, and
 * what its page shows under the name.
 */
const COLLECTIONS = {
  topic: {
    collection: 'topics',
    routeKey: 'slug',
    kickerKey: 'search.facetTopic',
    describe: (doc: CollectionDoc) => doc.description,
  },
  agency: {
    collection: 'agencies',
    routeKey: 'code',
    kickerKey: 'search.facetAgency',
    describe: (doc: CollectionDoc) => doc.website,
  },
} as const

/** What a topic's or an agency's page reads of it. */
type CollectionDoc = {
  id: number | string
  name: string
  description?: string | null
  website?: string | null
}

/** A collection with a page: a topic (`/topics/[slug]`) or an agency (`/agencies/[code]`). */
export type CollectionFacet = keyof typeof COLLECTIONS

/**
 * The page of a topic or an agency and its metadata, for the route files: its name,
 * description, newest items (the search's, filtered by the facet; a topic's include its
 * sub-topics) and a link to all of them. Unknown or hidden ones are a 404.
 */
export function collectionRoute({ facet }: { facet: CollectionFacet }): {
  generateMetadata: (props: LibraryPageProps<Record<string, string>>) => Promise<Metadata>
  Page: (props: LibraryPageProps<Record<string, string>>) => Promise<JSX.Element>
} {
  const { collection, routeKey, kickerKey, describe } = COLLECTIONS[facet]
  const read = ({ params }: { params: Promise<{ lang: string } & Record<string, string>> }) =>
    routeDocument<string, CollectionDoc>({
      params,
      key: routeKey,
      read: async ({ lang, value }) =>
        readByKey({ reader: await getReader(), collection, key: value, lang }),
    })
  return {
    generateMetadata: async ({ params }) => {
      const { lang, value, doc } = await read({ params })
      if (!doc) return {}
      const shared = await collectionShareData({ collection, key: value, lang })
      return shared?.metadata ?? {}
    },
    Page: async ({ params }) => {
      const { lang, value, doc } = await read({ params })
      if (!doc) notFound()
      const t = libraryTranslator(lang)
      const shared = await collectionShareData({ collection, key: value, lang })
      const reader = await getReader()
      // The agency's official name in the reader's language, or its fallback, marked.
      const name = await readLocalizedName({ reader, collection, id: doc.id, lang })
      return (
        <CollectionPage
          jsonLd={shared?.jsonLd ?? null}
          lang={lang}
          t={t}
          kicker={t(kickerKey)}
          title={
            name ? (
              <FallbackText text={name.text} source={name.locale} lang={lang} t={t} />
            ) : (
              doc.name
            )
          }
          description={describe(doc)}
          searchAllHref={`/${lang}/search?${facet}=${doc.id}&sort=newest`}
          // Journalists asking about an agency's items reach the press office from its page.
          aside={facet === 'agency' ? <PressContactBox lang={lang} t={t} /> : null}
          cards={await latestCards({
            reader,
            lang,
            limit: NEWEST_ITEMS,
            [facet]: [String(doc.id)],
          })}
        />
      )
    },
  }
}

function CollectionPage({
  jsonLd,
  lang,
  t,
  kicker,
  title,
  description,
  cards,
  searchAllHref,
  aside,
}: {
  jsonLd: JsonLd | null
  lang: Locale
  t: ReturnType<typeof libraryTranslator>
  kicker: string
  title: ReactNode
  description?: string | null
  cards: Awaited<ReturnType<typeof latestCards>>
  searchAllHref: string
  aside?: ReactNode
}) {
  return (
    <div className="container">
      <StructuredData data={jsonLd} />
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
      {aside}
    </div>
  )
}
