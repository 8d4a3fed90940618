import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { PictureView } from '../../../../../components/library/PictureView'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALES, LOCALE_LABELS, LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import type { Article, Media, Topic } from '../../../../../payload-types'

type Props = { params: Promise<{ lang: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { id } = await params
  const article = await readItem('articles', id, lang)
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

export default async function ArticlePage({ params }: Props) {
  const lang = await resolveLang(params)
  const { id } = await params
  const article = await readItem('articles', id, lang)
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
        <p>
          <span className="badge">{t(`infoTypes.${article.infoType}` as LibraryKey)}</span>
          {article.accessTier === 'press' ? (
            <span className="badge badge--press"> · {t('item.tierPress')}</span>
          ) : null}
        </p>
        <h1>{article.title}</h1>
        {article.summary ? <p className="lead">{article.summary}</p> : null}
        <div className="item-layout">
          <div>
            {lead ? (
              <figure style={{ margin: '0 0 1.5rem' }}>
                <PictureView
                  picture={lead}
                  isAboveTheFold
                  sizes="(max-width: 52rem) 100vw, 48rem"
                />
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
            <div className="aside-box">
              <dl className="meta-list">
                {article.eventDate ? (
                  <>
                    <dt>{t('item.eventDate')}</dt>
                    <dd>{dateFormat.format(new Date(article.eventDate))}</dd>
                  </>
                ) : null}
                {article.place?.name ? (
                  <>
                    <dt>{t('item.place')}</dt>
                    <dd>{article.place.name}</dd>
                  </>
                ) : null}
                {agency ? (
                  <>
                    <dt>{t('item.agency')}</dt>
                    <dd>
                      <a href={`/${lang}/agencies/${agency.code}`}>{agency.name}</a>
                    </dd>
                  </>
                ) : null}
              </dl>
            </div>
            {topics.length > 0 ? (
              <div className="aside-box">
                <h2>{t('item.topics')}</h2>
                <ul className="tag-list">
                  {topics.map((topic) => (
                    <li key={topic.id}>
                      <a href={`/${lang}/topics/${topic.slug}`}>{topic.name}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {otherLanguages.length > 0 ? (
              <div className="aside-box">
                <h2>{t('item.otherLanguages')}</h2>
                <ul className="tag-list">
                  {otherLanguages.map((locale) => (
                    <li key={locale}>
                      <a
                        href={`/${locale}/articles/${article.id}`}
                        hrefLang={LOCALE_TAGS[locale]}
                        lang={LOCALE_TAGS[locale]}
                      >
                        {LOCALE_LABELS[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {related.length > 0 ? (
              <div className="aside-box">
                <h2>{t('item.related')}</h2>
                <ul>
                  {related.map((item) => (
                    <li key={item.id}>
                      <a href={`/${lang}/articles/${item.id}`}>{item.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {(article.sources ?? []).length > 0 ? (
              <div className="aside-box">
                <h2>{t('item.sources')}</h2>
                <ul>
                  {(article.sources ?? []).map((source) => (
                    <li key={source.id ?? source.title}>
                      {source.url ? (
                        <a href={source.url} rel="noopener noreferrer external">
                          {source.title}
                        </a>
                      ) : (
                        source.title
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </aside>
        </div>
      </article>
    </div>
  )
}
