import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { slugify } from '../fields/slug'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { demoArticles, type DemoArticle } from './data/demoArticles'
import { demoKeywordsIn } from './data/demoKeywords'
import { demoPhotoTitles } from './data/demoPhotoHeadlines'
import { demoPhotos, type DemoPhoto } from './data/demoPhotos'
import { renderDemoPhoto } from './demoImages'
import { lexicalParagraphs } from './lexical'
import {
  createDemoMedia,
  publishThroughWorkflow,
  takeSteps,
  type DemoCollection,
  type LocalizedValues,
} from './demoWorkflow'
import { seedDemoAlbums } from './demoAlbums'
import { seedDemoPublication } from './demoPublication'
import { seedDemoVideos } from './demoVideos'
import { idOf, idsBy, seedOnce, type SeedCount, type SeedIds } from './seedOnce'

export type DemoSeedSummary = {
  articles: SeedCount
  photos: SeedCount
  /** Absent when the videos were skipped (`videos: false`). */
  videos?: SeedCount
  /** The language editions of the demo publication. */
  publications: SeedCount
  /** The demo event and album (src/seed/demoAlbums.ts). */
  events: SeedCount
  albums: SeedCount
}

/**
 * Fills the library with demo content: the photos of src/seed/data/demoPhotos.ts (drawn
 * locally by src/seed/demoImages.ts) and the multilingual articles of
 * src/seed/data/demoArticles.ts that link them, the short videos of src/seed/demoVideos.ts and
the bilingual publication of src/seed/demoPublication.ts. Idempotent: a photo is matched by its file
 * name (`demo-<key>.jpg`), an article by its Vietnamese slug, and existing ones are left as
 * editors have changed them. Every call passes `req`, so the seed runs in the caller's
 * transaction when it has one.
 *
 * Items are created as drafts and published through the workflow's own steps (`applyStep`), so
 * their timelines read as if publishers had published them: translations of published items
 * are submitted, approved and published in their language, so foreign readers see them;
 * translations of drafts stay in translation.
 */
export async function seedDemoContent({
  req,
  videos = true,
}: {
  req: PayloadRequest
  /**
   * Film and transcode the demo videos (a few seconds of ffmpeg each). Only tests that never
   * look at videos pass `false`, to keep their set-up short.
   * @default true
   */
  videos?: boolean
}): Promise<DemoSeedSummary> {
  // Each Local API call leaves its `locale` on the request it is given; give the caller's back.
  const { locale, fallbackLocale } = req
  try {
    return await seedAll({ req, videos })
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** The stored file name of a demo photo: stable, so a second run finds it. */
export function demoPhotoFilename({ key }: { key: string }): string {
  return `demo-${key}.jpg`
}

/** The Vietnamese slug a demo article is stored and matched under. */
export function demoArticleSlug({ article }: { article: DemoArticle }): string {
  return slugify({ text: article.text.vi.title })
}

async function seedAll({
  req,
  videos,
}: {
  req: PayloadRequest
  videos: boolean
}): Promise<DemoSeedSummary> {
  const seededAt = new Date()
  const agencyIds = await idsBy({
    req,
    collection: slugs.agencies,
    field: 'code',
    values: [...demoPhotos, ...demoArticles].map((item) => item.agency),
  })
  const topicIds = await idsBy({
    req,
    collection: slugs.topics,
    field: 'slug',
    values: demoArticles.flatMap((article) => article.topics),
  })
  const photos = await seedPhotos({ req, agencyIds, seededAt })
  const articles = await seedArticles({
    req,
    agencyIds,
    topicIds,
    photoIds: photos.ids,
    seededAt,
  })
  return {
    articles: articles.summary,
    photos: photos.summary,
    ...(videos ? { videos: await seedDemoVideos({ req, seededAt }) } : {}),
    publications: await seedDemoPublication({ req, seededAt }),
    // After the photos and articles: the event and the album gather them.
    ...(await seedDemoAlbums({ req, seededAt })),
  }
}

async function seedPhotos({
  req,
  agencyIds,
  seededAt,
}: {
  req: PayloadRequest
  agencyIds: SeedIds
  seededAt: Date
}): Promise<{ summary: SeedCount; ids: SeedIds }> {
  const { count: summary, ids } = await seedOnce({
    req,
    collection: slugs.media,
    field: 'filename',
    entries: demoPhotos,
    keyOf: (photo) => photo.key,
    uniqueValueOf: (photo) => demoPhotoFilename({ key: photo.key }),
    create: async ({ entry: photo }) => {
      const image = await renderDemoPhoto({ key: photo.key, recipe: photo.recipe })
      return createDemoMedia({
        req,
        data: {
          kind: 'image',
          ...photoTexts({ photo, locale: DEFAULT_LOCALE }),
          credit: photo.credit,
          creator: photo.creator,
          copyrightNotice: photo.copyrightNotice,
          licence: photo.licence,
          dateTaken: photo.dateTaken,
          agency: idOf({ ids: agencyIds, value: photo.agency, list: 'agencies.ts' }),
          accessTier: photo.accessTier,
        },
        file: { data: image, mimetype: 'image/jpeg', name: demoPhotoFilename({ key: photo.key }) },
        translations: Object.fromEntries(
          otherLocales({ has: (locale) => Boolean(photo.caption[locale]) }).map((locale) => [
            locale,
            photoTexts({ photo, locale }),
          ]),
        ),
        seededAt,
      })
    },
  })
  return { summary, ids }
}

async function seedArticles({
  req,
  agencyIds,
  topicIds,
  photoIds,
  seededAt,
}: {
  req: PayloadRequest
  agencyIds: SeedIds
  topicIds: SeedIds
  photoIds: SeedIds
  seededAt: Date
}): Promise<{ summary: SeedCount }> {
  const { count: summary } = await seedOnce({
    req,
    collection: slugs.articles,
    field: 'slug',
    entries: demoArticles,
    keyOf: (article) => article.key,
    uniqueValueOf: (article) => demoArticleSlug({ article }),
    create: async ({ entry: article, ids: articleIds }) => {
      const slug = demoArticleSlug({ article })
      const isDraft = article.status === 'draft'
      const data = {
        ...articleTexts({ article, locale: DEFAULT_LOCALE }),
        slug,
        infoType: article.infoType,
        isFeatured: article.isFeatured ?? false,
        eventDate: article.eventDate,
        topics: article.topics.map((value) => idOf({ ids: topicIds, value, list: 'topics.ts' })),
        place: article.place
          ? {
              name: article.place.name.vi,
              latitude: article.place.latitude,
              longitude: article.place.longitude,
            }
          : undefined,
        media: article.photos.map((value) => idOf({ ids: photoIds, value, list: 'demoPhotos.ts' })),
        relatedArticles: (article.related ?? []).map((value) =>
          idOf({ ids: articleIds, value, list: 'demoArticles.ts (earlier entries)' }),
        ),
        sources: article.sources,
        edNote: article.edNote,
        agency: idOf({ ids: agencyIds, value: article.agency, list: 'agencies.ts' }),
        accessTier: article.accessTier,
        embargoUntil:
          article.embargoDaysAfterSeeding === undefined
            ? undefined
            : new Date(seededAt.getTime() + article.embargoDaysAfterSeeding * DAY_MS).toISOString(),
        classification: 'unclassified' as const,
        _status: 'draft' as const,
      }
      const created = await req.payload.create({
        collection: slugs.articles,
        locale: DEFAULT_LOCALE,
        data,
        draft: true,
        depth: 0,
        req,
      })
      const texts = Object.fromEntries(
        otherLocales({ has: (locale) => Boolean(article.text[locale]) }).map((locale) => [
          locale,
          articleTexts({ article, locale }),
        ]),
      )
      if (isDraft) {
        for (const [locale, values] of Object.entries(texts) as Array<[Locale, LocalizedValues]>)
          await saveDraft({ req, collection: slugs.articles, id: created.id, locale, values })
      } else {
        await publishThroughWorkflow({
          req,
          collection: slugs.articles,
          id: created.id,
          texts,
          seededAt,
        })
        if (article.withdrawalReason) {
          await takeSteps({
            req,
            collection: slugs.articles,
            id: created.id,
            locale: DEFAULT_LOCALE,
            steps: [{ action: 'withdraw', reason: article.withdrawalReason }],
            seededAt,
          })
        }
      }
      return created.id
    },
  })
  return { summary }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The values of a photo's localized fields in `locale`. */
function photoTexts({ photo, locale }: { photo: DemoPhoto; locale: Locale }): LocalizedValues {
  const title = demoPhotoTitles[photo.key]
  return {
    headline: title?.headline[locale],
    keywords: title ? demoKeywordsIn({ concepts: title.keywords, locale }) : undefined,
    caption: photo.caption[locale],
    alt: photo.alt[locale],
    usageTerms: photo.usageTerms[locale],
    placeShown: photo.placeShown[locale],
  }
}

/** The values of an article's localized fields in `locale` (the text must exist there). */
function articleTexts({
  article,
  locale,
}: {
  article: DemoArticle
  locale: Locale
}): LocalizedValues & { title: string } {
  const text = article.text[locale]
  if (!text) throw new AppError({ message: `Demo article ${article.key} has no ${locale} text` })
  const placeName = article.place?.name[locale]
  return {
    title: text.title,
    summary: text.summary,
    body: lexicalParagraphs({ paragraphs: text.body }),
    ...(placeName ? { place: { name: placeName } } : {}),
  }
}

/** The locales besides Vietnamese that `has` says an item is written in. */
export function otherLocales({ has }: { has: (locale: Locale) => boolean }): Locale[] {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && has(locale))
}

/** Saves an item's text in one language as a draft, as a translator would. */
async function saveDraft({
  req,
  collection,
  id,
  locale,
  values,
}: {
  req: PayloadRequest
  collection: DemoCollection
  id: number
  locale: Locale
  values: LocalizedValues
}): Promise<void> {
  await req.payload.update({ collection, id, locale, data: values, draft: true, depth: 0, req })
}
