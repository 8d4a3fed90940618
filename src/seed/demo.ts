import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { slugify } from '../fields/slug'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import type { Article } from '../payload-types'
import { demoArticles, type DemoArticle } from './data/demoArticles'
import { demoPhotos, type DemoPhoto } from './data/demoPhotos'
import { renderDemoPhoto } from './demoImages'
import { lexicalParagraphs } from './lexical'

export type DemoSeedSummary = {
  articles: { created: number; existing: number }
  photos: { created: number; existing: number }
}

/**
 * Fills the library with demo content: the photos of src/seed/data/demoPhotos.ts (drawn
 * locally by src/seed/demoImages.ts) and the multilingual articles of
 * src/seed/data/demoArticles.ts that link them. Idempotent: a photo is matched by its file
 * name (`demo-<key>.jpg`), an article by its Vietnamese slug, and existing ones are left as
 * editors have changed them. Every call passes `req`, so the seed runs in the caller's
 * transaction when it has one.
 *
 * Translations of published items are recorded as approved and published in their language,
 * as the workflow would have left them, so foreign readers see them; translations of drafts
 * stay in translation.
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

type Ids = Map<string, number>

type Summary = DemoSeedSummary['photos']

async function seedPhotos({
  req,
  agencyIds,
  seededAt,
}: {
  req: PayloadRequest
  agencyIds: Ids
  seededAt: Date
}): Promise<{ summary: Summary; ids: Ids }> {
  const summary = { created: 0, existing: 0 }
  const ids: Ids = new Map()
  for (const photo of demoPhotos) {
    const filename = demoPhotoFilename({ key: photo.key })
    const { docs } = await req.payload.find({
      collection: slugs.media,
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    const found = docs[0]
    if (found) {
      ids.set(photo.key, found.id)
      summary.existing += 1
      continue
    }
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
      _status: 'published' as const,
    }
    const created = await req.payload.create({
      collection: slugs.media,
      locale: DEFAULT_LOCALE,
      data,
      file: { data: image, mimetype: 'image/jpeg', name: filename, size: image.length },
      depth: 0,
      req,
      // The seed runs as the system, not as a user: no requester's access applies.
      overrideAccess: true,
      // A file left in media/ by an earlier database must not push this one to `-1.jpg`.
      overwriteExistingFiles: true,
    })
    await publishTranslations({
      req,
      collection: slugs.media,
      item: created,
      texts: Object.fromEntries(
        otherLocales({ has: (locale) => Boolean(photo.caption[locale]) }).map((locale) => [
          locale,
          photoTexts({ photo, locale }),
        ]),
      ),
      seededAt,
    })
    ids.set(photo.key, created.id)
    summary.created += 1
  }
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
  agencyIds: Ids
  topicIds: Ids
  photoIds: Ids
  seededAt: Date
}): Promise<{ summary: Summary }> {
  const summary = { created: 0, existing: 0 }
  const articleIds: Ids = new Map()
  for (const article of demoArticles) {
    const slug = demoArticleSlug({ article })
    const { docs } = await req.payload.find({
      collection: slugs.articles,
      where: { slug: { equals: slug } },
      locale: DEFAULT_LOCALE,
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    const found = docs[0]
    if (found) {
      articleIds.set(article.key, found.id)
      summary.existing += 1
      continue
    }
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
      _status: isDraft ? ('draft' as const) : ('published' as const),
    }
    const created = await req.payload.create({
      collection: slugs.articles,
      locale: DEFAULT_LOCALE,
      data,
      draft: isDraft,
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
      await saveDraftTranslations({ req, id: created.id, texts })
    } else {
      const published = await publishTranslations({
        req,
        collection: slugs.articles,
        item: created,
        texts,
        seededAt,
      })
      if (article.withdrawalReason) {
        await withdraw({ req, item: published, reason: article.withdrawalReason, seededAt })
      }
    }
    articleIds.set(article.key, created.id)
    summary.created += 1
  }
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

type WorkflowRecord = {
  id: number
  sourceRevision?: number | null
  publishedLocales?: Locale[] | null
  transitions?: Article['transitions']
}

type Transition = NonNullable<Article['transitions']>[number]

/**
 * Writes each translation of a published item and records it as the workflow would after a
 * publisher approved and published it: `translation` approved from the current source
 * revision, the locale added to `publishedLocales`, a `publish` step on the timeline.
 * These fields change only in workflow steps, hence the `workflowTransition` context.
 */
async function publishTranslations({
  req,
  collection,
  item,
  texts,
  seededAt,
}: {
  req: PayloadRequest
  collection: typeof slugs.articles | typeof slugs.media
  item: WorkflowRecord
  texts: Partial<Record<Locale, LocalizedValues>>
  seededAt: Date
}): Promise<WorkflowRecord> {
  const sourceRevision = item.sourceRevision ?? 1
  let current = item
  for (const [locale, values] of Object.entries(texts) as Array<[Locale, LocalizedValues]>) {
    const step: Transition = {
      action: 'publish',
      locale,
      from: null,
      to: 'published',
      at: seededAt.toISOString(),
      by: null,
      sourceRevision,
      reason: null,
    }
    const data = {
      ...values,
      _status: 'published' as const,
      translation: { status: 'approved' as const, translatedFromRevision: sourceRevision },
      publishedLocales: [...new Set([...(current.publishedLocales ?? []), locale])],
      transitions: [...(current.transitions ?? []), step],
    }
    current = (await asWorkflowStep({
      req,
      write: () => req.payload.update({ collection, id: item.id, locale, data, depth: 0, req }),
    })) as WorkflowRecord
  }
  return current
}

/** Saves translations of a draft as drafts too; the workflow marks them as in translation. */
async function saveDraftTranslations({
  req,
  id,
  texts,
}: {
  req: PayloadRequest
  id: number
  texts: Partial<Record<Locale, LocalizedValues>>
}): Promise<void> {
  for (const [locale, values] of Object.entries(texts) as Array<[Locale, LocalizedValues]>) {
    await req.payload.update({
      collection: slugs.articles,
      id,
      locale,
      data: values as Partial<Article>,
      draft: true,
      depth: 0,
      req,
    })
  }
}

/** Withdraws a published article as a publisher's `withdraw` step would, with its reason. */
async function withdraw({
  req,
  item,
  reason,
  seededAt,
}: {
  req: PayloadRequest
  item: WorkflowRecord
  reason: string
  seededAt: Date
}): Promise<void> {
  const step: Transition = {
    action: 'withdraw',
    locale: DEFAULT_LOCALE,
    from: 'published',
    to: 'withdrawn',
    at: seededAt.toISOString(),
    by: null,
    sourceRevision: item.sourceRevision ?? 1,
    reason,
  }
  await asWorkflowStep({
    req,
    write: () =>
      req.payload.update({
        collection: slugs.articles,
        id: item.id,
        locale: DEFAULT_LOCALE,
        data: {
          _status: 'published',
          workflowState: 'withdrawn',
          withdrawnAt: seededAt.toISOString(),
          withdrawalReason: reason,
          transitions: [...(item.transitions ?? []), step],
        },
        depth: 0,
        req,
      }),
  })
}

/**
 * Runs one write as a workflow step (`context.workflowTransition`, which lets it set the
 * fields only steps may change), then restores the request's context. The Local API merges a
 * call's `context` into the shared `req` and leaves it there: passed as an option, the flag
 * would apply to every later write of the seed and skip the workflow's own bookkeeping.
 */
async function asWorkflowStep<T>({
  req,
  write,
}: {
  req: PayloadRequest
  write: () => Promise<T>
}): Promise<T> {
  const previous = req.context
  req.context = { ...previous, workflowTransition: true }
  try {
    return await write()
  } finally {
    req.context = previous
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
}): Promise<Ids> {
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

function idOf({ ids, value, list }: { ids: Ids; value: string; list: string }): number {
  const id = ids.get(value)
  if (id === undefined) {
    throw new AppError({ message: `Demo seed: "${value}" is not in src/seed/data/${list}` })
  }
  return id
}
