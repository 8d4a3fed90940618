import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CollectionPage } from '../../../../../components/library/CollectionPage'
import { libraryTranslator } from '../../../../../i18n'
import { latestCards, readByKey } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import { getReader } from '../../../../../library/reader'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { slug } = await params
  const topic = await readByKey('topics', slug, lang)
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
  const topic = await readByKey('topics', slug, lang)
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
