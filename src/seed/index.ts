import type { PayloadRequest } from 'payload'

import { globalSlugs, slugs } from '../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales'
import { agencySeeds, demoFocalPoints } from './data/agencies'
import { settingsSeed } from './data/settings'
import { placeSeeds } from './data/places'
import { topicSeeds } from './data/topics'
import { seedDemoContent, type DemoSeedSummary } from './demo'
import {
  createInEveryLocale,
  seedOnce,
  writeOtherLocales,
  type SeedCount,
  type SeedIds,
} from './seedOnce'

export type SeedSummary = {
  agencies: SeedCount
  topics: SeedCount
  places: SeedCount
  /** Present when the demo content was seeded (`demo: true`). */
  demo?: DemoSeedSummary
}

/**
 * Fills an empty or partly filled database with the province's lists: agencies, topics and
 * settings, and with `demo` also the demo library of photos and multilingual articles
 * (src/seed/demo.ts). Idempotent: records are matched by their stable code, slug or file
 * name, existing ones are left as editors have changed them. Used by `npm run dev`,
 * `npm run seed` and the tests; `npm start` never seeds demo content.
 */
export async function seed({
  payload,
  req,
  demo = false,
  demoVideos = true,
}: Pick<PayloadRequest, 'payload'> & {
  req: PayloadRequest
  /**
   * Also seed the demo library (development and `npm run seed` only).
   * @default false
   */
  demo?: boolean
  /**
   * With `demo`, also film and transcode the demo videos. Only tests that never look at videos
   * pass `false`, to keep their set-up short.
   * @default true
   */
  demoVideos?: boolean
}): Promise<SeedSummary> {
  const { count: agencies, ids: agencyIds } = await seedAgencies({ req })
  const topics = await seedTopics({ req })
  const places = await seedPlaces({ req })
  await seedSettings({ req, agencyIds })
  payload.logger.info({
    msg: `Seed: agencies ${agencies.created} created, ${agencies.existing} kept; topics ${topics.created} created, ${topics.existing} kept; places ${places.created} created, ${places.existing} kept`,
  })
  if (!demo) return { agencies, topics, places }
  await seedDemoFocalPoints({ req, agencyIds })
  const content = await seedDemoContent({ req, videos: demoVideos })
  payload.logger.info({
    msg: `Seed: demo photos ${content.photos.created} created, ${content.photos.existing} kept; demo articles ${content.articles.created} created, ${content.articles.existing} kept; demo videos ${content.videos ? `${content.videos.created} created, ${content.videos.existing} kept` : 'skipped'}; demo publication editions ${content.publications.created} created, ${content.publications.existing} kept`,
  })
  return { agencies, topics, places, demo: content }
}

async function seedAgencies({
  req,
}: {
  req: PayloadRequest
}): Promise<{ count: SeedCount; ids: SeedIds }> {
  return seedOnce({
    req,
    collection: slugs.agencies,
    field: 'code',
    entries: agencySeeds,
    keyOf: (agency) => agency.code,
    create: async ({ entry: agency }) => {
      const created = await req.payload.create({
        collection: slugs.agencies,
        locale: DEFAULT_LOCALE,
        data: {
          code: agency.code,
          kind: agency.kind,
          name: agency.name.vi,
          website: agency.website,
        },
        req,
      })
      await writeOtherLocales({
        req,
        collection: slugs.agencies,
        id: created.id,
        values: { name: agency.name },
      })
      return created.id
    },
  })
}

/** The demo agencies' focal points, where an agency has named none yet. */
async function seedDemoFocalPoints({
  req,
  agencyIds,
}: {
  req: PayloadRequest
  agencyIds: SeedIds
}): Promise<void> {
  for (const [code, focalPoints] of Object.entries(demoFocalPoints)) {
    const id = agencyIds.get(code)
    if (id === undefined) continue
    const agency = (await req.payload.findByID({
      collection: slugs.agencies,
      id,
      depth: 0,
      req,
    })) as {
      focalPoints?: { leader?: { name?: string | null }; officer?: { name?: string | null } }
    }
    if (agency.focalPoints?.leader?.name || agency.focalPoints?.officer?.name) continue
    await req.payload.update({
      collection: slugs.agencies,
      id,
      // The Vietnamese name is the one every agency has: the update validates it.
      locale: DEFAULT_LOCALE,
      data: { focalPoints } as Record<string, unknown>,
      req,
    })
  }
}

async function seedTopics({ req }: { req: PayloadRequest }): Promise<SeedCount> {
  const { count } = await seedOnce({
    req,
    collection: slugs.topics,
    field: 'slug',
    entries: topicSeeds,
    keyOf: (topic) => topic.slug,
    create: ({ entry: topic, ids }) =>
      createInEveryLocale({
        req,
        collection: slugs.topics,
        data: { slug: topic.slug, parent: topic.parent ? ids.get(topic.parent) : undefined },
        localized: { name: topic.name },
      }),
  })
  return count
}

/** The gazetteer (src/seed/data/places.ts): its saves queue the engines' synonyms. */
async function seedPlaces({ req }: { req: PayloadRequest }): Promise<SeedCount> {
  const { count } = await seedOnce({
    req,
    collection: slugs.places,
    field: 'slug',
    entries: placeSeeds,
    keyOf: (place) => place.slug,
    create: ({ entry: place }) =>
      createInEveryLocale({
        req,
        collection: slugs.places,
        data: { slug: place.slug, kind: place.kind, variants: place.variants },
        localized: { name: place.name },
      }),
  })
  return count
}

async function seedSettings({
  req,
  agencyIds,
}: {
  req: PayloadRequest
  agencyIds: SeedIds
}): Promise<void> {
  const current = await req.payload.findGlobal({
    slug: globalSlugs.settings,
    locale: DEFAULT_LOCALE,
    req,
  })
  if (current.provinceName) return
  const managingAgency = agencyIds.get(settingsSeed.managingAgencyCode)
  for (const locale of LOCALES) {
    const value = (field: keyof Omit<typeof settingsSeed, 'managingAgencyCode'>) =>
      settingsSeed[field][locale]
    if (locale !== DEFAULT_LOCALE && !value('provinceName') && !value('databaseName')) continue
    await req.payload.updateGlobal({
      slug: globalSlugs.settings,
      locale,
      data: {
        provinceName: value('provinceName'),
        databaseName: value('databaseName'),
        // Optional texts this language has no translation of are saved empty: left out, Payload
        // would save the fallback language's text in them, and the library could no longer tell
        // (and mark) a text shown in another language.
        defaultCredit: value('defaultCredit') ?? null,
        footerText: value('footerText') ?? null,
        usageTerms: value('usageTerms') ?? null,
        ...(locale === DEFAULT_LOCALE ? { managingAgency } : {}),
      },
      req,
    })
  }
}
