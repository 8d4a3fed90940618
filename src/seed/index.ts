import type { PayloadRequest } from 'payload'

import { globalSlugs, slugs } from '../../collections/slugs'
import type { Agency, Topic } from '../payload-types'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { agencySeeds } from './data/agencies'
import { settingsSeed } from './data/settings'
import { topicSeeds } from './data/topics'
import { seedDemoContent, type DemoSeedSummary } from './demo'

export type SeedSummary = {
  agencies: { created: number; existing: number }
  topics: { created: number; existing: number }
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
}: Pick<PayloadRequest, 'payload'> & {
  req: PayloadRequest
  /**
   * Also seed the demo library (development and `npm run seed` only).
   * @default false
   */
  demo?: boolean
}): Promise<SeedSummary> {
  const agencies = await seedAgencies({ req })
  const topics = await seedTopics({ req })
  await seedSettings({ req })
  payload.logger.info({
    msg: `Seed: agencies ${agencies.created} created, ${agencies.existing} kept; topics ${topics.created} created, ${topics.existing} kept`,
  })
  if (!demo) return { agencies, topics }
  const content = await seedDemoContent({ req })
  payload.logger.info({
    msg: `Seed: demo photos ${content.photos.created} created, ${content.photos.existing} kept; demo articles ${content.articles.created} created, ${content.articles.existing} kept`,
  })
  return { agencies, topics, demo: content }
}

async function seedAgencies({ req }: { req: PayloadRequest }): Promise<SeedSummary['agencies']> {
  const summary = { created: 0, existing: 0 }
  for (const agency of agencySeeds) {
    const existing = await findIdBy({
      req,
      collection: slugs.agencies,
      field: 'code',
      value: agency.code,
    })
    if (existing !== undefined) {
      summary.existing += 1
      continue
    }
    const created = await req.payload.create({
      collection: slugs.agencies,
      locale: DEFAULT_LOCALE,
      data: { code: agency.code, kind: agency.kind, name: agency.name.vi, website: agency.website },
      req,
    })
    await writeOtherLocales({
      req,
      collection: slugs.agencies,
      id: created.id,
      values: { name: agency.name },
    })
    summary.created += 1
  }
  return summary
}

async function seedTopics({ req }: { req: PayloadRequest }): Promise<SeedSummary['topics']> {
  const summary = { created: 0, existing: 0 }
  for (const topic of topicSeeds) {
    const existing = await findIdBy({
      req,
      collection: slugs.topics,
      field: 'slug',
      value: topic.slug,
    })
    if (existing !== undefined) {
      summary.existing += 1
      continue
    }
    const parent = topic.parent
      ? await findIdBy({ req, collection: slugs.topics, field: 'slug', value: topic.parent })
      : undefined
    const created = await req.payload.create({
      collection: slugs.topics,
      locale: DEFAULT_LOCALE,
      data: { slug: topic.slug, name: topic.name.vi, parent },
      req,
    })
    await writeOtherLocales({
      req,
      collection: slugs.topics,
      id: created.id,
      values: { name: topic.name },
    })
    summary.created += 1
  }
  return summary
}

async function seedSettings({ req }: { req: PayloadRequest }): Promise<void> {
  const current = await req.payload.findGlobal({
    slug: globalSlugs.settings,
    locale: DEFAULT_LOCALE,
    req,
  })
  if (current.provinceName) return
  const managingAgency = await findIdBy({
    req,
    collection: slugs.agencies,
    field: 'code',
    value: settingsSeed.managingAgencyCode,
  })
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
        defaultCredit: value('defaultCredit'),
        ...(locale === DEFAULT_LOCALE ? { managingAgency } : {}),
      },
      req,
    })
  }
}

async function findIdBy({
  req,
  collection,
  field,
  value,
}: {
  req: PayloadRequest
  collection: typeof slugs.agencies | typeof slugs.topics
  field: string
  value: string
}): Promise<(Agency | Topic)['id'] | undefined> {
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]?.id
}

/** Writes the non-Vietnamese values of localized fields, one locale at a time. */
async function writeOtherLocales({
  req,
  collection,
  id,
  values,
}: {
  req: PayloadRequest
  collection: typeof slugs.agencies | typeof slugs.topics
  id: number | string
  values: Record<string, Partial<Record<Locale, string>>>
}): Promise<void> {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    const data = Object.fromEntries(
      Object.entries(values).flatMap(([field, byLocale]) =>
        byLocale[locale] ? [[field, byLocale[locale]]] : [],
      ),
    )
    if (Object.keys(data).length === 0) continue
    await req.payload.update({ collection, id, locale, data, req })
  }
}
