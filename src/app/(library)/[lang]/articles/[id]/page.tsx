import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { ItemBadges } from '../../../../../components/library/ItemBadges'
import { AsideLinks, topicLinks } from '../../../../../components/library/LinkList'
import { MetaList, agencyRow } from '../../../../../components/library/MetaList'
import { LeadPicture, PictureView } from '../../../../../components/library/PictureView'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALES, LOCALE_LABELS, LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { languageAlternates } from '../../../../../library/lang'
import { routeDocument, type LibraryPageProps } from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'
import type { Article, Media, Topic } from '../../../../../payload-types'

type Props = LibraryPageProps<{ id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, value: id, doc: article } = await readArticle({ params })
  if (!article) return {}
  const published = (article.publishedLocales ?? []).filter(isLocale)
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: {
      ...languageAlternates({ lang, path: `/articles/${id}` }),
      // Only the languages the article is published in are real alternates.
      languages: Object.fromEntries(
        (published.length > 0 ? published : LOCALES).map((locale) => [
          LOCALE_TAGS[locale],
          `/${locale}/articles/${id}`,
        ]),
      ),
    },
  }
}

/** An article: its text, lead photo and gallery, and beside it its facts, topics and sources. */
export default async function ArticlePage({ params }: Props) {
  const { lang, doc: article } = await readArticle({ params })
  if (!article) notFound()
  const t = libraryTranslator(lang)
  const served = isLocale(article.servedLocale) ? article.servedLocale : lang
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long' })
  const media = (article.media ?? []).filter((item): item is Media => typeof item === 'object')
  const topics = (article.topics ?? []).filter((item): item is Topic => typeof item === 'object')
  const agency = typeof article.agency === 'object' ? article.agency : null
  const related = (article.relatedArticles ?? []).filter(
    (item): item is Article => typeof item === 'object',
  )
  const otherLanguages = (article.publishedLocales ?? [])
    .filter(isLocale)
    .filter((locale) => locale !== served)
  const lead = media.map((item) => pictureOfMedia({ media: item, size: 'web' })).find(Boolean)

  return (
    <div className="container">
      <FallbackNotice requested={lang} served={served} t={t} />
      <article lang={served === lang ? undefined : LOCALE_TAGS[served]}>
        <ItemBadges
          kindLabel={t(`infoTypes.${article.infoType}` as LibraryKey)}
          isPressOnly={article.accessTier === 'press'}
          t={t}
        />
        <h1>{article.title}</h1>
        {article.summary ? <p className="lead">{article.summary}</p> : null}
        <div className="item-layout">
          <div>
            {lead ? (
              <figure style={{ margin: '0 0 1.5rem' }}>
                <LeadPicture picture={lead} />
                {media[0]?.caption ? (
                  <figcaption className="card__meta">
                    {media[0].caption}
                    {media[0].credit ? ` (${media[0].credit})` : null}
                  </figcaption>
                ) : null}
              </figure>
            ) : null}
            <div className="article-body">
              {article.body ? <RichText data={article.body} /> : null}
            </div>
            {media.length > 0 ? (
              <section aria-labelledby="gallery-heading">
                <h2 id="gallery-heading">{t('item.gallery')}</h2>
                <ul className="gallery">
                  {media.map((item) => {
                    const picture = pictureOfMedia({ media: item, size: 'thumb' })
                    return (
                      <li key={item.id}>
                        <a href={`/${lang}/media/${item.id}`}>
                          {picture ? (
                            <PictureView picture={picture} sizes="12rem" />
                          ) : (
                            <span>{item.alt || item.filename}</span>
                          )}
                        </a>
                      </li>
                    )
                  })}
                </ul>
              </section>
            ) : null}
          </div>
          <aside>
            <MetaList
              rows={[
                article.eventDate
                  ? {
                      term: t('item.eventDate'),
                      value: dateFormat.format(new Date(article.eventDate)),
                    }
                  : null,
                article.place?.name ? { term: t('item.place'), value: article.place.name } : null,
                agencyRow({ agency, lang, t }),
              ]}
            />
            <AsideLinks
              title={t('item.topics')}
              className="tag-list"
              links={topicLinks({ lang, topics })}
            />
            <AsideLinks
              title={t('item.otherLanguages')}
              className="tag-list"
              links={otherLanguages.map((locale) => ({
                key: locale,
                href: `/${locale}/articles/${article.id}`,
                hrefLang: LOCALE_TAGS[locale],
                lang: LOCALE_TAGS[locale],
                label: LOCALE_LABELS[locale],
              }))}
            />
            <AsideLinks
              title={t('item.related')}
              links={related.map((item) => ({
                key: item.id,
                href: `/${lang}/articles/${item.id}`,
                label: item.title,
              }))}
            />
            <AsideLinks
              title={t('item.sources')}
              links={(article.sources ?? []).map((source) => ({
                key: source.id ?? source.title,
                href: source.url ?? undefined,
                rel: 'noopener noreferrer external',
                label: source.title,
              }))}
            />
          </aside>
        </div>
      </article>
    </div>
  )
}

function readArticle({ params }: Pick<Props, 'params'>) {
  return routeDocument({
    params,
    key: 'id',
    read: async ({ lang, value }) =>
      readItem({ reader: await getReader(), collection: 'articles', id: value, lang }),
  })
}
