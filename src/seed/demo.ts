import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { slugify } from '../fields/slug'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { applyStep } from '../workflow/applyStep'
import { demoArticles, type DemoArticle } from './data/demoArticles'
import { demoPhotos, type DemoPhoto } from './data/demoPhotos'
import { renderDemoPhoto } from './demoImages'
import { lexicalParagraphs } from './lexical'
import { seedOnce, type SeedCount, type SeedIds } from './seedOnce'

export type DemoSeedSummary = {
  articles: SeedCount
  photos: SeedCount
}

/**
 * Fills the library with demo content: the photos of src/seed/data/demoPhotos.ts (drawn
 * locally by src/seed/demoImages.ts) and the multilingual articles of
 * src/seed/data/demoArticles.ts that link them. Idempotent: a photo is matched by its file
 * name (`demo-<key>.jpg`), an article by its Vietnamese slug, and existing ones are left as
 * editors have changed them. Every call passes `req`, so the seed runs in the caller's
 * transaction when it has one.
 *
 * Items are created as drafts and published through the workflow's own steps (`applyStep`), so
 * their timelines read as if publishers had published them: translations of published items
 * are submitted, approved and published in their language, so foreign readers see them;
 * translations of drafts stay in translation.
 */
export async function seedDemoContent({ req }: { req: PayloadRequest }): Promise<DemoSeedSummary> {
  // Each Local API call leaves its `locale` on the request it is given; give the caller's back.
  const { locale, fallbackLocale } = req
  try {
    return await seedAll({ req })
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

async function seedAll({ req }: { req: PayloadRequest }): Promise<DemoSeedSummary> {
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
  return { articles: articles.summary, photos: photos.summary }
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
      const filename = demoPhotoFilename({ key: photo.key })
      const image = await renderDemoPhoto({ key: photo.key, recipe: photo.recipe })
      const data = {
        kind: 'image' as const,
        ...photoTexts({ photo, locale: DEFAULT_LOCALE }),
        credit: photo.credit,
        creator: photo.creator,
        copyrightNotice: photo.copyrightNotice,
        licence: photo.licence,
        dateTaken: photo.dateTaken,
        agency: idOf({ ids: agencyIds, value: photo.agency, list: 'agencies.ts' }),
        accessTier: photo.accessTier,
        classification: 'unclassified' as const,
        _status: 'draft' as const,
      }
      const created = await req.payload.create({
        collection: slugs.media,
        locale: DEFAULT_LOCALE,
        data,
        draft: true,
        file: { data: image, mimetype: 'image/jpeg', name: filename, size: image.length },
        depth: 0,
        req,
        // The seed runs as the system, not as a user: no requester's access applies.
        overrideAccess: true,
        // A file left in media/ by an earlier database must not push this one to `-1.jpg`.
        overwriteExistingFiles: true,
      })
      await publishThroughWorkflow({
        req,
        collection: slugs.media,
        id: created.id,
        texts: Object.fromEntries(
          otherLocales({ has: (locale) => Boolean(photo.caption[locale]) }).map((locale) => [
            locale,
            photoTexts({ photo, locale }),
          ]),
        ),
        seededAt,
      })
      return created.id
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

type LocalizedValues = Record<string, unknown>

/** The values of a photo's localized fields in `locale`. */
function photoTexts({ photo, locale }: { photo: DemoPhoto; locale: Locale }): LocalizedValues {
  return {
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

function otherLocales({ has }: { has: (locale: Locale) => boolean }): Locale[] {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && has(locale))
}

type DemoCollection = typeof slugs.articles | typeof slugs.media

/**
 * Leaves an item as the workflow would after a publisher published it and each translation:
 * the Vietnamese source published, then each translation written, submitted, approved and
 * published (one write) — every step taken by `applyStep`, as the system, at `seededAt`.
 */
async function publishThroughWorkflow({
  req,
  collection,
  id,
  texts,
  seededAt,
}: {
  req: PayloadRequest
  collection: DemoCollection
  id: number
  texts: Partial<Record<Locale, LocalizedValues>>
  seededAt: Date
}): Promise<void> {
  await takeSteps({
    req,
    collection,
    id,
    locale: DEFAULT_LOCALE,
    steps: [{ action: 'publish' }],
    seededAt,
  })
  for (const [locale, values] of Object.entries(texts) as Array<[Locale, LocalizedValues]>) {
    await takeSteps({
      req,
      collection,
      id,
      locale,
      steps: [{ action: 'submit' }, { action: 'approve' }, { action: 'publish' }],
      text: values,
      seededAt,
    })
  }
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

/** Takes workflow steps as the system; the demo data must satisfy the workflow's rules. */
async function takeSteps({
  req,
  collection,
  id,
  locale,
  steps,
  text,
  seededAt,
}: {
  req: PayloadRequest
  collection: DemoCollection
  id: number
  locale: Locale
  steps: Parameters<typeof applyStep>[0]['steps']
  text?: LocalizedValues
  seededAt: Date
}): Promise<void> {
  const outcome = await applyStep({
    req,
    collection,
    id,
    locale,
    steps,
    text,
    actor: { kind: 'system' },
    at: seededAt,
  })
  if (!outcome.ok) {
    const why = outcome.reason === 'refused' ? outcome.refusal.reason : outcome.reason
    throw new AppError({
      message: `Demo seed: the workflow refused ${steps.map((step) => step.action).join(', ')} of ${collection} ${id} in ${locale} (${why})`,
    })
  }
}

/** Looks up the ids of the records whose `field` has one of `values` (agencies, topics). */
async function idsBy({
  req,
  collection,
  field,
  values,
}: {
  req: PayloadRequest
  collection: typeof slugs.agencies | typeof slugs.topics
  field: 'code' | 'slug'
  values: string[]
}): Promise<SeedIds> {
  const wanted = [...new Set(values)]
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: { in: wanted } },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map(
    docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]),
  )
}

function idOf({ ids, value, list }: { ids: SeedIds; value: string; list: string }): number {
  const id = ids.get(value)
  if (id === undefined) {
    throw new AppError({ message: `Demo seed: "${value}" is not in src/seed/data/${list}` })
  }
  return id
}
