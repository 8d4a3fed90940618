import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EmbargoNotice } from '../../../../../components/library/EmbargoNotice'
import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { ItemBadges } from '../../../../../components/library/ItemBadges'
import { ItemDates } from '../../../../../components/library/ItemDates'
import { AsideLinks, topicLinks } from '../../../../../components/library/LinkList'
import { MetaList, agencyRow, eventRow } from '../../../../../components/library/MetaList'
import { PressContactBox } from '../../../../../components/library/PressContact'
import { MediaGallery } from '../../../../../components/library/MediaGallery'
import { LeadPicture } from '../../../../../components/library/PictureView'
import { StructuredData } from '../../../../../components/library/StructuredData'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALE_LABELS, LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { routeDocument, type LibraryPageProps } from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'
import { itemJsonLd, itemMetadata } from '../../../../../library/seo/publicView'
import type { Article, Media, Topic } from '../../../../../payload-types'

type Props = LibraryPageProps<{ id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, value: id, doc: article } = await readArticle({ params })
  if (!article) return {}
  return itemMetadata({ collection: 'articles', id, lang, title: article.title })
}

/** An article: its text, lead photo and gallery, and beside it its facts, topics and sources. */
export default async function ArticlePage({ params }: Props) {
  const { lang, doc: article } = await readArticle({ params })
  if (!article) notFound()
  const t = libraryTranslator(lang)
  const served = isLocale(article.servedLocale) ? article.servedLocale : lang
  // The article's own text is in `served`; the labels, dates and boxes around it in the reader's.
  const contentLang = served === lang ? undefined : LOCALE_TAGS[served]
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
  const jsonLd = await itemJsonLd({ collection: 'articles', id: String(article.id), lang })

  return (
    <div className="container">
      <StructuredData data={jsonLd} />
      <FallbackNotice requested={lang} served={served} t={t} />
      <EmbargoNotice
        embargoUntil={article.embargoUntil}
        now={(await getReader()).now}
        lang={lang}
        t={t}
      />
      <article>
        <ItemBadges
          kindLabel={t(`infoTypes.${article.infoType}` as LibraryKey)}
          isPressOnly={article.accessTier === 'press'}
          t={t}
        />
        <h1 lang={contentLang}>{article.title}</h1>
        <ItemDates collection="articles" id={article.id} served={served} lang={lang} t={t} />
        {article.summary ? (
          <p className="lead" lang={contentLang}>
            {article.summary}
          </p>
        ) : null}
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
            <div className="article-body" lang={contentLang}>
              {article.body ? <RichText data={article.body} /> : null}
            </div>
            {media.length > 0 ? (
              <section aria-labelledby="gallery-heading">
                <h2 id="gallery-heading">{t('item.gallery')}</h2>
                <MediaGallery
                  media={media}
                  lang={lang}
                  t={t}
                  returnTo={`/${lang}/articles/${article.id}`}
                />
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
                eventRow({ event: article.event, lang, t }),
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
            <PressContactBox lang={lang} t={t} />
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
