import type { Metadata } from 'next'

import { ItemCards } from '../../../components/library/ItemCards'
import { LinkList, topicLinks } from '../../../components/library/LinkList'
import { SearchQueryField } from '../../../components/library/SearchQueryField'
import { StructuredData } from '../../../components/library/StructuredData'
import { LOCALES } from '../../../i18n/locales'
import { featuredCards, getSiteInfo, latestCards, listTopics } from '../../../library/content'
import { resolveLang } from '../../../library/lang'
import { libraryPage, type LibraryPageProps } from '../../../library/libraryPage'
import { getReader } from '../../../library/reader'
import { homeShareData } from '../../../library/seo/publicView'

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const lang = await resolveLang(params)
  return (await homeShareData({ lang })).metadata
}

const TOPICS_ON_HOME = 4
const ITEMS_PER_TOPIC = 4

/** The library's home: a search box, featured articles, the latest items and topics. */
export default async function HomePage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  const [site, featured, latest, topics, shared] = await Promise.all([
    getSiteInfo({ reader, lang }),
    featuredCards({ reader, lang, limit: 4 }),
    latestCards({ reader, lang, limit: 8 }),
    listTopics({ reader, lang }),
    homeShareData({ lang }),
  ])
  const topTopics = topics.filter((topic) => topic.isTopLevel)
  const topicSections = await Promise.all(
    topTopics.slice(0, TOPICS_ON_HOME).map(async (topic) => ({
      topic,
      cards: await latestCards({ reader, lang, limit: ITEMS_PER_TOPIC, topic: [topic.id] }),
    })),
  )

  return (
    <>
      <StructuredData data={shared.jsonLd} />
      <section className="hero">
        <div className="container">
          <h1>{t('home.heroTitle', { province: site.provinceName })}</h1>
          <p>{t('home.heroLead', { count: LOCALES.length })}</p>
          <form className="search-box" role="search" action={`/${lang}/search`} method="get">
            <SearchQueryField id="home-q" label={t('home.searchLabel')} t={t} />
          </form>
        </div>
      </section>
      <div className="container">
        {featured.length === 0 && latest.length === 0 ? (
          <p className="notice">{t('home.empty')}</p>
        ) : null}
        {featured.length > 0 ? (
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading">{t('home.featured')}</h2>
            <ItemCards cards={featured} lang={lang} t={t} eagerCount={4} />
          </section>
        ) : null}
        {latest.length > 0 ? (
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t('home.latest')}</h2>
            <ItemCards cards={latest} lang={lang} t={t} />
            <p>
              <a href={`/${lang}/search?sort=newest`}>{t('home.seeAll')}</a>
            </p>
          </section>
        ) : null}
        {topicSections
          .filter(({ cards }) => cards.length > 0)
          .map(({ topic, cards }) => (
            <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
              <h2 id={`topic-${topic.id}`}>
                <a href={`/${lang}/topics/${topic.slug}`}>{topic.name}</a>
              </h2>
              <ItemCards cards={cards} lang={lang} t={t} />
            </section>
          ))}
        {topics.length > 0 ? (
          <section aria-labelledby="topics-heading">
            <h2 id="topics-heading">{t('home.topics')}</h2>
            <LinkList className="tag-list" links={topicLinks({ lang, topics })} />
          </section>
        ) : null}
      </div>
    </>
  )
}
