import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { slugs } from '../../../../../../collections/slugs'
import { CollectionPage } from '../../../../../components/library/CollectionPage'
import { libraryTranslator } from '../../../../../i18n'
import type { Locale } from '../../../../../i18n/locales'
import { latestCards } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import { getReader, readerOptions } from '../../../../../library/reader'
import type { Topic } from '../../../../../payload-types'

type Props = { params: Promise<{ lang: string; slug: string }> }

const loadTopic = cache(async (lang: Locale, slug: string): Promise<Topic | null> => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: slugs.topics,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale: lang,
    ...readerOptions(reader),
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { slug } = await params
  const topic = await loadTopic(lang, slug)
  if (!topic) return {}
  return {
    title: topic.name,
    description: topic.description ?? undefined,
    alternates: languageAlternates({ lang, path: `/topics/${slug}` }),
  }
}

/** A topic: its description and newest items (sub-topics included by the search's topic path). */
export default async function TopicPage({ params }: Props) {
  const lang = await resolveLang(params)
  const { slug } = await params
  const topic = await loadTopic(lang, slug)
  if (!topic) notFound()
  const t = libraryTranslator(lang)
  const cards = await latestCards({
    reader: await getReader(),
    lang,
    limit: 24,
    topic: [String(topic.id)],
  })
  return (
    <CollectionPage
      lang={lang}
      t={t}
      kicker={t('search.facetTopic')}
      title={topic.name}
      description={topic.description}
      cards={cards}
      searchAllHref={`/${lang}/search?topic=${topic.id}&sort=newest`}
    />
  )
}
